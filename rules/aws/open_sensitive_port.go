package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func openSensitivePort() *engine.Rule {
	return &engine.Rule{
		ID:    "AWS-001",
		Check: checkOpenSensitivePort,
	}
}

func checkOpenSensitivePort(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(sgIngress.types()...) {
		for _, rule := range sgRules(res, sgIngress) {
			ports := rule.exposedPorts()
			if ports == "" {
				continue
			}
			for _, cidr := range rule.cidrs {
				if netexposure.IsWorldCIDR(cidr) {
					p.Report(res, cidr, "%s allows ingress from %s to %s", res.Address, cidr.Str, ports)
				}
			}
		}
	}
}
