package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packKeyRotation() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-037",
		Name:     "key-vault-key-without-rotation",
		Title:    "Key Vault key does not rotate automatically",
		Severity: engine.Medium,
		Description: "An azurerm_key_vault_key (or a Managed HSM key, azurerm_key_vault_managed_hardware_security_module_key) " +
			"has no rotation_policy with an automatic block, so Key Vault never creates a new key version: the " +
			"same key material protects data, or signs tokens, for as long as the key lives. Keys used as " +
			"customer-managed keys pick up new versions by themselves when referenced without a version. A key " +
			"whose rotation policy is not known statically (a dynamic block over an unknown collection) is an " +
			"undecided note.",
		Remediation: engine.Remediation{Summary: "Add a rotation_policy with an automatic block (time_before_expiry or time_after_creation) and an expire_after."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#rotation_policy",
		},
		Precision: "high",
		Check:     checkPackKeyRotation,
	}
}

func checkPackKeyRotation(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_key_vault_key", "azurerm_key_vault_managed_hardware_security_module_key") {
		if !p.BodyKnown(res) {
			continue
		}
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
