package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packKeyRotationReads are the types checkPackKeyRotation reads (Rule.Reads).
var packKeyRotationReads = []string{"azurerm_key_vault_key", "azurerm_key_vault_managed_hardware_security_module_key"}

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
			for _, auto := range autos {
				if !rotationTriggered(auto) {
					p.Report(res, auto, "%s has an automatic rotation block with neither time_after_creation nor time_before_expiry: nothing triggers a rotation", res.Address)
				}
			}
		}
	}
}

// rotationTriggered reports whether an automatic block may name the time of
// a rotation: time_after_creation, time_before_expiry or (Managed HSM)
// duration_after_creation written with a duration, or with a value not
// known statically.
func rotationTriggered(auto *parser.Value) bool {
	for _, name := range []string{"time_after_creation", "time_before_expiry", "duration_after_creation"} {
		v := auto.Get(name)
		if s, ok := v.AsString(); !v.IsNull() && (!ok || strings.TrimSpace(s) != "") {
			return true
		}
	}
	return false
}
