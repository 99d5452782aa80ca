package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

// cov4GatewayLogs are the network entry points whose traffic and WAF logs
// exist only when a diagnostic setting exports them, by resource type:
// the type segment of their Azure id and what goes unrecorded.
var cov4GatewayLogs = []struct{ typ, segment, lost string }{
	{"azurerm_firewall", "azurefirewalls", "the firewall's rule hits and threat-intelligence alerts are not exported"},
	{"azurerm_application_gateway", "applicationgateways", "the gateway's access and WAF logs are not exported"},
	{"azurerm_frontdoor", "frontdoors", "Front Door's access and WAF logs are not exported"},
	{"azurerm_cdn_frontdoor_profile", "profiles", "Front Door's access and WAF logs are not exported"},
}

func cov4GatewayDiagnostics() *engine.Rule {
	return &engine.Rule{ID: "AZURE-133", Check: checkCov4GatewayDiagnostics, Reads: cov4GatewayDiagnosticsReads}
}

// cov4GatewayDiagnosticsReads are the types checkCov4GatewayDiagnostics reads (Rule.Reads).
var cov4GatewayDiagnosticsReads = []string{"azapi_resource", "azurerm_application_gateway", "azurerm_cdn_frontdoor_profile", "azurerm_firewall", "azurerm_frontdoor", "azurerm_management_group_policy_assignment", "azurerm_monitor_diagnostic_setting", "azurerm_policy_assignment", "azurerm_policy_definition", "azurerm_policy_set_definition", "azurerm_resource_group_policy_assignment", "azurerm_resource_policy_assignment", "azurerm_subscription_policy_assignment"}

func checkCov4GatewayDiagnostics(p *engine.Pass) {
	for _, g := range cov4GatewayLogs {
		for _, res := range p.ResourcesOfType(g.typ) {
			if !res.Data && p.BodyKnown(res) {
				cov5RequireDiagnostics(p, res, g.segment, g.lost+" (no diagnostic setting)")
			}
		}
	}
}
