package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbPublicNetworkAccess() *engine.Rule {
	return &engine.Rule{
		ID: "AZURE-020",
		Check: func(p *engine.Pass) {
			checkDBPublicNetworkAccess(p)
			checkCovDBPublic(p) // cov_db_public_more.go
		},
	}
}

// dbPublicChecks judge the SQL logical servers (public by default) and the
// flexible servers (only an explicit setting is judged: their default has
// changed across provider versions and depends on VNet integration).
var dbPublicChecks = []setting.Check{{
	Types:   []string{"azurerm_mssql_server"},
	Judge:   setting.MustBeFalse(parser.A("public_network_access_enabled", ""), true),
	Problem: "allows public network access",
}, {
	Types: []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"},
	Judge: setting.Either(
		setting.MustBeFalse(parser.A("public_network_access_enabled", ""), false),
		setting.MustNotBe(parser.A("public_network_access", ""), "", "Enabled")),
	Problem: "allows public network access",
}}

func checkDBPublicNetworkAccess(p *engine.Pass) {
	for _, c := range dbPublicChecks {
		c.Run(p)
	}
}
