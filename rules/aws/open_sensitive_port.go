package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func openSensitivePort() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-001",
		Name:     "open-sensitive-port",
		Title:    "Security group allows ingress from the internet to an administration or database port",
		Severity: engine.Critical,
		Description: "A security group rule admits traffic from 0.0.0.0/0 or ::/0 to a port that serves " +
			"remote administration (SSH, RDP, WinRM, Telnet, VNC) or a data store (PostgreSQL, MySQL, Redis, ...), " +
			"or to all ports. Such ports are scanned and brute-forced within minutes of being exposed.",
		Remediation: engine.Remediation{Summary: "Allow the port only from known CIDR ranges, a bastion's security group or a VPN; use SSM Session Manager instead of open SSH."},
		Checklist:   []string{"NET-1"},
		Links:       []string{"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"},
		Precision:   "very-high",
		Check:       checkOpenSensitivePort,
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
