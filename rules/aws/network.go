package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// sgRule is one security group permission, whichever format and resource
// it came from: an ingress permission with its source CIDRs, or an egress
// permission with its destination CIDRs.
type sgRule struct {
	protocol *parser.Value
	from, to *parser.Value
	cidrs    []*parser.Value // IPv4 and IPv6 sources or destinations
	// hidden is a CIDR list not known statically (cidr_blocks =
	// var.cidrs), which may hold any source or destination.
	hidden *parser.Value
}

// sgDirection is the spelling of one direction of security group rules in
// each resource that declares them.
type sgDirection struct {
	block   string // aws_security_group's nested block; aws_security_group_rule's type
	vpcRule string // the standalone aws_vpc_security_group_*_rule resource type
	cfnProp string // AWS::EC2::SecurityGroup's property
	cfnRule string // the standalone CloudFormation resource type
}

var (
	sgIngress = sgDirection{"ingress", "aws_vpc_security_group_ingress_rule", "SecurityGroupIngress", "AWS::EC2::SecurityGroupIngress"}
	sgEgress  = sgDirection{"egress", "aws_vpc_security_group_egress_rule", "SecurityGroupEgress", "AWS::EC2::SecurityGroupEgress"}
)

// types returns the resource types that declare rules of the direction.
func (d sgDirection) types() []string {
	return []string{"aws_security_group", "aws_default_security_group", "aws_security_group_rule", d.vpcRule, "AWS::EC2::SecurityGroup", d.cfnRule}
}

// sgRules extracts the permissions of direction d that a resource declares.
func sgRules(res *parser.Resource, d sgDirection) []sgRule {
	b := res.Body
	switch res.Type {
	case "aws_security_group", "aws_default_security_group":
		var out []sgRule
		for _, r := range b.Get(d.block).Items() {
			out = append(out, tfSGRule(r))
		}
		return out
	case "aws_security_group_rule":
		if !netexposure.StringIs(b.Get("type"), d.block) {
			return nil
		}
		return []sgRule{tfSGRule(b)}
	case d.vpcRule:
		return []sgRule{{
			protocol: b.Get("ip_protocol"), from: b.Get("from_port"), to: b.Get("to_port"),
			cidrs: nonNil(b.Get("cidr_ipv4"), b.Get("cidr_ipv6")),
		}}
	case "AWS::EC2::SecurityGroup":
		var out []sgRule
		for _, r := range b.Get(d.cfnProp).Items() {
			out = append(out, cfnSGRule(r))
		}
		return out
	case d.cfnRule:
		return []sgRule{cfnSGRule(b)}
	}
	return nil
}

// tfSGRule reads an ingress or egress block of aws_security_group, or an
// aws_security_group_rule.
func tfSGRule(v *parser.Value) sgRule {
	return sgRule{
		protocol: v.Get("protocol"), from: v.Get("from_port"), to: v.Get("to_port"),
		cidrs:  append(v.Get("cidr_blocks").Items(), v.Get("ipv6_cidr_blocks").Items()...),
		hidden: setting.Unknown(v.Get("cidr_blocks"), v.Get("ipv6_cidr_blocks")),
	}
}

// cfnSGRule reads a CloudFormation ingress or egress rule, inline or
// standalone.
func cfnSGRule(v *parser.Value) sgRule {
	return sgRule{
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

// exposedPorts returns a description of the sensitive ports a rule opens,
// or "" when it opens none or cannot be known to.
func (r sgRule) exposedPorts() string {
	from, to, ok := r.ports()
	if !ok {
		return ""
	}
	return netexposure.DescribeRange(from, to)
}

// udpOnly reports whether a rule is known to admit UDP alone.
func (r sgRule) udpOnly() bool {
	proto, ok := r.protocol.AsString()
	return ok && (strings.EqualFold(proto, "udp") || proto == "17")
}

// mayPorts is ports for a rule that may not be known: the range it opens
// or may open, and the first value that cannot be told (its protocol, or a
// port of a TCP or UDP rule), nil when the range is known. A rule whose
// protocol is not known is read as TCP over its ports (all ports when they
// are not known either); ok is false when it is known to open no ports.
func (r sgRule) mayPorts() (from, to int64, unknown *parser.Value, ok bool) {
	if u := setting.Unknown(r.protocol); u != nil {
		f, ok1 := r.from.AsInt()
		t, ok2 := r.to.AsInt()
		if !ok1 || !ok2 || (f == -1 && t == -1) {
			return 0, 65535, u, true
		}
		return f, t, u, true
	}
	if from, to, ok := r.ports(); ok {
		return from, to, nil, true
	}
	proto, _ := r.protocol.AsString()
	switch strings.ToLower(proto) {
	case "tcp", "udp", "6", "17":
		if u := setting.Unknown(r.from, r.to); u != nil {
			return 0, 65535, u, true
		}
	}
	return 0, 0, nil, false
}

// ports returns the port range a rule opens, 0-65535 for every port; ok
// is false when it opens no ports (ICMP) or they cannot be known.
func (r sgRule) ports() (from, to int64, ok bool) {
	proto, ok := r.protocol.AsString()
	if !ok {
		return 0, 0, false
	}
	switch strings.ToLower(proto) {
	case "-1", "all":
		return 0, 65535, true
	case "tcp", "udp", "6", "17":
	default:
		// ICMP and other protocols carry no ports.
		return 0, 0, false
	}
	from, ok1 := r.from.AsInt()
	to, ok2 := r.to.AsInt()
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	if from == -1 && to == -1 {
		return 0, 65535, true
	}
	return from, to, true
}
