package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

// packPurgeProtectionReads are the types checkPackPurgeProtection reads (Rule.Reads).
var packPurgeProtectionReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_key_vault"}

func checkPackPurgeProtection(p *engine.Pass) {
	for _, res := range p.KnownResources("azurerm_key_vault") {
		v := res.Body.Get("purge_protection_enabled")
		switch {
		case v.IsNull():
			p.Report(res, nil, "%s has no purge protection (purge_protection_enabled defaults to false)", res.Address)
		case v.IsFalse():
			p.Report(res, v, "%s has no purge protection (purge_protection_enabled = false)", res.Address)
		}
	}
	// ARM: enablePurgeProtection is off unless written true.
	armSetting{
		Type:    "Microsoft.KeyVault/vaults",
		Judge:   armTrue("properties.enablePurgeProtection", false),
		Problem: "has no purge protection",
	}.Check().Run(p)
}
