package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

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
			// One finding per rule: an IPv4 and an IPv6 block of one rule
			// are one exposure.
			world := slices.DeleteFunc(slices.Clone(rule.cidrs), func(v *parser.Value) bool { return !netexposure.IsWorldCIDR(v) })
			if len(world) > 0 {
				p.Report(res, world[0], "%s allows egress of %s to %s", res.Address, what, cidrList(world))
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
