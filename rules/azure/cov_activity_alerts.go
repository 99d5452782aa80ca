package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covCISOperations are the operations the CIS Azure benchmark wants an
// activity log alert on.
var covCISOperations = []string{
	"Microsoft.Authorization/policyAssignments/write",
	"Microsoft.Authorization/policyAssignments/delete",
	"Microsoft.Network/networkSecurityGroups/write",
	"Microsoft.Network/networkSecurityGroups/delete",
	"Microsoft.Network/networkSecurityGroups/securityRules/write",
	"Microsoft.Network/networkSecurityGroups/securityRules/delete",
	"Microsoft.Security/securitySolutions/write",
	"Microsoft.Security/securitySolutions/delete",
	"Microsoft.Sql/servers/firewallRules/write",
	"Microsoft.Sql/servers/firewallRules/delete",
	"Microsoft.Network/publicIPAddresses/write",
	"Microsoft.Network/publicIPAddresses/delete",
}

// covActivityLogAlertsReads are the types checkCovActivityLogAlerts reads (Rule.Reads).
var covActivityLogAlertsReads = []string{"azurerm_monitor_activity_log_alert"}

func checkCovActivityLogAlerts(p *engine.Pass) {
	alerts := p.ResourcesOfType("azurerm_monitor_activity_log_alert")
	// covered holds, per root, the operations alerted on; "*" for all.
	covered := map[string]map[string]bool{}
	for _, a := range alerts {
		if a.Data {
			continue
		}
		if v := a.Body.Get("enabled"); v.IsFalse() {
			p.Report(a, v, "%s: the activity log alert is disabled (enabled = false)", a.Address)
			continue
		}
		k := string(a.Format) + "|" + a.Root
		if covered[k] == nil {
			covered[k] = map[string]bool{}
		}
		// An alert that cannot be read may cover anything: it counts.
		crit := a.Body.Get("criteria")
		if setting.Unknown(a.Body, crit) != nil {
			covered[k]["*"] = true
			continue
		}
		if covAlertDefect(p, a, crit) {
			continue
		}
		for _, c := range crit.Items() {
			op := c.Get("operation_name")
			switch {
			case op.IsNull():
				// A whole category (Administrative, Security) covers its
				// operations; a resource-specific one does not.
				if cat, _ := c.Get("category").AsString(); strings.EqualFold(cat, "Administrative") &&
					c.Get("resource_type").IsNull() && c.Get("resource_id").IsNull() {
					covered[k]["*"] = true
				}
			case setting.Unknown(op) != nil:
				covered[k]["*"] = true
			default:
				if s, ok := op.AsString(); ok {
					covered[k][strings.ToLower(strings.TrimSpace(s))] = true
				}
			}
		}
	}
	for _, root := range p.RootsDeploying(azureResources) {
		got := covered[string(root.Format)+"|"+root.Name]
		if got["*"] {
			continue
		}
		var missing []string
		for _, op := range covCISOperations {
			if !got[strings.ToLower(op)] {
				missing = append(missing, op)
			}
		}
		if len(missing) > 0 {
			p.ReportMissing(root, "%s has no activity log alert for %s", root.Name, strings.Join(missing, ", "))
		}
	}
}

// covAlertDefect reports an enabled alert on an operation of the CIS set
// that cannot do its job, and tells whether it did: one whose criteria put
// the operation in a category the activity log does not record it in
// (covOperationMayBeIn: the alert never fires), or one without an
// action group (it fires, but notifies nobody).
func covAlertDefect(p *engine.Pass, a *parser.Resource, crit *parser.Value) bool {
	var ops []string
	for _, c := range crit.Items() {
		s, ok := c.Get("operation_name").AsString()
		if !ok || !covIsCISOperation(s) {
			continue
		}
		if cat := c.Get("category"); !covOperationMayBeIn(s, cat) {
			p.Report(a, cat, "%s: the alert on %s never fires: the activity log records the operation as an Administrative event, not %s", a.Address, strings.TrimSpace(s), strings.TrimSpace(cat.Str))
			return true
		}
		ops = append(ops, strings.TrimSpace(s))
	}
	if len(ops) == 0 || covAlertMayNotify(a) {
		return false
	}
	p.Report(a, nil, "%s: the alert on %s notifies nobody: no action names an action group", a.Address, strings.Join(ops, ", "))
	return true
}

// covOperationMayBeIn reports whether an operation of the CIS set may be
// recorded in the activity log category cat: Administrative, where the
// activity log records resource writes and deletes, or, for Defender's
// security solutions, Security as well (the CIS benchmark's own alert uses
// it). A category not known statically may be either.
func covOperationMayBeIn(op string, cat *parser.Value) bool {
	if _, known := cat.AsString(); known && !cat.IsAnyOf("Administrative", "Security") {
		return false
	}
	return !cat.IsAnyOf("Security") || strings.HasPrefix(strings.ToLower(strings.TrimSpace(op)), "microsoft.security/")
}

// covIsCISOperation reports whether op is one of covCISOperations.
func covIsCISOperation(op string) bool {
	for _, o := range covCISOperations {
		if strings.EqualFold(strings.TrimSpace(op), o) {
			return true
		}
	}
	return false
}

// covAlertMayNotify reports whether an alert has an action whose
// action_group_id is set (or not known statically).
func covAlertMayNotify(a *parser.Resource) bool {
	actions, hidden := setting.Blocks(a.Body.Get("action"))
	if hidden != nil {
		return true
	}
	for _, act := range actions {
		id := act.Get("action_group_id")
		if s, ok := id.AsString(); ok && strings.TrimSpace(s) != "" || !id.IsNull() && !ok {
			return true
		}
	}
	return false
}
