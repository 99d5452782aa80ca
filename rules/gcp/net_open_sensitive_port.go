package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// netOpenSensitivePortReads are the types checkNetOpenSensitivePort reads (Rule.Reads).
var netOpenSensitivePortReads = []string{"google_compute_firewall", "google_compute_network"}

func checkNetOpenSensitivePort(p *engine.Pass) {
	denies := netIngressDenies(p)
	for _, fw := range p.ResourcesOfType("google_compute_firewall") {
		b := fw.Body
		state := netIngressState(b)
		if state.Answer == parser.No || netFirewallPorts(b.Get("allow"), nil) == "" {
			continue
		}
		report := func(at *parser.Value, format string, args ...any) {
			if state.Answer == parser.CannotTell {
				// It would be reported were it an enabled ingress rule.
				p.CannotTell(fw, state.At, state.Detail)
				return
			}
			p.Report(fw, at, format, args...)
		}
		// Deny rules of the same network that take precedence over this
		// one (a priority number as low or lower: at equal priority a
		// deny wins) close the ports they deny from the whole internet.
		v4, v6 := netDenyCovers(p, fw, denies)
		// An ingress rule that names no source at all applies to every
		// address: Google Cloud uses 0.0.0.0/0 as its source range.
		if noSource(b.Get("source_ranges")) && noSource(b.Get("source_tags")) && noSource(b.Get("source_service_accounts")) {
			if ports := netFirewallPorts(b.Get("allow"), v4); ports != "" {
				report(nil, "%s allows ingress to %s from any address: it names no source_ranges, source_tags or source_service_accounts, so Google Cloud applies it to 0.0.0.0/0", fw.Address, ports)
			}
			continue
		}
		for _, r := range b.Get("source_ranges").Items() {
			if !netexposure.IsInternetCIDR(r) {
				continue
			}
			cover := v4
			if strings.Contains(r.Str, ":") {
				cover = v6
			}
			if ports := netFirewallPorts(b.Get("allow"), cover); ports != "" {
				report(r, "%s allows ingress from %s to %s", fw.Address, r.Str, ports)
			}
		}
	}
}

// netEnabledIngress reports whether a firewall rule is known to be an
// enabled INGRESS rule (the direction defaults to INGRESS).
func netEnabledIngress(b *parser.Value) bool {
	return netIngressState(b).Answer == parser.Yes
}

// netIngressState judges whether a firewall rule is an enabled INGRESS
// rule: Yes when it is (the direction defaults to INGRESS, disabled to
// false), No when its direction or state is known otherwise, CannotTell
// when either is not known.
func netIngressState(b *parser.Value) parser.Verdict {
	dir := b.Get("direction")
	switch {
	case parser.Set(dir) == parser.CannotTell:
		return parser.Unknowable(dir, "direction")
	case !dir.IsNull() && !netexposure.StringIs(dir, "INGRESS"):
		return parser.Verdict{Answer: parser.No}
	}
	dis := b.Get("disabled")
	switch dis.Truth(false) {
	case parser.Maybe:
		return parser.Unknowable(dis, "disabled")
	case parser.True:
		return parser.Verdict{Answer: parser.No}
	}
	return parser.Verdict{Answer: parser.Yes}
}

// netIngressDeny is an enabled ingress deny rule from the whole internet
// (IPv4, IPv6 or both), with the traffic it denies.
type netIngressDeny struct {
	rule   packEgressRule
	v4, v6 bool
	cover  *netPortCover
}

// netIngressDenies returns the enabled INGRESS firewall rules that deny
// traffic from every address: their source ranges hold 0.0.0.0/0 or ::/0,
// or they name no source at all (0.0.0.0/0). Rules whose direction, state,
// sources or blocks are not known statically are left out: they close
// nothing.
func netIngressDenies(p *engine.Pass) []netIngressDeny {
	networks := p.ResourcesOfType("google_compute_network")
	var out []netIngressDeny
	for _, fw := range p.ResourcesOfType("google_compute_firewall") {
		b := fw.Body
		if b.Get("deny").IsNull() || !netEnabledIngress(b) {
			continue
		}
		d := netIngressDeny{cover: netDenied(b.Get("deny"))}
		if noSource(b.Get("source_ranges")) && noSource(b.Get("source_tags")) && noSource(b.Get("source_service_accounts")) {
			d.v4 = true
		}
		for _, r := range b.Get("source_ranges").Items() {
			if netexposure.IsWorldCIDR(r) {
				if strings.Contains(r.Str, ":") {
					d.v6 = true
				} else {
					d.v4 = true
				}
			}
		}
		if (d.v4 || d.v6) && !d.cover.empty() {
			d.rule = packNewEgressRule(p, fw, networks)
			out = append(out, d)
		}
	}
	return out
}

// netDenyCovers returns what the deny rules that surely take precedence
// over allow rule fw deny from the whole IPv4 and IPv6 internet.
func netDenyCovers(p *engine.Pass, fw *parser.Resource, denies []netIngressDeny) (v4, v6 *netPortCover) {
	if len(denies) == 0 {
		return nil, nil
	}
	a := packNewEgressRule(p, fw, p.ResourcesOfType("google_compute_network"))
	v4, v6 = &netPortCover{}, &netPortCover{}
	for _, d := range denies {
		if d.rule.fw == fw || d.rule.fw.Root != fw.Root || d.rule.shadows(a) != parser.Yes {
			continue
		}
		if d.v4 {
			v4.add(d.cover)
		}
		if d.v6 {
			v6.add(d.cover)
		}
	}
	return v4, v6
}

// netPortCover is the traffic deny blocks deny: every protocol, every
// port of a protocol, or port ranges of a protocol.
type netPortCover struct {
	all      bool
	allPorts map[string]bool
	ranges   map[string][][2]int64
}

// netProto names a port-carrying protocol by name ("tcp", "udp", "sctp"),
// numbers included, or returns "".
func netProto(v *parser.Value) string {
	switch {
	case netexposure.StringIs(v, "tcp", "6"):
		return "tcp"
	case netexposure.StringIs(v, "udp", "17"):
		return "udp"
	case netexposure.StringIs(v, "sctp", "132"):
		return "sctp"
	}
	return ""
}

// netDenied reads the traffic deny blocks deny; what is not known
// statically denies nothing.
func netDenied(deny *parser.Value) *netPortCover {
	c := &netPortCover{}
	for _, d := range deny.Items() {
		if netexposure.StringIs(d.Get("protocol"), "all") {
			c.all = true
			continue
		}
		proto := netProto(d.Get("protocol"))
		if proto == "" {
			continue
		}
		ports := d.Get("ports")
		if ports.IsNull() || ports.Kind == parser.List && len(ports.Elems) == 0 {
			c.addAll(proto)
			continue
		}
		for _, spec := range ports.Items() {
			if s, ok := spec.AsString(); ok {
				if from, to, ok := netexposure.ParseRange(s); ok {
					if c.ranges == nil {
						c.ranges = map[string][][2]int64{}
					}
					c.ranges[proto] = append(c.ranges[proto], [2]int64{from, to})
				}
			}
		}
	}
	return c
}

func (c *netPortCover) addAll(proto string) {
	if c.allPorts == nil {
		c.allPorts = map[string]bool{}
	}
	c.allPorts[proto] = true
}

// add merges what o denies into c.
func (c *netPortCover) add(o *netPortCover) {
	c.all = c.all || o.all
	for proto := range o.allPorts {
		c.addAll(proto)
	}
	for proto, rs := range o.ranges {
		if c.ranges == nil {
			c.ranges = map[string][][2]int64{}
		}
		c.ranges[proto] = append(c.ranges[proto], rs...)
	}
}

func (c *netPortCover) empty() bool {
	return c == nil || !c.all && len(c.allPorts) == 0 && len(c.ranges) == 0
}

// allOf reports whether every port of proto is denied.
func (c *netPortCover) allOf(proto string) bool {
	return c != nil && (c.all || c.allPorts[proto])
}

// denies reports whether port of proto is denied.
func (c *netPortCover) denies(proto string, port int) bool {
	if c.allOf(proto) {
		return true
	}
	if c == nil {
		return false
	}
	for _, r := range c.ranges[proto] {
		if int64(port) >= r[0] && int64(port) <= r[1] {
			return true
		}
	}
	return false
}

// netFirewallPorts describes the sensitive ports the allow blocks of a
// firewall open, less those that denied (nil: nothing) closes, or returns ""
// when they open none that are known.
func netFirewallPorts(allow *parser.Value, denied *netPortCover) string {
	var hits []int
	for _, a := range allow.Items() {
		proto := a.Get("protocol")
		if netexposure.StringIs(proto, "all") {
			if denied != nil && denied.all {
				continue
			}
			return netexposure.AllPorts
		}
		name := netProto(proto)
		if name == "" || denied.allOf(name) {
			// ICMP, ESP, AH and other protocols carry no ports; unknown
			// protocols are not judged.
			continue
		}
		ports := a.Get("ports")
		if ports.IsNull() || ports.Kind == parser.List && len(ports.Elems) == 0 {
			return netexposure.AllPorts
		}
		var blockHits []int
		for _, spec := range ports.Items() {
			hs, all := netexposure.SpecHits(spec)
			if all {
				return netexposure.AllPorts
			}
			for _, h := range hs {
				if !denied.denies(name, h) {
					blockHits = append(blockHits, h)
				}
			}
		}
		if name == "udp" {
			blockHits = netexposure.UDPHits(blockHits) // SSH, databases... listen on TCP
		}
		hits = append(hits, blockHits...)
	}
	return netexposure.DescribeHits(hits)
}

// noSource reports whether a firewall source list is known to be absent,
// null or empty; an unknown list may hold sources.
func noSource(v *parser.Value) bool {
	return v == nil || v.Kind == parser.Null || v.Kind == parser.List && len(v.Elems) == 0
}
