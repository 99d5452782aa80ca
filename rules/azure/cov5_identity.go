package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov5EntraDatabaseLogins is AZURE-137: database servers that sign users
// in only with their own passwords, outside Microsoft Entra ID.
func cov5EntraDatabaseLogins() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AZURE-137"}, setting.Check{
		Types:   []string{"azurerm_postgresql_flexible_server"},
		Judge:   setting.MustBeTrue(parser.A("authentication.active_directory_auth_enabled", ""), false),
		Problem: "Microsoft Entra authentication is off: only PostgreSQL passwords can sign in",
	}, cov6FabricEntra, cov6ManagedFabricEntra, cov6AKSEntra)
	checks := r.Check
	// The new Check reads more than the settings' types.
	setting.Undeclared(r)
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
