package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkCovKeyVaultDiagnostics(p *engine.Pass) {
	for _, kv := range p.KnownManaged("azurerm_key_vault") {
		found, _ := covAttached(p, kv, covDiagnostics("vaults"))
		if len(found) == 0 {
			cov5RequireDiagnostics(p, kv, "vaults", "the vault's audit log is not exported (no diagnostic setting)")
			continue
		}
		// A diagnostic setting that sends only metrics, or turns its
		// AuditEvent log off, exports no audit log.
		var hidden *parser.Verdict
		exported := false
		for _, d := range found {
			cats, group, h := covLogCategories(d)
			switch {
			case h != nil:
				if hidden == nil {
					hidden = h
				}
			case group || cats["auditevent"]:
				exported = true
			}
		}
		switch {
		case exported:
		case hidden != nil:
			p.CannotTell(kv, hidden.At, hidden.Detail)
		default:
			p.Report(kv, nil, "%s: the vault's audit log is not exported (its diagnostic settings enable neither the AuditEvent log nor the audit or allLogs category group)", kv.Address)
		}
	}
}
