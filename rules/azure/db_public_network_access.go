package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// dbPublicNetworkAccessReads are the types dbPublicNetworkAccess reads (Rule.Reads).
var dbPublicNetworkAccessReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_mariadb_server", "azurerm_mssql_managed_instance", "azurerm_mssql_server", "azurerm_mysql_flexible_server", "azurerm_mysql_server", "azurerm_postgresql_flexible_server", "azurerm_postgresql_server", "azurerm_sql_managed_instance", "azurerm_synapse_workspace"}

func dbPublicNetworkAccess() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-020",
		Reads: dbPublicNetworkAccessReads,
		Alone: true,
		Check: func(p *engine.Pass) {
			checkDBPublicNetworkAccess(p)
			checkCovDBPublic(p)       // cov_db_public_more.go
			runARM(p, armDBPublic...) // azapi26_network.go
		},
	}
}

// dbPublicChecks judge the SQL logical servers (public by default) and the
// flexible servers (see flexibleServerPublic).
var dbPublicChecks = []setting.Check{{
	Types:   []string{"azurerm_mssql_server"},
	Judge:   setting.MustBeFalse(parser.A("public_network_access_enabled", ""), true),
	Problem: "allows public network access",
}, {
	Types:   []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"},
	Judge:   flexibleServerPublic,
	Problem: "allows public network access",
}}

// flexibleWrittenPublic judges the public access setting a flexible server
// writes: public_network_access_enabled (PostgreSQL) or public_network_access
// (MySQL, azurerm 4).
var flexibleWrittenPublic = setting.Either(
	setting.MustBeFalse(parser.A("public_network_access_enabled", ""), false),
	setting.MustNotBe(parser.A("public_network_access", ""), "", "Enabled"))

// flexibleServerPublic judges a PostgreSQL or MySQL flexible server. Its
// two networking modes exclude each other: a server deployed into a
// delegated subnet (VNet integration) has no public endpoint, and one
// without delegated_subnet_id is created in public access mode
// (publicNetworkAccess Enabled, firewall rules decide who connects) unless
// the setting turns it off. A written setting is judged as written.
func flexibleServerPublic(res *parser.Resource) parser.Verdict {
	if parser.AnySet(parser.A("public_network_access_enabled", "").Of(res), parser.A("public_network_access", "").Of(res)) {
		return flexibleWrittenPublic(res)
	}
	if parser.AnySet(parser.A("delegated_subnet_id", "").Of(res)) {
		// In a subnet (a computed id or a variable counts, as for
		// Check.Unless): VNet integration, no public endpoint.
		return parser.Decided
	}
	return parser.Bad(nil, "no delegated_subnet_id, and public network access is not disabled: the server is created in public access mode")
}

func checkDBPublicNetworkAccess(p *engine.Pass) {
	for _, c := range dbPublicChecks {
		c.Run(p)
	}
}
