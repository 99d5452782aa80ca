package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// logActivityLogReads are the types checkLogActivityLog reads (Rule.Reads).
var logActivityLogReads = []string{"azapi_resource", "azurerm_monitor_diagnostic_setting", "azurerm_monitor_log_profile"}

func checkLogActivityLog(p *engine.Pass) {
	settings := p.ResourcesOfType("azurerm_monitor_diagnostic_setting")
	profiles := p.ResourcesOfType("azurerm_monitor_log_profile")
	azapis := p.ResourcesOfType("azapi_resource")
	for _, root := range p.RootsDeploying(azureResources) {
		found := false
		for _, r := range profiles {
			found = found || root.Holds(r)
		}
		for _, s := range settings {
			found = found || root.Holds(s) && logMaySubscription(s.Body.Get("target_resource_id"))
		}
		// A diagnostic setting written with azapi names the subscription
		// in parent_id (fp25b_azapi_diag.go).
		for _, s := range azapis {
			found = found || root.Holds(s) && isAzapiDiagnostic(s) && logMaySubscription(s.Body.Get("parent_id"))
		}
		if !found {
			p.ReportMissing(root, "%s exports no subscription Activity Log (no diagnostic setting on the subscription, no log profile)", root.Name)
		}
	}
}

// logMaySubscription reports whether a diagnostic setting target may be a
// subscription: a subscription id, a reference to data.azurerm_subscription
// or to an azurerm_subscription, or an unknown value that does not come
// only from other managed resources (their ids are resource ids).
func logMaySubscription(v *parser.Value) bool {
	if v == nil {
		return false
	}
	for _, ref := range v.Refs() {
		if logRefType(ref) == "azurerm_subscription" {
			return true
		}
	}
	if s, ok := v.AsString(); ok {
		s = strings.ToLower(s)
		return strings.Contains(s, "/subscriptions/") && !strings.Contains(s, "/resourcegroups/")
	}
	if setting.Unknown(v) == nil {
		return false
	}
	if len(v.Refs()) == 0 {
		return true
	}
	for _, ref := range v.Refs() {
		// A data source (azurerm_client_config, ...) may yield a
		// subscription id; a managed resource's id is its own.
		if logIsDataRef(ref) {
			return true
		}
	}
	return false
}

// logRefType returns the resource type of a reference such as
// "azurerm_key_vault.main", "data.azurerm_subscription.current" or
// "module.m.azurerm_key_vault.main".
func logRefType(ref string) string {
	parts := strings.Split(ref, ".")
	if len(parts) < 2 {
		return ""
	}
	return parts[len(parts)-2]
}

// logIsDataRef reports whether ref names a data source.
func logIsDataRef(ref string) bool {
	parts := strings.Split(ref, ".")
	return len(parts) >= 3 && parts[len(parts)-3] == "data"
}
