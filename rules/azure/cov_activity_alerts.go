package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
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
