package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// activityLogCategories are the subscription Activity Log categories the
// CIS Azure benchmark asks a subscription diagnostic setting to export.
var activityLogCategories = []string{"Administrative", "Security", "Policy", "Alert"}

// checkSubscriptionDiagnosticCategories is AZURE-118's check of
// diagnostic settings on a subscription: each must export the Activity
// Log categories above, named or through the allLogs category group.
func checkSubscriptionDiagnosticCategories(p *engine.Pass) {
	for _, ds := range p.KnownManaged("azurerm_monitor_diagnostic_setting") {
		if !logIsSubscription(ds.Body.Get("target_resource_id")) {
			continue
		}
		have := map[string]bool{}
		var hidden *parser.Value
		for _, name := range []string{"enabled_log", "log"} {
			blocks, unknown := setting.Blocks(ds.Body.Get(name))
			if unknown != nil {
				hidden = unknown
			}
			for _, b := range blocks {
				// The legacy log block can be written with enabled = false.
				if b.Get("enabled").IsFalse() {
					continue
				}
				for _, attr := range []string{"category", "category_group"} {
					v := b.Get(attr)
					if s, ok := v.AsString(); ok {
						have[strings.ToLower(strings.TrimSpace(s))] = true
					} else if setting.Unknown(v) != nil {
						hidden = v
					}
				}
			}
		}
		if have["alllogs"] {
			continue
		}
		var missing []string
		for _, c := range activityLogCategories {
			if !have[strings.ToLower(c)] {
				missing = append(missing, c)
			}
		}
		switch {
		case len(missing) == 0:
		case hidden != nil:
			p.CannotTell(ds, hidden, parser.Unknowable(hidden, "enabled_log").Detail)
		case len(missing) == len(activityLogCategories) && len(have) == 0:
			p.Report(ds, nil, "%s: the subscription diagnostic setting exports no Activity Log category", ds.Address)
		default:
			p.Report(ds, nil, "%s: the subscription diagnostic setting does not export the %s Activity Log", ds.Address, strings.Join(missing, ", "))
		}
	}
}

// logIsSubscription reports whether a diagnostic setting target is known
// to be a subscription: a literal subscription id, or the id of an
// azurerm_subscription or data.azurerm_subscription.
func logIsSubscription(v *parser.Value) bool {
	if s, ok := v.AsString(); ok {
		parts := strings.Split(strings.Trim(strings.ToLower(strings.TrimSpace(s)), "/"), "/")
		return len(parts) == 2 && parts[0] == "subscriptions" && parts[1] != ""
	}
	if setting.Unknown(v) == nil || len(v.Refs()) != 1 || logRefType(v.Refs()[0]) != "azurerm_subscription" {
		return false
	}
	suffix, _ := v.KnownSuffix()
	return suffix == "" || suffix == "/"
}
