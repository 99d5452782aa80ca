package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// covKeyVaultDiagnosticsReads are the types checkCovKeyVaultDiagnostics reads (Rule.Reads).
var covKeyVaultDiagnosticsReads = []string{"azapi_resource", "azurerm_key_vault", "azurerm_management_group_policy_assignment", "azurerm_monitor_diagnostic_setting", "azurerm_policy_assignment", "azurerm_policy_definition", "azurerm_policy_set_definition", "azurerm_resource_group_policy_assignment", "azurerm_resource_policy_assignment", "azurerm_subscription_policy_assignment"}

func checkCovKeyVaultDiagnostics(p *engine.Pass) {
	for _, kv := range p.KnownManaged("azurerm_key_vault") {
		checkAuditLogExported(p, kv, "vaults", "AuditEvent", "vault's")
	}
}

// checkAuditLogExported reports res, whose audit log Azure keeps only where
// a diagnostic setting exports it, when no diagnostic setting names it
// (segment is the type segment of its Azure id) or when none of those that
// do enables the audit log category or the audit or allLogs category group;
// owner names what the log belongs to ("vault's").
func checkAuditLogExported(p *engine.Pass, res *parser.Resource, segment, category, owner string) {
	found, _ := covAttached(p, res, covDiagnostics(segment))
	if len(found) == 0 {
		cov5RequireDiagnostics(p, res, segment, "the "+owner+" audit log is not exported (no diagnostic setting)")
		return
	}
	// A diagnostic setting that sends only metrics, or turns its audit
	// log off, exports no audit log.
	exported, hidden := diagLogsExported(found, func(cats map[string]bool, group bool) bool {
		return group || cats[strings.ToLower(category)]
	})
	switch {
	case exported:
	case hidden != nil:
		p.CannotTell(res, hidden.At, hidden.Detail)
	default:
		p.Report(res, nil, "%s: the %s audit log is not exported (its diagnostic settings enable neither the %s log nor the audit or allLogs category group)", res.Address, owner, category)
	}
}

// diagLogsExported tells whether one of the diagnostic settings found
// enables a log that exports accepts (the setting's log categories, and
// whether it enables a category group that covers them). When none does,
// hidden is the first setting whose logs cannot be read, if any: the
// caller's undecided note.
func diagLogsExported(found []*parser.Resource, exports func(cats map[string]bool, group bool) bool) (exported bool, hidden *parser.Verdict) {
	for _, d := range found {
		cats, group, h := covLogCategories(d)
		switch {
		case h != nil:
			if hidden == nil {
				hidden = h
			}
		case exports(cats, group):
			return true, nil
		}
	}
	return false, hidden
}
