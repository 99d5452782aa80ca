package aws

import (
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// sensitivePorts are administration and data store ports that must never
// be open to the whole internet, with the service each one usually runs.
var sensitivePorts = map[int64]string{
	20: "FTP data", 21: "FTP", 22: "SSH", 23: "Telnet", 135: "MS RPC", 139: "NetBIOS",
	445: "SMB", 1433: "SQL Server", 1434: "SQL Server browser", 1521: "Oracle",
	2375: "Docker API", 2376: "Docker API (TLS)", 3306: "MySQL", 3389: "RDP",
	5432: "PostgreSQL", 5601: "Kibana", 5900: "VNC", 5984: "CouchDB", 6379: "Redis",
	9042: "Cassandra", 9200: "Elasticsearch", 9300: "Elasticsearch transport",
	11211: "Memcached", 27017: "MongoDB", 27018: "MongoDB",
}

// sortedSensitivePorts is sensitivePorts' keys in ascending order.
var sortedSensitivePorts = slices.Sorted(maps.Keys(sensitivePorts))

// ingressRule is one ingress permission, whichever format it came from.
type ingressRule struct {
	protocol *parser.Value
	from, to *parser.Value
	cidrs    []*parser.Value // IPv4 and IPv6 sources
}

// isWorldCIDR reports whether v is known to be a CIDR that matches every
// address: 0.0.0.0/0, ::/0 and their spellings.
func isWorldCIDR(v *parser.Value) bool {
	s, ok := v.AsString()
	if !ok || v.Kind != parser.String {
		return false
	}
	p, err := netip.ParsePrefix(strings.TrimSpace(s))
	return err == nil && p.Bits() == 0
}

// exposedPorts returns a description of the sensitive ports a rule opens,
// or "" when it opens none or cannot be known to.
func (r ingressRule) exposedPorts() string {
	proto, ok := r.protocol.AsString()
	if !ok {
		return ""
	}
	switch strings.ToLower(proto) {
	case "-1", "all":
		return "all ports"
	case "tcp", "udp", "6", "17":
	default:
		// ICMP and other protocols carry no ports.
		return ""
	}
	from, ok1 := r.from.AsInt()
	to, ok2 := r.to.AsInt()
	if !ok1 || !ok2 {
		return ""
	}
	if from == -1 && to == -1 || from <= 0 && to >= 65535 {
		return "all ports"
	}
	var hits []string
	for _, p := range sortedSensitivePorts {
		if p >= from && p <= to {
			hits = append(hits, fmt.Sprintf("%d (%s)", p, sensitivePorts[p]))
		}
	}
	switch {
	case len(hits) == 0:
		return ""
	case len(hits) == 1:
		return "port " + hits[0]
	case len(hits) > 4:
		return fmt.Sprintf("ports %d-%d, including %s and %d more", from, to, strings.Join(hits[:3], ", "), len(hits)-3)
	}
	return "ports " + strings.Join(hits, ", ")
}
