package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packUnrestrictedEgress() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-035",
		Name:     "firewall-unrestricted-egress",
		Title:    "VPC network allows all outbound traffic to the internet",
		Severity: engine.Medium,
		Description: "Outbound traffic from the VMs of a VPC network is not limited. Two cases are reported. " +
			"(1) An enabled EGRESS google_compute_firewall allows all traffic (protocol \"all\") or every " +
			"port of TCP, UDP or SCTP (no ports, or 0-65535) to 0.0.0.0/0 or ::/0; destination_ranges left " +
			"out means every destination. Such a rule is not reported when a deny-all egress rule of the " +
			"same network, without target tags or service accounts, takes precedence over it (a priority " +
			"number lower than or equal to its own). (2) A google_compute_network declared in the scanned " +
			"code has no enabled EGRESS firewall rule denying all traffic (protocol \"all\", or TCP/UDP " +
			"without ports) to every destination, for all or some of its VMs: every VPC network has an " +
			"implied allow-egress rule to 0.0.0.0/0 at priority 65535 that cannot be deleted, only " +
			"overridden by such a deny rule (allow rules for the destinations the workloads need then take " +
			"lower priority numbers). Networks are matched to firewall rules by reference, name or self " +
			"link. A deny rule whose network is not known statically, or a firewall policy rule (network, " +
			"regional or hierarchical) in the same root that may deny egress, gives every network of the " +
			"root the benefit of the doubt; a network already reported through case (1) is not reported " +
			"again. Networks declared elsewhere (\"default\", a shared VPC host project) are not judged " +
			"by case (2), and values not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Add an egress deny-all rule at a low priority and allow only the destinations and ports the workloads need (Google APIs through Private Google Access, package mirrors, partners)."},
		Checklist:   []string{"NET-5"},
		SOC2:        []string{"CC6.6"},
		Provider:    "gcp",
		Links: []string{
			"https://cloud.google.com/firewall/docs/firewalls#default_firewall_rules",
			"https://cloud.google.com/firewall/docs/using-firewalls",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall",
		},
		Precision: "medium",
		Check:     checkPackUnrestrictedEgress,
	}
}

// packEgressRule is an enabled firewall rule that matters for egress.
type packEgressRule struct {
	fw *parser.Resource
	// networks are the declared networks it applies to; names are the
	// last segments of a known network name or self link; anyNet is set
	// when the network is not known statically.
	networks []*parser.Resource
	name     string
	anyNet   bool
	// priority is the rule's priority (1000 when unset); known is false
	// when it is not known statically.
	priority int64
	known    bool
	// targeted is set when the rule may apply to some instances only.
	targeted bool
	// what describes the traffic an allow rule allows.
	what string
}

func packNewEgressRule(p *engine.Pass, fw *parser.Resource, networks []*parser.Resource) packEgressRule {
	r := packEgressRule{fw: fw, priority: 1000, known: true}
	r.networks = packFirewallNetworks(fw, networks, p)
	if s, ok := fw.Body.Get("network").AsString(); ok {
		r.name = s[strings.LastIndex(s, "/")+1:]
	} else if r.networks == nil {
		r.anyNet = true
	}
	if pr := fw.Body.Get("priority"); !pr.IsNull() {
		r.priority, r.known = pr.AsInt()
	}
	for _, t := range []string{"target_tags", "target_service_accounts"} {
		if v := fw.Body.Get(t); !v.IsNull() && !(v.Kind == parser.List && len(v.Elems) == 0) {
			r.targeted = true
		}
	}
	return r
}

// sameNetwork reports whether two rules may apply to the same network.
func (r packEgressRule) sameNetwork(o packEgressRule) bool {
	if r.anyNet || o.anyNet || r.name != "" && r.name == o.name {
		return true
	}
	for _, n := range r.networks {
		if packContains(o.networks, n) {
			return true
		}
	}
	return false
}

// shadows reports whether deny rule r takes precedence over allow rule a
// for every instance a applies to.
func (r packEgressRule) shadows(a packEgressRule) bool {
	if r.targeted || !r.sameNetwork(a) {
		return false
	}
	return !r.known || !a.known || r.priority <= a.priority
}

func checkPackUnrestrictedEgress(p *engine.Pass) {
	networks := p.ResourcesOfType("google_compute_network")
	var allows, denies []packEgressRule
	doubtRoot := map[string]bool{} // roots where every network gets the benefit of the doubt
	for _, fw := range p.ResourcesOfType("google_compute_firewall") {
		b := fw.Body
		if !p.BodyKnown(fw) {
			doubtRoot[fw.Root] = true
			continue
		}
		dir, dis := b.Get("direction"), b.Get("disabled")
		if dis.IsTrue() || dir.IsNull() || netexposure.StringIs(dir, "INGRESS") {
			continue
		}
		// A deny rule that may override the implied allow-egress rule.
		if packDestMaybeWorld(b.Get("destination_ranges")) && packAllTraffic(b.Get("deny"), true) != "" {
			r := packNewEgressRule(p, fw, networks)
			if r.anyNet {
				doubtRoot[fw.Root] = true
			}
			denies = append(denies, r)
		}
		// An egress allow rule for every protocol to the internet.
		if what := packAllTraffic(b.Get("allow"), false); what != "" && netexposure.StringIs(dir, "EGRESS") && !(dis.Truth(false) != parser.False) {
			if dests, all := packEgressWorld(b.Get("destination_ranges")); all || len(dests) > 0 {
				r := packNewEgressRule(p, fw, networks)
				r.what = what
				allows = append(allows, r)
			}
		}
	}
	for _, r := range p.ResourcesOfType("google_compute_network_firewall_policy_rule",
		"google_compute_region_network_firewall_policy_rule", "google_compute_firewall_policy_rule",
		"google_compute_network_firewall_policy_with_rules", "google_compute_region_network_firewall_policy_with_rules",
		"google_compute_firewall_policy_with_rules") {
		if packPolicyMayDenyEgress(r.Body) {
			doubtRoot[r.Root] = true
		}
		for _, rule := range r.Body.Get("rule").Items() {
			if packPolicyMayDenyEgress(rule) {
				doubtRoot[r.Root] = true
			}
		}
	}
	reported := map[*parser.Resource]bool{}
	for _, a := range allows {
		shadowed := false
		for _, d := range denies {
			if d.fw.Root == a.fw.Root && d.shadows(a) {
				shadowed = true
			}
		}
		if shadowed {
			continue
		}
		for _, n := range a.networks {
			reported[n] = true
		}
		dests, _ := packEgressWorld(a.fw.Body.Get("destination_ranges"))
		if len(dests) == 0 {
			p.Report(a.fw, nil, "%s allows egress on %s to every destination (destination_ranges not set)", a.fw.Address, a.what)
		}
		for _, d := range dests {
			p.Report(a.fw, d, "%s allows egress on %s to %s", a.fw.Address, a.what, d.Str)
		}
	}
	restricted := map[*parser.Resource]bool{}
	for _, d := range denies {
		for _, n := range d.networks {
			restricted[n] = true
		}
	}
	for _, n := range networks {
		if restricted[n] || reported[n] || doubtRoot[n.Root] || !p.BodyKnown(n) {
			continue
		}
		p.Report(n, nil, "%s has no egress deny-all firewall rule: the implied allow-egress rule lets its VMs reach any address on the internet", n.Address)
	}
}

// packEgressWorld returns the destination ranges that match every address,
// and whether the rule applies to every destination because it sets none.
func packEgressWorld(dr *parser.Value) (world []*parser.Value, all bool) {
	if dr.IsNull() || dr.Kind == parser.List && len(dr.Elems) == 0 {
		return nil, true
	}
	for _, d := range dr.Items() {
		if netexposure.IsWorldCIDR(d) {
			world = append(world, d)
		}
	}
	return world, false
}

// packDestMaybeWorld reports whether destination ranges may include every
// address: unset, unknown, or with a world or unknown range.
func packDestMaybeWorld(dr *parser.Value) bool {
	if parser.Set(dr) != parser.Yes {
		return true
	}
	for _, d := range dr.Items() {
		if setting.Unknown(d) != nil || netexposure.IsWorldCIDR(d) {
			return true
		}
	}
	return false
}

// packAllTraffic describes what allow or deny blocks cover when they
// cover every protocol ("all protocols") or every port of one ("all TCP
// ports"), and returns "" otherwise. When maybe is set, unknown blocks,
// protocols and ports count too ("possibly all traffic").
func packAllTraffic(blocks *parser.Value, maybe bool) string {
	const possibly = "possibly all traffic"
	if setting.Unknown(blocks) != nil {
		if maybe {
			return possibly
		}
		return ""
	}
	var found string
	for _, a := range blocks.Items() {
		proto := a.Get("protocol")
		if proto.IsAnyOf("all") {
			return "all protocols"
		}
		if maybe && setting.Unknown(proto) != nil {
			return possibly
		}
		if !proto.IsAnyOf("tcp", "udp", "sctp", "6", "17", "132") || found != "" {
			continue
		}
		name := map[string]string{"6": "TCP", "17": "UDP", "132": "SCTP"}[proto.Str]
		if name == "" {
			name = strings.ToUpper(proto.Str)
		}
		ports := a.Get("ports")
		if ports.IsNull() || ports.Kind == parser.List && len(ports.Elems) == 0 {
			found = "all " + name + " ports"
			continue
		}
		if maybe && setting.Unknown(ports) != nil {
			found = possibly
			continue
		}
		for _, spec := range ports.Items() {
			if _, all := netexposure.SpecHits(spec); all {
				found = "all " + name + " ports"
			} else if maybe && setting.Unknown(spec) != nil {
				found = possibly
			}
		}
	}
	return found
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

// packPolicyMayDenyEgress reports whether a firewall policy rule may deny
// egress traffic.
func packPolicyMayDenyEgress(rule *parser.Value) bool {
	dir, action := rule.Get("direction"), rule.Get("action")
	if dir == nil || action == nil {
		return false
	}
	return setting.MayBe(dir, "EGRESS") && setting.MayBe(action, "deny")
}
