package aws

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// NET-1 beyond security groups: network ACLs and the legacy DB and Redshift
// security groups.

// aclEntry is one inbound network ACL entry, whichever resource declares it.
type aclEntry struct {
	res      *parser.Resource
	action   *parser.Value
	number   *parser.Value
	protocol *parser.Value
	from, to *parser.Value
	cidrs    []*parser.Value
	// acl identifies the ACL the entry belongs to, for rule ordering.
	acl string
	// direction is the unknown egress flag of a standalone entry that may
	// be an ingress rule: what the entry would be reported for is then an
	// undecided note.
	direction *parser.Value
}

func checkNetACLOpenAdminPort(p *engine.Pass) {
	var entries []aclEntry
	for _, res := range p.ResourcesOfType("aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule", "AWS::EC2::NetworkAclEntry") {
		b := res.Body
		switch res.Type {
		case "aws_network_acl", "aws_default_network_acl":
			for _, in := range b.Get("ingress").Items() {
				entries = append(entries, aclEntry{res: res, action: in.Get("action"), number: in.Get("rule_no"),
					protocol: in.Get("protocol"), from: in.Get("from_port"), to: in.Get("to_port"),
					cidrs: nonNil(in.Get("cidr_block"), in.Get("ipv6_cidr_block")), acl: "inline|" + res.Address + "|" + res.Scope})
			}
		case "aws_network_acl_rule":
			eg := b.Get("egress")
			if eg.Truth(false) == parser.True {
				continue
			}
			entries = append(entries, aclEntry{res: res, action: b.Get("rule_action"), number: b.Get("rule_number"),
				protocol: b.Get("protocol"), from: b.Get("from_port"), to: b.Get("to_port"),
				cidrs: nonNil(b.Get("cidr_block"), b.Get("ipv6_cidr_block")), acl: aclOf(p, res, "network_acl_id", "aws_network_acl"),
				direction: aclDirection(eg)})
		case "AWS::EC2::NetworkAclEntry":
			eg := b.Get("Egress")
			if eg.Truth(false) == parser.True {
				continue
			}
			pr := b.Get("PortRange")
			entries = append(entries, aclEntry{res: res, action: b.Get("RuleAction"), number: b.Get("RuleNumber"),
				protocol: b.Get("Protocol"), from: pr.Get("From"), to: pr.Get("To"),
				cidrs: nonNil(b.Get("CidrBlock"), b.Get("Ipv6CidrBlock")), acl: aclOf(p, res, "NetworkAclId", "AWS::EC2::NetworkAcl"),
				direction: aclDirection(eg)})
		}
	}
	for i, e := range entries {
		if !netexposure.StringIs(e.action, "allow") {
			continue
		}
		world := worldOf(e.cidrs)
		if world == nil {
			continue
		}
		hits, all, ok := e.ports()
		if !ok || !all && len(hits) == 0 {
			continue
		}
		if all {
			hits = nil
			for port := range netexposure.SensitivePorts {
				hits = append(hits, port)
			}
		}
		open := e.notDeniedBefore(entries, i, hits)
		if len(open) == 0 {
			continue
		}
		what := netexposure.AllPorts
		if !all || len(open) < len(hits) {
			what = netexposure.DescribeHits(open)
		}
		rule := ""
		if n, ok := e.number.AsInt(); ok {
			rule = fmt.Sprintf(" (rule %d)", n)
		}
		if e.direction != nil {
			p.CannotTell(e.res, e.direction, parser.Unknowable(e.direction, "egress").Detail)
			continue
		}
		p.Report(e.res, world, "%s allows ingress from %s to %s%s", e.res.Address, strings.TrimSpace(world.Str), what, rule)
	}
}

// aclDirection returns the egress flag of a standalone entry when it
// cannot be told whether the entry is an ingress rule, else nil.
func aclDirection(egress *parser.Value) *parser.Value {
	if egress.Truth(false) == parser.Maybe {
		return egress
	}
	return nil
}

// aclOf names the ACL a standalone entry belongs to: the referenced ACL
// resource, else the literal id, else the entry itself.
func aclOf(p *engine.Pass, res *parser.Resource, attr, typ string) string {
	for _, acl := range p.Referenced(res, attr, typ) {
		return "inline|" + acl.Address + "|" + acl.Scope
	}
	if s, ok := res.Body.Get(attr).AsString(); ok {
		return "id|" + s + "|" + res.Root
	}
	return "self|" + res.Address + "|" + res.Scope
}

// worldOf returns the first of cidrs that admits the internet (the whole
// of it, or a share as wide as netexposure.IsInternetCIDR says).
func worldOf(cidrs []*parser.Value) *parser.Value {
	for _, c := range cidrs {
		if netexposure.IsInternetCIDR(c) {
			return c
		}
	}
	return nil
}

// ports returns the sensitive ports the entry covers, or all when it
// covers every port; ok is false when that cannot be known.
func (e aclEntry) ports() (hits []int, all, ok bool) {
	proto, known := e.protocol.AsString()
	if !known {
		return nil, false, false
	}
	switch strings.ToLower(strings.TrimSpace(proto)) {
	case "-1", "all":
		return nil, true, true
	case "tcp", "udp", "6", "17":
	default:
		return nil, false, true // ICMP and others carry no ports
	}
	from, ok1 := e.from.AsInt()
	to, ok2 := e.to.AsInt()
	if !ok1 || !ok2 {
		return nil, false, false
	}
	// Network ACLs are stateless: the responses to outbound connections
	// come back on ephemeral ports, so every ACL that allows outbound
	// traffic opens a wide range above 1023 to the internet. Such a range
	// is how ACLs work, not an exposed service.
	if from >= 1024 && to-from >= 10000 {
		return nil, false, true
	}
	hits, all = netexposure.RangeHits(from, to)
	return hits, all, true
}

// notDeniedBefore returns the ports of hits that no deny entry of the same
// ACL with a lower rule number blocks from the whole internet. An entry
// whose number, direction or fields are unknown blocks nothing.
func (e aclEntry) notDeniedBefore(entries []aclEntry, self int, hits []int) []int {
	num, ok := e.number.AsInt()
	if !ok {
		return hits
	}
	var open []int
	for _, port := range hits {
		denied := false
		for j, d := range entries {
			if j == self || d.acl != e.acl || d.direction != nil || !netexposure.StringIs(d.action, "deny") || !sameFamilyWorld(d.cidrs, e.cidrs) {
				continue
			}
			if n, ok := d.number.AsInt(); !ok || n >= num {
				continue
			}
			dh, dall, ok := d.ports()
			if ok && (dall || containsPort(dh, port)) {
				denied = true
				break
			}
		}
		if !denied {
			open = append(open, port)
		}
	}
	return open
}

// sameFamilyWorld reports whether deny holds the whole internet of the
// address family in which allow is open to it.
func sameFamilyWorld(deny, allow []*parser.Value) bool {
	a := worldOf(allow)
	for _, d := range deny {
		if netexposure.IsWorldCIDR(d) && a != nil && strings.Contains(d.Str, ":") == strings.Contains(a.Str, ":") {
			return true
		}
	}
	return false
}

func containsPort(ports []int, port int) bool {
	for _, p := range ports {
		if p == port {
			return true
		}
	}
	return false
}

func netLegacyDBSecurityGroupOpen() *engine.Rule {
	return &engine.Rule{
		ID: "AWS-116",
		Check: func(p *engine.Pass) {
			for _, res := range p.ResourcesOfType("aws_db_security_group", "aws_redshift_security_group", "AWS::RDS::DBSecurityGroup",
				"AWS::RDS::DBSecurityGroupIngress", "AWS::Redshift::ClusterSecurityGroupIngress") {
				var cidrs []*parser.Value
				switch res.Type {
				case "aws_db_security_group", "aws_redshift_security_group":
					for _, in := range res.Body.Get("ingress").Items() {
						cidrs = append(cidrs, in.Get("cidr"))
					}
				case "AWS::RDS::DBSecurityGroup":
					for _, in := range res.Body.Get("DBSecurityGroupIngress").Items() {
						cidrs = append(cidrs, in.Get("CIDRIP"))
					}
				default:
					cidrs = append(cidrs, res.Body.Get("CIDRIP"))
				}
				for _, c := range cidrs {
					if netexposure.IsWorldCIDR(c) {
						p.Report(res, c, "%s authorizes %s: the database is open to the whole internet", res.Address, strings.TrimSpace(c.Str))
					}
				}
			}
		},
	}
}
