package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func checkPackKeyRotation(p *engine.Pass) {
	for _, res := range p.KnownResources("azurerm_key_vault_key", "azurerm_key_vault_managed_hardware_security_module_key") {
		rp := res.Body.Get("rotation_policy")
		policies, hidden := setting.Blocks(rp)
		switch {
		case setting.Undecided(p, res, "rotation_policy", hidden):
			continue
		case len(policies) == 0:
			p.Report(res, nil, "%s has no rotation policy: the key never rotates", res.Address)
			continue
		}
		for _, pol := range policies {
			autos, hidden := setting.Blocks(pol.Get("automatic"))
			if !setting.Undecided(p, res, "rotation_policy.automatic", hidden) && len(autos) == 0 {
				p.Report(res, rp, "%s has a rotation policy without an automatic block: the key never rotates", res.Address)
			}
		}
	}
}
