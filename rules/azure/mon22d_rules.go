package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// mon22dRules are the rules added from Mondoo's Azure IaC variant tests
// (session 22, AZURE-175 and up).
func mon22dRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-175", Check: checkAKSDefenderSensor, Reads: []string{"azurerm_kubernetes_cluster", "azurerm_security_center_subscription_pricing"}},
	}
}

// checkAKSDefenderSensor reports AKS clusters that run no Microsoft
// Defender sensor: no microsoft_defender block, in a root that enables no
// Defender for Containers plan (whose auto-provisioning would deploy the
// sensor to the subscription's clusters).
func checkAKSDefenderSensor(p *engine.Pass) {
	for _, res := range p.KnownManaged("azurerm_kubernetes_cluster") {
		blocks, hidden := setting.Blocks(res.Body.Get("microsoft_defender"))
		if hidden != nil {
			p.CannotTell(res, hidden, parser.Unknowable(hidden, "microsoft_defender").Detail)
			continue
		}
		if len(blocks) > 0 {
			continue
		}
		if containersPlanInRoot(p, res) {
			continue
		}
		p.Judge(res, parser.Bad(nil, "no microsoft_defender block, and the root enables no Defender for Containers plan that would deploy the sensor"),
			"runs no Microsoft Defender sensor: runtime threats in the cluster raise no alerts")
	}
}

// containersPlanInRoot reports whether res's root declares a Defender for
// Containers pricing (or the older Kubernetes service plan) that is, or may
// be, on the Standard tier.
func containersPlanInRoot(p *engine.Pass, res *parser.Resource) bool {
	for _, pr := range p.InRoot(res, "azurerm_security_center_subscription_pricing") {
		// resource_type defaults to VirtualMachines.
		rt := pr.Body.Get("resource_type")
		if rt == nil || !setting.MayBe(rt, "Containers", "KubernetesService") {
			continue
		}
		if setting.MayBe(pr.Body.Get("tier"), "Standard") {
			return true
		}
	}
	return false
}

// mon22dGatewayBackendHTTP is AZURE-131's check of Application Gateway
// backend settings: with protocol Http, the gateway ends the client's TLS
// and sends each request, its cookies and credentials, on to the backends
// unencrypted (end-to-end TLS needs protocol Https).
var mon22dGatewayBackendHTTP = setting.Check{
	Types:   []string{"azurerm_application_gateway"},
	Judge:   mon22dBackendSettingsHTTP,
	Problem: "the gateway forwards requests to its backends over plain HTTP",
}

func mon22dBackendSettingsHTTP(gw *parser.Resource) parser.Verdict {
	settings, hidden := setting.Blocks(gw.Body.Get("backend_http_settings"))
	if hidden != nil {
		return parser.Unknowable(hidden, "backend_http_settings")
	}
	undecided := parser.Decided
	for _, s := range settings {
		label := "backend_http_settings"
		if name, ok := s.Get("name").AsString(); ok && name != "" {
			label += " " + name
		}
		switch v := parser.OneOf(s.Get("protocol"), label+" protocol", "", "Http"); v.Answer {
		case parser.Yes:
			return v
		case parser.CannotTell:
			undecided = v
		}
	}
	return undecided
}

// mon22dRouteOriginHTTP is AZURE-131's check of the Front Door hop to the
// origin: forwarding_protocol HttpOnly sends every request to the origin
// unencrypted, HTTPS requests included (the default, MatchRequest, uses
// the client's protocol, which the route check judges).
var mon22dRouteOriginHTTP = setting.Check{
	Types:   []string{"azurerm_cdn_frontdoor_route"},
	Judge:   setting.MustNotBe(parser.A("forwarding_protocol", ""), "", "HttpOnly"),
	Problem: "the route forwards requests to the origin over plain HTTP",
}
