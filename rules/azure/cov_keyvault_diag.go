package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

func covKeyVaultDiagnostics() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-112",
		Name:     "key-vault-diagnostics-missing",
		Title:    "Key Vault has no diagnostic setting exporting its audit logs",
		Severity: engine.Medium,
		Description: "Key Vault records every access to keys, secrets and certificates in its AuditEvent log, but " +
			"keeps it nowhere unless a diagnostic setting (azurerm_monitor_diagnostic_setting whose " +
			"target_resource_id names the vault, by reference or literal id) sends it to a Log Analytics " +
			"workspace, a storage account or an event hub. A vault without one is reported. A vault is " +
			"undecided when a diagnostic setting in its root names a target not known statically.",
		Remediation: engine.Remediation{Summary: "Add a diagnostic setting on the vault that exports the AuditEvent category (or the audit category group)."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/key-vault/general/logging",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting",
		},
		Precision: "high",
		Check:     checkCovKeyVaultDiagnostics,
	}
}

func checkCovKeyVaultDiagnostics(p *engine.Pass) {
	for _, kv := range p.ResourcesOfType("azurerm_key_vault") {
		if kv.Data || !p.BodyKnown(kv) {
			continue
		}
		covRequire(p, kv, covDiagnostics("vaults"), "the vault's audit log is not exported (no diagnostic setting)")
	}
}
