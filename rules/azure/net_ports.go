package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// netPortHits returns the sensitive ports an NSG port specification
// covers: "*", "22" or "20-25". all is true when it covers every port.
// Unknown or malformed specifications cover nothing.
func netPortHits(v *parser.Value) (hits []int, all bool) {
	if s, ok := v.AsString(); ok && strings.TrimSpace(s) == "*" {
		return nil, true
	}
	return netexposure.SpecHits(v)
}

// netDescribePorts describes the sensitive ports a list of specifications
// opens, or returns "" when it opens none; udp limits them to the services
// that listen on UDP, for a rule whose protocol is Udp.
func netDescribePorts(specs []*parser.Value, udp bool) string {
	var hits []int
	for _, spec := range specs {
		hs, all := netPortHits(spec)
		if all {
			return netexposure.AllPorts
		}
		hits = append(hits, hs...)
	}
	if udp {
		hits = netexposure.UDPHits(hits)
	}
	return netexposure.DescribeHits(hits)
}

// netIsInternetSource reports whether v is known to name every internet
// address as an NSG source: the service tags and wildcard "*", "Internet"
// and "Any", a /0 prefix, and the spellings "0.0.0.0" and "/0" that the
// CIS Microsoft Azure Foundations Benchmark's audit of RDP and SSH access
// from the internet lists beside them.
func netIsInternetSource(v *parser.Value) bool {
	if v == nil || v.Kind != parser.String {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(v.Str)) {
	case "*", "internet", "any", "0.0.0.0", "/0":
		return true
	}
	return netexposure.IsWorldCIDR(v)
}

// netStrings returns the elements of a string attribute and a list
// attribute together (source_address_prefix and source_address_prefixes).
func netStrings(one, many *parser.Value) []*parser.Value {
	var out []*parser.Value
	if one != nil && one.Kind != parser.List {
		out = append(out, one)
	}
	if many != nil && many.Kind == parser.String {
		return append(out, many)
	}
	return append(out, many.Items()...)
}
