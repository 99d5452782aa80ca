package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

func covKeyVaultDiagnostics() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-112",
		Check: checkCovKeyVaultDiagnostics,
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
