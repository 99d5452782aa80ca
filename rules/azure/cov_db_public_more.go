package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covDBPublicChecks extend AZURE-020 to the single servers, Synapse
// workspaces and SQL managed instances.
var covDBPublicChecks = []setting.Check{{
	// Single servers and Synapse default to public network access.
	Types:   []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server", "azurerm_synapse_workspace"},
	Judge:   setting.MustBeFalse(parser.A("public_network_access_enabled", ""), true),
	Problem: "the server allows public network access",
}, {
	// azurerm_sql_managed_instance is the resource's azurerm 2.x/3.x name,
	// deprecated but still deployed, with the same switch and default.
	Types:   []string{"azurerm_mssql_managed_instance", "azurerm_sql_managed_instance"},
	Judge:   setting.MustBeFalse(parser.A("public_data_endpoint_enabled", ""), false),
	Problem: "the managed instance opens its public data endpoint",
}}

// checkCovDBPublic runs covDBPublicChecks.
func checkCovDBPublic(p *engine.Pass) {
	for _, c := range covDBPublicChecks {
		c.Run(p)
	}
}
