package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func netUnrestrictedEgress() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-012",
		Name:     "unrestricted-egress",
		Title:    "Security group allows all outbound traffic to the internet",
		Severity: engine.Medium,
		Description: "A security group rule allows egress to 0.0.0.0/0 or ::/0 on every protocol, or on every " +
			"TCP or UDP port. Unrestricted egress lets a compromised workload download tooling, reach command " +
			"and control servers and exfiltrate data; SOC 2 expects outbound traffic to be limited to what the " +
			"workload needs. In CloudFormation a security group without SecurityGroupEgress gets AWS's default " +
			"allow-all egress rule (standalone AWS::EC2::SecurityGroupEgress resources do not remove it), so it " +
			"is reported too; in Terraform an aws_security_group without egress blocks has no egress at all, " +
			"because Terraform removes the default rule.",
		Remediation: engine.Remediation{Summary: "Allow egress only to the destinations and ports the workload needs (VPC endpoints, a proxy, known CIDR ranges or prefix lists)."},
		Checklist:   []string{"NET-5"},
		Links: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html",
		},
		Precision: "high",
		Check:     checkNetUnrestrictedEgress,
	}
}

func checkNetUnrestrictedEgress(p *engine.Pass) {
	// A CloudFormation security group that declares no egress rule keeps
	// AWS's default rule, which allows all outbound traffic.
	egress := parser.A("", "SecurityGroupEgress")
	defaulted := map[*parser.Resource]bool{}
	for _, res := range p.ResourcesOfType("AWS::EC2::SecurityGroup") {
		switch eg := egress.Of(res); parser.Set(eg) {
		case parser.No:
			defaulted[res] = true
			p.Report(res, nil, "%s declares no SecurityGroupEgress, so AWS's default rule allows all outbound traffic to 0.0.0.0/0", res.Address)
		case parser.CannotTell:
			defaulted[res] = true
			p.CannotTell(res, eg, parser.Unknowable(eg, egress.Name(res)).Detail)
		}
	}
	for _, res := range p.ResourcesOfType(sgEgress.types()...) {
		if defaulted[res] {
			continue
		}
		for _, rule := range sgRules(res, sgEgress) {
			if rule.exposedPorts() != netexposure.AllPorts {
				continue
			}
			what := "all traffic"
			if proto, _ := rule.protocol.AsString(); netProtocolPorts(proto) != "" {
				what = "all " + netProtocolPorts(proto) + " ports"
			}
			for _, cidr := range rule.cidrs {
				if netexposure.IsWorldCIDR(cidr) {
					p.Report(res, cidr, "%s allows egress of %s to %s", res.Address, what, cidr.Str)
				}
			}
		}
	}
}

// netProtocolPorts names a port-carrying protocol, or "" for all protocols.
func netProtocolPorts(proto string) string {
	switch strings.ToLower(strings.TrimSpace(proto)) {
	case "tcp", "6":
		return "TCP"
	case "udp", "17":
		return "UDP"
	}
	return ""
}
