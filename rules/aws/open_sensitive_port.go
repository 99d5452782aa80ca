package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func openSensitivePort() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-001",
		Name:     "open-sensitive-port",
		Title:    "Security group allows ingress from the internet to an administration or database port",
		Severity: engine.Critical,
		Description: "A security group rule admits traffic from 0.0.0.0/0 or ::/0 to a port that serves " +
			"remote administration (SSH, RDP, Telnet, VNC) or a data store (PostgreSQL, MySQL, Redis, ...), " +
			"or to all ports. Such ports are scanned and brute-forced within minutes of being exposed.",
		Remediation: engine.Remediation{
			Summary: "Allow the port only from known CIDR ranges, a bastion's security group or a VPN; use SSM Session Manager instead of open SSH.",
			Terraform: `resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"] # the VPN range, not 0.0.0.0/0
  }
}`,
			CloudFormation: `BastionSG:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: bastion
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 22
        ToPort: 22
        CidrIp: 10.20.0.0/16   # the VPN range, not 0.0.0.0/0`,
		},
		Checklist: []string{"NET-1"},
		SOC2:      []string{"CC6.6"},
		Provider:  "aws",
		Links:     []string{"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"},
		Precision: "very-high",
		Check:     checkOpenSensitivePort,
	}
}

func checkOpenSensitivePort(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_security_group", "aws_security_group_rule",
		"aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress") {
		for _, rule := range ingressRules(res) {
			ports := rule.exposedPorts()
			if ports == "" {
				continue
			}
			for _, cidr := range rule.cidrs {
				if isWorldCIDR(cidr) {
					p.Report(res, cidr, "%s allows ingress from %s to %s", res.Address, cidr.Str, ports)
				}
			}
		}
	}
}

// ingressRules extracts the ingress permissions a resource declares.
func ingressRules(res *parser.Resource) []ingressRule {
	b := res.Body
	switch res.Type {
	case "aws_security_group":
		var out []ingressRule
		for _, in := range b.Get("ingress").Items() {
			out = append(out, ingressRule{
				protocol: in.Get("protocol"), from: in.Get("from_port"), to: in.Get("to_port"),
				cidrs: append(in.Get("cidr_blocks").Items(), in.Get("ipv6_cidr_blocks").Items()...),
			})
		}
		return out
	case "aws_security_group_rule":
		if t, ok := b.Get("type").AsString(); !ok || t != "ingress" {
			return nil
		}
		return []ingressRule{{
			protocol: b.Get("protocol"), from: b.Get("from_port"), to: b.Get("to_port"),
			cidrs: append(b.Get("cidr_blocks").Items(), b.Get("ipv6_cidr_blocks").Items()...),
		}}
	case "aws_vpc_security_group_ingress_rule":
		return []ingressRule{{
			protocol: b.Get("ip_protocol"), from: b.Get("from_port"), to: b.Get("to_port"),
			cidrs: nonNil(b.Get("cidr_ipv4"), b.Get("cidr_ipv6")),
		}}
	case "AWS::EC2::SecurityGroup":
		var out []ingressRule
		for _, in := range b.Get("SecurityGroupIngress").Items() {
			out = append(out, cfnIngress(in))
		}
		return out
	case "AWS::EC2::SecurityGroupIngress":
		return []ingressRule{cfnIngress(b)}
	}
	return nil
}

func cfnIngress(v *parser.Value) ingressRule {
	return ingressRule{
		protocol: v.Get("IpProtocol"), from: v.Get("FromPort"), to: v.Get("ToPort"),
		cidrs: nonNil(v.Get("CidrIp"), v.Get("CidrIpv6")),
	}
}

func nonNil(vs ...*parser.Value) []*parser.Value {
	var out []*parser.Value
	for _, v := range vs {
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}
