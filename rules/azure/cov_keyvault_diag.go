package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

func checkCovKeyVaultDiagnostics(p *engine.Pass) {
	for _, kv := range p.KnownManaged("azurerm_key_vault") {
		cov5RequireDiagnostics(p, kv, "vaults", "the vault's audit log is not exported (no diagnostic setting)")
	}
}
