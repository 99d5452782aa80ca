// Package netexposure holds what the network rules of every provider share
// to judge whether a firewall rule exposes a service to the internet: the
// table of sensitive ports, port ranges and the description of the
// sensitive ports they cover, and the address ranges that mean the whole
// internet. Protocol names, "any port" spellings and source keywords differ
// between providers and stay in the provider packages.
package netexposure

import (
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// SensitivePorts are administration and data store ports that must never
// be open to the whole internet, with the service each one usually runs.
var SensitivePorts = map[int]string{
	20: "FTP data", 21: "FTP", 22: "SSH", 23: "Telnet", 135: "MS RPC", 139: "NetBIOS",
	161: "SNMP", 389: "LDAP", 445: "SMB", 636: "LDAPS", 1433: "SQL Server", 1434: "SQL Server browser", 1521: "Oracle",
	2375: "Docker API", 2376: "Docker API (TLS)", 2379: "etcd", 2380: "etcd peer", 3306: "MySQL", 3389: "RDP",
	4505: "Salt master", 4506: "Salt master", 5432: "PostgreSQL", 5439: "Redshift", 5601: "Kibana", 5900: "VNC",
	5984: "CouchDB", 5985: "WinRM", 5986: "WinRM (TLS)", 6379: "Redis", 6443: "Kubernetes API", 9042: "Cassandra",
	9200: "Elasticsearch", 9300: "Elasticsearch transport", 10250: "kubelet API", 10255: "kubelet read-only API",
	11211: "Memcached", 27017: "MongoDB", 27018: "MongoDB",
}

// udpServices are the SensitivePorts whose service also listens on UDP
// (MS RPC, SNMP, connectionless LDAP, SQL Server browser, RDP's UDP
// transport, Memcached); the others are TCP services, which a UDP-only rule
// does not expose.
var udpServices = map[int]bool{135: true, 161: true, 389: true, 1434: true, 3389: true, 11211: true}

// UDPHits keeps the hits a UDP-only rule exposes.
func UDPHits(hits []int) []int {
	var out []int
	for _, h := range hits {
		if udpServices[h] {
			out = append(out, h)
		}
	}
	return out
}

// sortedPorts is SensitivePorts' keys in ascending order.
var sortedPorts = slices.Sorted(maps.Keys(SensitivePorts))

// AllPorts is how a description names a range that covers every port.
const AllPorts = "all ports"

// RangeHits returns the sensitive ports in [from, to], in ascending order.
// all is true when the range covers every port (from 0 or below to 65535
// or above); hits is then nil.
func RangeHits(from, to int64) (hits []int, all bool) {
	if from <= 0 && to >= 65535 {
		return nil, true
	}
	for _, p := range sortedPorts {
		if int64(p) >= from && int64(p) <= to {
			hits = append(hits, p)
		}
	}
	return hits, false
}

// ParseRange reads a port or a port range written as text: "22" or
// "20-25". ok is false for anything else, and for a range whose start is
// above its end.
func ParseRange(s string) (from, to int64, ok bool) {
	lo, hi, found := strings.Cut(strings.TrimSpace(s), "-")
	from, err := strconv.ParseInt(strings.TrimSpace(lo), 10, 64)
	if err != nil {
		return 0, 0, false
	}
	to = from
	if found {
		if to, err = strconv.ParseInt(strings.TrimSpace(hi), 10, 64); err != nil {
			return 0, 0, false
		}
	}
	return from, to, from <= to
}

// SpecHits returns the sensitive ports a known port specification ("22" or
// "20-25") covers, and whether it covers every port. Unknown or malformed
// specifications cover nothing.
func SpecHits(v *parser.Value) (hits []int, all bool) {
	s, ok := v.AsString()
	if !ok {
		return nil, false
	}
	from, to, ok := ParseRange(s)
	if !ok {
		return nil, false
	}
	return RangeHits(from, to)
}

// DescribeRange describes the sensitive ports the range [from, to] opens:
// "all ports", "port 22 (SSH)", "ports 22 (SSH), 23 (Telnet)", or, beyond
// four, "ports 20-3389, including 20 (FTP data), 21 (FTP), 22 (SSH) and 9
// more". It returns "" when the range opens none.
func DescribeRange(from, to int64) string {
	hits, all := RangeHits(from, to)
	if all {
		return AllPorts
	}
	return describe(hits, fmt.Sprintf("%d-%d, including ", from, to))
}

// DescribeHits describes a set of sensitive ports gathered from several
// specifications (duplicates allowed): "port 22 (SSH)", "ports 22 (SSH),
// 3389 (RDP)", or, beyond four, "ports 20 (FTP data), 21 (FTP), 22 (SSH)
// and 9 more". It returns "" when there are none.
func DescribeHits(hits []int) string {
	hits = slices.Compact(slices.Sorted(slices.Values(hits)))
	return describe(hits, "")
}

// describe names sorted, distinct hits; a long list is cut after three
// names and introduced by longPrefix.
func describe(hits []int, longPrefix string) string {
	names := make([]string, len(hits))
	for i, h := range hits {
		names[i] = fmt.Sprintf("%d (%s)", h, SensitivePorts[h])
	}
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return "port " + names[0]
	case len(names) > 4:
		return fmt.Sprintf("ports %s%s and %d more", longPrefix, strings.Join(names[:3], ", "), len(names)-3)
	}
	return "ports " + strings.Join(names, ", ")
}

// IsWorldCIDR reports whether v is known to be an address range that
// matches every address: 0.0.0.0/0, ::/0 and their spellings.
func IsWorldCIDR(v *parser.Value) bool {
	if v == nil || v.Kind != parser.String {
		return false
	}
	p, err := netip.ParsePrefix(strings.TrimSpace(v.Str))
	return err == nil && p.Bits() == 0
}

// internetWide is the number of globally routable IPv4 addresses from
// which a range counts as the internet: a /12's worth, the order of the
// largest blocks a Regional Internet Registry allocates to one network. A
// range that wide is not an office, a partner or a cloud region; it is a
// large share of every host on the internet (0.0.0.0/1, or a private range
// mistyped one bit short: 10.0.0.0/7 also holds 11.0.0.0/8).
const internetWide = 1 << 20

// nonPublicV4 are the IPv4 special-purpose ranges that are not routed on
// the internet (RFC 6890): this network, private, shared (carrier-grade
// NAT), loopback, link-local, documentation, benchmarking, multicast and
// reserved. They do not overlap.
var nonPublicV4 = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"), netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), netip.MustParsePrefix("127.0.0.0/8"),
	netip.MustParsePrefix("169.254.0.0/16"), netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.0.0.0/24"), netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("192.88.99.0/24"), netip.MustParsePrefix("192.168.0.0/16"),
	netip.MustParsePrefix("198.18.0.0/15"), netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"), netip.MustParsePrefix("224.0.0.0/3"),
}

// globalUnicastV6 is the IPv6 space routed on the internet (2000::/3).
var globalUnicastV6 = netip.MustParsePrefix("2000::/3")

// IsInternetCIDR reports whether v is known to be an address range that
// admits the internet: every address (IsWorldCIDR), an IPv4 range that
// holds at least a /12's worth of globally routable addresses once the
// private and other special-purpose ranges in it are set aside, or an IPv6
// range of /12 or wider that reaches into the global unicast space.
func IsInternetCIDR(v *parser.Value) bool {
	if IsWorldCIDR(v) {
		return true
	}
	if v == nil || v.Kind != parser.String {
		return false
	}
	p, err := netip.ParsePrefix(strings.TrimSpace(v.Str))
	if err != nil {
		return false
	}
	p = p.Masked()
	if p.Addr().Is6() && !p.Addr().Is4In6() {
		return p.Bits() <= 12 && p.Overlaps(globalUnicastV6)
	}
	if !p.Addr().Is4() || p.Bits() > 12 {
		return false
	}
	public := uint64(1) << (32 - p.Bits())
	for _, n := range nonPublicV4 {
		switch {
		case p.Bits() <= n.Bits() && p.Contains(n.Addr()):
			public -= uint64(1) << (32 - n.Bits())
		case n.Bits() < p.Bits() && n.Contains(p.Addr()):
			return false
		}
	}
	return public >= internetWide
}

// StringIs reports whether v is known and equal to one of want, ignoring
// case and surrounding space: how the network rules compare the keywords
// of a rule (protocols, directions, access).
func StringIs(v *parser.Value, want ...string) bool {
	s, ok := v.AsString()
	if !ok {
		return false
	}
	for _, w := range want {
		if strings.EqualFold(strings.TrimSpace(s), w) {
			return true
		}
	}
	return false
}
