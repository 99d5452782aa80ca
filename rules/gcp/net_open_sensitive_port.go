package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func checkNetOpenSensitivePort(p *engine.Pass) {
	for _, fw := range p.ResourcesOfType("google_compute_firewall") {
		b := fw.Body
		if dir := b.Get("direction"); !dir.IsNull() && !netexposure.StringIs(dir, "INGRESS") {
			continue
		}
		if dis := b.Get("disabled"); !dis.IsNull() {
			if off, ok := dis.AsBool(); !ok || off {
				continue
			}
		}
		ports := netFirewallPorts(b.Get("allow"))
		if ports == "" {
			continue
		}
		// An ingress rule that names no source at all applies to every
		// address: Google Cloud uses 0.0.0.0/0 as its source range.
		if noSource(b.Get("source_ranges")) && noSource(b.Get("source_tags")) && noSource(b.Get("source_service_accounts")) {
			p.Report(fw, nil, "%s allows ingress to %s from any address: it names no source_ranges, source_tags or source_service_accounts, so Google Cloud applies it to 0.0.0.0/0", fw.Address, ports)
			continue
		}
		for _, r := range b.Get("source_ranges").Items() {
			if netexposure.IsWorldCIDR(r) {
				p.Report(fw, r, "%s allows ingress from %s to %s", fw.Address, r.Str, ports)
			}
		}
	}
}

// netFirewallPorts describes the sensitive ports the allow blocks of a
// firewall open, or returns "" when they open none that are known.
func netFirewallPorts(allow *parser.Value) string {
	var hits []int
	for _, a := range allow.Items() {
		proto := a.Get("protocol")
		switch {
		case netexposure.StringIs(proto, "all"):
			return netexposure.AllPorts
		case netexposure.StringIs(proto, "tcp", "udp", "sctp", "6", "17", "132"):
		default:
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
			blockHits = append(blockHits, hs...)
		}
		if netexposure.StringIs(proto, "udp", "17") {
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
