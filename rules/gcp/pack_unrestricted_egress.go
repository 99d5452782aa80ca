package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packEgressRule is an enabled firewall rule that matters for egress.
type packEgressRule struct {
	fw *parser.Resource
	// networks are the declared networks it applies to; names are the
	// last segments of a known network name or self link; anyNet is set
	// when the network is not known statically (netVal).
	networks []*parser.Resource
	name     string
	anyNet   bool
	netVal   *parser.Value
	// priority is the rule's priority (1000 when unset); known is false
	// when it is not known statically (prioVal).
	priority int64
	known    bool
	prioVal  *parser.Value
	// targeted is set when the rule may apply to some instances only.
	targeted bool
	// maybe, on a deny rule, is the verdict CannotTell when the rule may
	// deny all egress but a value that decides it is unknown.
	maybe *parser.Verdict
	// what describes the traffic an allow rule allows.
	what string
}

func packNewEgressRule(p *engine.Pass, fw *parser.Resource, networks []*parser.Resource) packEgressRule {
	r := packEgressRule{fw: fw, priority: 1000, known: true}
	r.networks = packFirewallNetworks(fw, networks, p)
	if s, ok := fw.Body.Get("network").AsString(); ok {
		r.name = s[strings.LastIndex(s, "/")+1:]
	} else if r.networks == nil {
		r.anyNet, r.netVal = true, fw.Body.Get("network")
	}
	if pr := fw.Body.Get("priority"); parser.Set(pr) != parser.No {
		r.priority, r.known = pr.AsInt()
		if !r.known {
			r.prioVal = pr
		}
	}
	for _, t := range []string{"target_tags", "target_service_accounts"} {
		if parser.Set(fw.Body.Get(t)) != parser.No {
			r.targeted = true
		}
	}
	return r
}

// unsure is the reason a rule's effect cannot be told: the first unknown
// among its maybe verdict, its network and its priority.
func (r packEgressRule) unsure() string {
	switch {
	case r.maybe != nil:
		return r.maybe.Detail
	case r.anyNet:
		return parser.Unknowable(r.netVal, "network").Detail
	case !r.known:
		return parser.Unknowable(r.prioVal, "priority").Detail
	}
	return ""
}

// sameNetwork reports whether two rules apply to the same network: Yes
// when they name or refer to the same one, CannotTell when the network
// of one of them is not known statically.
func (r packEgressRule) sameNetwork(o packEgressRule) parser.Answer {
	if r.name != "" && r.name == o.name {
		return parser.Yes
	}
	for _, n := range r.networks {
		if packContains(o.networks, n) {
			return parser.Yes
		}
	}
	if r.anyNet || o.anyNet {
		return parser.CannotTell
	}
	return parser.No
}

// shadows reports whether deny rule r takes precedence over allow rule a
// for every instance a applies to: CannotTell when that depends on a
// value not known statically.
func (r packEgressRule) shadows(a packEgressRule) parser.Answer {
	same := r.sameNetwork(a)
	if r.targeted || same == parser.No {
		return parser.No
	}
	if r.known && a.known && r.priority > a.priority {
		return parser.No
	}
	if same == parser.Yes && r.maybe == nil && r.known && a.known {
		return parser.Yes
	}
	return parser.CannotTell
}

// packEgressEnabled is Yes when a firewall rule is an enabled EGRESS rule
// (the direction defaults to INGRESS), CannotTell when its direction or
// disabled flag is not known statically.
func packEgressEnabled(b *parser.Value) parser.Verdict {
	return parser.Both(
		parser.OneOf(b.Get("direction"), "direction", "INGRESS", "EGRESS"),
		parser.NotTrue(b.Get("disabled"), "disabled", false))
}

// packUnrestrictedEgressReads are the types checkPackUnrestrictedEgress reads (Rule.Reads).
var packUnrestrictedEgressReads = []string{"google_compute_firewall", "google_compute_firewall_policy_rule", "google_compute_firewall_policy_with_rules", "google_compute_network", "google_compute_network_firewall_policy_rule", "google_compute_network_firewall_policy_with_rules", "google_compute_region_network_firewall_policy_rule", "google_compute_region_network_firewall_policy_with_rules"}

func checkPackUnrestrictedEgress(p *engine.Pass) {
	networks := p.ResourcesOfType("google_compute_network")
	var allows, denies []packEgressRule
	// policyRoot holds the roots with a firewall policy rule denying
	// egress: their networks get the benefit of the doubt, as the
	// policies' associations are not followed. unsureRoot says why the
	// networks of a root cannot be told (a firewall rule whose body or
	// network is not known statically).
	policyRoot := map[string]bool{}
	unsureRoot := map[string]string{}
	doubt := func(root, why string) {
		if _, ok := unsureRoot[root]; !ok {
			unsureRoot[root] = why
		}
	}
	for _, fw := range p.ResourcesOfType("google_compute_firewall") {
		b := fw.Body
		if u := setting.Unknown(b); u != nil {
			doubt(fw.Root, fw.Address+" may deny its egress: "+parser.Unknowable(u, "the resource's body").Detail)
			p.BodyKnown(fw)
			continue
		}
		egress := packEgressEnabled(b)
		if egress.Answer == parser.No {
			continue
		}
		// A deny rule that may override the implied allow-egress rule.
		if dest := packDestWorld(b.Get("destination_ranges")); dest.Answer != parser.No {
			if what, unknown := packAllTraffic(b.Get("deny")); what != "" || unknown != nil {
				r := packNewEgressRule(p, fw, networks)
				for _, v := range []parser.Verdict{egress, dest, packUnknownTraffic(unknown)} {
					if v.Answer == parser.CannotTell && r.maybe == nil {
						v := v
						r.maybe = &v
					}
				}
				if r.anyNet {
					doubt(fw.Root, fw.Address+" may deny its egress: "+r.unsure())
				}
				denies = append(denies, r)
			}
		}
		// An egress allow rule for every protocol to the internet.
		what, unknown := packAllTraffic(b.Get("allow"))
		if what == "" && unknown == nil {
			continue
		}
		dests, all, unknownDest := packEgressWorld(b.Get("destination_ranges"))
		if !all && len(dests) == 0 && unknownDest == nil {
			continue
		}
		// Every condition is met, or one of them cannot be told.
		switch v := parser.Both(egress, packUnknownTraffic(unknown), packUnknownDest(all || len(dests) > 0, unknownDest)); v.Answer {
		case parser.CannotTell:
			p.CannotTell(fw, v.At, v.Detail)
		case parser.Yes:
			r := packNewEgressRule(p, fw, networks)
			r.what = what
			allows = append(allows, r)
		}
	}
	for _, r := range p.ResourcesOfType("google_compute_network_firewall_policy_rule",
		"google_compute_region_network_firewall_policy_rule", "google_compute_firewall_policy_rule",
		"google_compute_network_firewall_policy_with_rules", "google_compute_region_network_firewall_policy_with_rules",
		"google_compute_firewall_policy_with_rules") {
		rules, unknown := setting.Blocks(r.Body.Get("rule"))
		if u := setting.Unknown(r.Body); u != nil {
			unknown = u
		}
		if unknown != nil {
			doubt(r.Root, r.Address+" may deny its egress: "+parser.Unknowable(unknown, "rule").Detail)
		}
		for _, rule := range append(rules, r.Body) {
			switch v := packPolicyDeniesEgress(rule); v.Answer {
			case parser.Yes:
				policyRoot[r.Root] = true
			case parser.CannotTell:
				doubt(r.Root, r.Address+" may deny its egress: "+v.Detail)
			}
		}
	}
	reported := map[*parser.Resource]bool{}
	for _, a := range allows {
		shadowed, unsure := false, ""
		for _, d := range denies {
			if d.fw.Root != a.fw.Root {
				continue
			}
			switch d.shadows(a) {
			case parser.Yes:
				shadowed = true
			case parser.CannotTell:
				if unsure == "" {
					unsure = d.fw.Address + " may take precedence over it: " + d.unsure()
					if a.anyNet || !a.known {
						unsure = d.fw.Address + " may take precedence over it: " + a.unsure()
					}
				}
			}
		}
		if shadowed {
			continue
		}
		if unsure != "" {
			p.CannotTell(a.fw, nil, unsure)
			continue
		}
		for _, n := range a.networks {
			reported[n] = true
		}
		dests, _, _ := packEgressWorld(a.fw.Body.Get("destination_ranges"))
		if len(dests) == 0 {
			p.Report(a.fw, nil, "%s allows egress on %s to every destination (destination_ranges not set)", a.fw.Address, a.what)
		}
		for _, d := range dests {
			p.Report(a.fw, d, "%s allows egress on %s to %s", a.fw.Address, a.what, d.Str)
		}
	}
	restricted := map[*parser.Resource]string{}
	for _, d := range denies {
		for _, n := range d.networks {
			if d.maybe == nil {
				restricted[n] = ""
			} else if _, ok := restricted[n]; !ok {
				restricted[n] = d.fw.Address + " may deny its egress: " + d.maybe.Detail
			}
		}
	}
	for _, n := range networks {
		why, denied := restricted[n]
		if denied && why == "" || reported[n] || policyRoot[n.Root] || !p.BodyKnown(n) {
			continue
		}
		if !denied {
			why = unsureRoot[n.Root]
		}
		if why != "" {
			p.CannotTell(n, nil, why)
			continue
		}
		p.Report(n, nil, "%s has no egress deny-all firewall rule: the implied allow-egress rule lets its VMs reach any address on the internet", n.Address)
	}
}

// packUnknownTraffic is the verdict on allow or deny blocks that cover all
// traffic (Yes) or may (CannotTell at unknown).
func packUnknownTraffic(unknown *parser.Value) parser.Verdict {
	if unknown != nil {
		return parser.Unknowable(unknown, "protocol or ports")
	}
	return parser.Verdict{Answer: parser.Yes}
}

// packUnknownDest is the verdict on destination ranges that reach every
// address (Yes when world), or may (CannotTell at unknown).
func packUnknownDest(world bool, unknown *parser.Value) parser.Verdict {
	if world || unknown == nil {
		return parser.Verdict{Answer: parser.Yes}
	}
	return parser.Unknowable(unknown, "destination_ranges")
}

// packEgressWorld returns the destination ranges that match every address,
// whether the rule applies to every destination because it sets none, and
// the first range (or the list) not known statically.
func packEgressWorld(dr *parser.Value) (world []*parser.Value, all bool, unknown *parser.Value) {
	if parser.Set(dr) == parser.No {
		return nil, true, nil
	}
	elems, unknown := setting.Elems(dr)
	for _, d := range elems {
		if netexposure.IsWorldCIDR(d) {
			world = append(world, d)
		}
	}
	return world, false, unknown
}

// packDestWorld is Yes when destination ranges include every address
// (or are unset, which means every destination), CannotTell when a range
// is not known statically, No otherwise.
func packDestWorld(dr *parser.Value) parser.Verdict {
	world, all, unknown := packEgressWorld(dr)
	switch {
	case all || len(world) > 0:
		return parser.Verdict{Answer: parser.Yes}
	case unknown != nil:
		return parser.Unknowable(unknown, "destination_ranges")
	}
	return parser.Decided
}

// packAllTraffic describes what allow or deny blocks cover when they
// cover every protocol ("all protocols") or every port of one ("all TCP
// ports"), and returns "" otherwise, with the first block, protocol or
// port not known statically that may make them cover all traffic.
func packAllTraffic(blocks *parser.Value) (found string, unknown *parser.Value) {
	items, unknown := setting.Blocks(blocks)
	for _, a := range items {
		proto := a.Get("protocol")
		if proto.IsAnyOf("all") {
			return "all protocols", nil
		}
		if u := setting.Unknown(proto); u != nil {
			if unknown == nil {
				unknown = u
			}
			continue
		}
		if !proto.IsAnyOf("tcp", "udp", "sctp", "6", "17", "132") || found != "" {
			continue
		}
		name := map[string]string{"6": "TCP", "17": "UDP", "132": "SCTP"}[proto.Str]
		if name == "" {
			name = strings.ToUpper(proto.Str)
		}
		if parser.Set(a.Get("ports")) == parser.No {
			found = "all " + name + " ports"
			continue
		}
		ports, u := setting.Elems(a.Get("ports"))
		for _, spec := range ports {
			if _, all := netexposure.SpecHits(spec); all {
				found = "all " + name + " ports"
			}
		}
		if u != nil && unknown == nil {
			unknown = u
		}
	}
	if found != "" {
		return found, nil
	}
	return "", unknown
}

// packFirewallNetworks returns the networks in the scanned code that a
// firewall rule applies to, by reference or by name or self link in the
// same root. It returns nil when the network is not known statically and
// refers to no network.
func packFirewallNetworks(fw *parser.Resource, networks []*parser.Resource, p *engine.Pass) []*parser.Resource {
	out := p.Referenced(fw, "network", "google_compute_network")
	v := fw.Body.Get("network")
	s, ok := v.AsString()
	if !ok {
		if len(out) == 0 {
			return nil
		}
		return out
	}
	name := s[strings.LastIndex(s, "/")+1:]
	for _, n := range networks {
		if n.Root != fw.Root || n.Format != fw.Format {
			continue
		}
		if nn, ok := n.Body.Get("name").AsString(); ok && nn == name && !packContains(out, n) {
			out = append(out, n)
		}
	}
	if out == nil {
		out = []*parser.Resource{} // a network declared elsewhere
	}
	return out
}

// packPolicyDeniesEgress is Yes when a firewall policy rule denies
// egress traffic, CannotTell when its direction or action is not known
// statically.
func packPolicyDeniesEgress(rule *parser.Value) parser.Verdict {
	dir, action := rule.Get("direction"), rule.Get("action")
	if dir == nil || action == nil {
		return parser.Decided
	}
	return parser.Both(parser.OneOf(dir, "direction", "", "EGRESS"), parser.OneOf(action, "action", "", "deny"))
}
