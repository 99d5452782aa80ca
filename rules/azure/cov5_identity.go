package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov5EntraDatabaseLoginsReads are the types cov5EntraDatabaseLogins reads (Rule.Reads).
var cov5EntraDatabaseLoginsReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_kubernetes_cluster", "azurerm_mssql_managed_instance", "azurerm_mssql_managed_instance_active_directory_administrator", "azurerm_mssql_server", "azurerm_mysql_active_directory_administrator", "azurerm_mysql_flexible_server", "azurerm_mysql_flexible_server_active_directory_administrator", "azurerm_mysql_server", "azurerm_postgresql_active_directory_administrator", "azurerm_postgresql_flexible_server", "azurerm_postgresql_server", "azurerm_service_fabric_cluster", "azurerm_service_fabric_managed_cluster", "azurerm_sql_active_directory_administrator", "azurerm_sql_server"}

// cov5EntraDatabaseLogins is AZURE-137: database servers that sign users
// in only with their own passwords, outside Microsoft Entra ID.
func cov5EntraDatabaseLogins() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AZURE-137"}, setting.Check{
		Types:   []string{"azurerm_postgresql_flexible_server"},
		Judge:   setting.MustBeTrue(parser.A("authentication.active_directory_auth_enabled", ""), false),
		Problem: "Microsoft Entra authentication is off: only PostgreSQL passwords can sign in",
	}, cov6FabricEntra, cov6ManagedFabricEntra, cov6AKSEntra, gap28ArmPostgresEntra)
	checks := r.Check
	// The new Check reads more than the settings' types, and joins the
	// servers with their Entra administrators.
	r.Reads, r.Alone = cov5EntraDatabaseLoginsReads, false
	r.Check = func(p *engine.Pass) {
		checkCov12SQLEntraAdmin(p)
		checkEntraAdminResources(p)
		checks(p)
	}
	return r
}

// cov5ManagedNetwork is AZURE-138: data integration compute that runs
// outside a managed virtual network.
func cov5ManagedNetwork() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-138"}, setting.Check{
		Types:   []string{"azurerm_synapse_workspace", "azurerm_data_factory"},
		Judge:   setting.MustBeTrue(parser.A("managed_virtual_network_enabled", ""), false),
		Problem: "the integration runtime and Spark pools run outside a managed virtual network",
	})
}
