package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

func packPurgeProtection() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-038",
		Name:     "key-vault-purge-protection-disabled",
		Title:    "Key Vault has no purge protection",
		Severity: engine.Medium,
		Description: "An azurerm_key_vault leaves purge_protection_enabled false (the default, or set so): a " +
			"deleted vault, key or secret can be purged before its soft-delete retention ends, by mistake or " +
			"by an attacker holding purge permission, and data encrypted with its keys (customer-managed keys of " +
			"storage, SQL, disks) becomes unreadable for good. Azure requires purge protection on vaults that " +
			"hold customer-managed keys for most services. A value not known statically is not reported.",
		Remediation: engine.Remediation{Summary: "Set purge_protection_enabled = true (it cannot be turned off again) and keep soft_delete_retention_days at 90."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled",
		},
		Precision: "very-high",
		Check:     checkPackPurgeProtection,
	}
}

func checkPackPurgeProtection(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_key_vault") {
		if !p.BodyKnown(res) {
			continue
		}
		v := res.Body.Get("purge_protection_enabled")
		switch {
		case v.IsNull():
			p.Report(res, nil, "%s has no purge protection (purge_protection_enabled defaults to false)", res.Address)
		case v.IsFalse():
			p.Report(res, v, "%s has no purge protection (purge_protection_enabled = false)", res.Address)
		}
	}
}
