package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbPublicNetworkAccess() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-020",
		Name:     "database-public-network-access",
		Title:    "Azure SQL, PostgreSQL or MySQL server allows public network access",
		Severity: engine.High,
		Description: "An Azure SQL logical server (azurerm_mssql_server) or a PostgreSQL or MySQL flexible " +
			"server has public network access enabled: its endpoint accepts connections from the internet, " +
			"limited only by server firewall rules. Databases should be reachable only privately, through " +
			"a private endpoint or VNet integration. For azurerm_mssql_server the default is enabled, so an " +
			"absent public_network_access_enabled is reported. For the flexible servers the default has " +
			"changed across provider versions and depends on VNet integration, so only an explicit " +
			"public_network_access_enabled = true (or public_network_access = \"Enabled\") is reported. The PostgreSQL, " +
			"MySQL and MariaDB single servers and Synapse workspaces default to enabled and are reported when the " +
			"setting is absent; an SQL managed instance is reported when public_data_endpoint_enabled = true. " +
			"Values not known statically are undecided notes.",
		Remediation: engine.Remediation{Summary: "Set public_network_access_enabled = false and connect through a private endpoint or a delegated subnet."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled",
			"https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking",
		},
		Precision: "high",
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
