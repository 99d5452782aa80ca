package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// logDefenderReads are the types checkLogDefender reads (Rule.Reads).
var logDefenderReads = []string{"azurerm_security_center_subscription_pricing"}

func checkLogDefender(p *engine.Pass) {
	pricings := p.ResourcesOfType("azurerm_security_center_subscription_pricing")
	// covered holds the roots with a Standard (or unknown) pricing, or a
	// Free one already reported.
	covered := map[string]bool{}
	for _, r := range pricings {
		v := r.Body.Get("tier")
		tier, ok := v.AsString()
		if ok && strings.EqualFold(tier, "Free") {
			what := "VirtualMachines" // the default resource_type
			if rt, ok := r.Body.Get("resource_type").AsString(); ok {
				what = rt
			}
			p.Report(r, v, "%s leaves Defender for Cloud on the Free tier for %s (no threat detection)", r.Address, what)
		}
		if !ok || strings.EqualFold(tier, "Free") || strings.EqualFold(tier, "Standard") {
			covered[string(r.Format)+"|"+r.Root] = true
		}
	}
	for _, root := range p.RootsDeploying(azureResources) {
		if !covered[string(root.Format)+"|"+root.Name] {
			p.ReportMissing(root, "%s enables no Microsoft Defender for Cloud plan (no azurerm_security_center_subscription_pricing with tier \"Standard\")", root.Name)
		}
	}
}
