package gcp

import (
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// netSensitivePorts are administration and data store ports that must never
// be open to the whole internet, with the service each one usually runs.
var netSensitivePorts = map[int]string{
	20: "FTP data", 21: "FTP", 22: "SSH", 23: "Telnet", 135: "MS RPC", 139: "NetBIOS",
	445: "SMB", 1433: "SQL Server", 1434: "SQL Server browser", 1521: "Oracle",
	2375: "Docker API", 2376: "Docker API (TLS)", 3306: "MySQL", 3389: "RDP",
	5432: "PostgreSQL", 5601: "Kibana", 5900: "VNC", 5984: "CouchDB", 5985: "WinRM",
	5986: "WinRM (TLS)", 6379: "Redis", 9042: "Cassandra", 9200: "Elasticsearch",
	9300: "Elasticsearch transport", 11211: "Memcached", 27017: "MongoDB", 27018: "MongoDB",
}

var netSortedSensitivePorts = slices.Sorted(maps.Keys(netSensitivePorts))

// netPortHits returns the sensitive ports a firewall port specification
// covers: "22" or "20-25". Unknown or malformed specifications cover
// nothing; all is true when the specification covers every port.
func netPortHits(v *parser.Value) (hits []int, all bool) {
	s, ok := v.AsString()
	if !ok {
		return nil, false
	}
	lo, hi, found := strings.Cut(strings.TrimSpace(s), "-")
	from, err1 := strconv.Atoi(strings.TrimSpace(lo))
	to := from
	var err2 error
	if found {
		to, err2 = strconv.Atoi(strings.TrimSpace(hi))
	}
	if err1 != nil || err2 != nil || from > to {
		return nil, false
	}
	if from <= 0 && to >= 65535 {
		return nil, true
	}
	for _, p := range netSortedSensitivePorts {
		if p >= from && p <= to {
			hits = append(hits, p)
		}
	}
	return hits, false
}

// netDescribeHits names the sensitive ports found, or "" when there are none.
func netDescribeHits(hits []int) string {
	slices.Sort(hits)
	hits = slices.Compact(hits)
	var names []string
	for _, h := range hits {
		names = append(names, fmt.Sprintf("%d (%s)", h, netSensitivePorts[h]))
	}
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return "port " + names[0]
	case len(names) > 4:
		return fmt.Sprintf("ports %s and %d more", strings.Join(names[:3], ", "), len(names)-3)
	}
	return "ports " + strings.Join(names, ", ")
}

// netIsWorldRange reports whether v is known to be a range that matches
// every address: 0.0.0.0/0, ::/0 and their spellings.
func netIsWorldRange(v *parser.Value) bool {
	if v == nil || v.Kind != parser.String {
		return false
	}
	p, err := netip.ParsePrefix(strings.TrimSpace(v.Str))
	return err == nil && p.Bits() == 0
}

// netStringIs reports whether v is known and equal to one of want, ignoring
// case.
func netStringIs(v *parser.Value, want ...string) bool {
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
