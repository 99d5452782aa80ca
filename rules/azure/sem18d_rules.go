package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// sem18dRules are the rules added from Semgrep's Terraform rule tests
// for Azure (session 18, AZURE-170 and up).
func sem18dRules() []*engine.Rule {
	return []*engine.Rule{
		// Account keys may change databases, containers and throughput
		// unless key-based metadata writes are off; an account whose
		// keys are turned off altogether is AZURE-108's concern, and
		// is not reported here.
		setting.Rule(engine.Rule{ID: "AZURE-170"}, setting.Check{
			Types: []string{"azurerm_cosmosdb_account"},
			Judge: setting.Both(
				setting.MustBeFalse(parser.A("access_key_metadata_writes_enabled", ""), true),
				setting.MustBeTrue(parser.A("local_authentication_disabled", ""), false)),
			Problem: "lets its account keys create, change and delete databases and containers and change their throughput (key-based metadata writes)",
		}, armSetting{
			// ARM: both properties default to false.
			Type: "Microsoft.DocumentDB/databaseAccounts",
			Judge: armBoth(
				armTrue("properties.disableKeyBasedMetadataWriteAccess", false),
				armTrue("properties.disableLocalAuth", false)),
			Problem: "lets its account keys create, change and delete databases and containers and change their throughput (key-based metadata writes)",
		}.Check()),
		{ID: "AZURE-171", Check: checkServiceFabricNodeProtection, Reads: []string{"azurerm_service_fabric_cluster"}, Alone: true},
	}
}

// checkServiceFabricNodeProtection reports Service Fabric clusters whose
// nodes talk to each other unencrypted: a cluster without a cluster
// certificate is unsecured (ClusterProtectionLevel None by default), and a
// secured one may lower the level in its Security fabric settings.
func checkServiceFabricNodeProtection(p *engine.Pass) {
	for _, c := range p.KnownManaged("azurerm_service_fabric_cluster") {
		certs, hidden := setting.Blocks(c.Body.Get("certificate"))
		names, hiddenNames := setting.Blocks(c.Body.Get("certificate_common_names"))
		if len(certs) == 0 && len(names) == 0 {
			if !setting.Undecided(p, c, "certificate", hidden, hiddenNames) {
				p.Report(c, nil, "%s has no cluster certificate (certificate or certificate_common_names): an unsecured cluster, "+
					"whose nodes talk unencrypted and unsigned (ClusterProtectionLevel None) and whose management endpoint needs no authentication", c.Address)
			}
			continue
		}
		settings, hiddenSettings := setting.Blocks(c.Body.Get("fabric_settings"))
		if setting.Undecided(p, c, "fabric_settings", hiddenSettings) {
			continue
		}
		for _, s := range settings {
			name, params := s.Get("name"), s.Get("parameters")
			if setting.Undecided(p, c, "fabric_settings name", name) || !name.IsAnyOf("Security") ||
				setting.Undecided(p, c, "Security fabric_settings parameters", params) {
				continue
			}
			level := params.Get("ClusterProtectionLevel")
			if level.IsNull() || setting.Undecided(p, c, "ClusterProtectionLevel", level) || level.IsAnyOf("EncryptAndSign") {
				continue
			}
			p.Report(c, level, "%s sets ClusterProtectionLevel %s in its Security fabric settings: node-to-node traffic is not encrypted", c.Address, level.Str)
		}
	}
}
