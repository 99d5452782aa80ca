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
