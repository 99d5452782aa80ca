package netexposure

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func str(s string) *parser.Value { return &parser.Value{Kind: parser.String, Str: s} }

func TestDescribeRange(t *testing.T) {
	for _, c := range []struct {
		from, to int64
		want     string
	}{
		{22, 22, "port 22 (SSH)"},
		{443, 443, ""},
		{0, 65535, "all ports"},
		{-5, 70000, "all ports"},
		{3306, 3389, "ports 3306 (MySQL), 3389 (RDP)"},
		{5000, 6000, "ports 5000-6000, including 5432 (PostgreSQL), 5439 (Redshift), 5601 (Kibana) and 4 more"},
		{30, 20, ""},
	} {
		if got := DescribeRange(c.from, c.to); got != c.want {
			t.Errorf("DescribeRange(%d, %d) = %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

func TestDescribeHits(t *testing.T) {
	for _, c := range []struct {
		hits []int
		want string
	}{
		{nil, ""},
		{[]int{3389, 22, 22}, "ports 22 (SSH), 3389 (RDP)"},
		{[]int{5986, 20, 21, 22, 23}, "ports 20 (FTP data), 21 (FTP), 22 (SSH) and 2 more"},
	} {
		if got := DescribeHits(c.hits); got != c.want {
			t.Errorf("DescribeHits(%v) = %q, want %q", c.hits, got, c.want)
		}
	}
}

func TestSpecHits(t *testing.T) {
	for _, c := range []struct {
		spec string
		hits int
		all  bool
	}{
		{"22", 1, false},
		{" 20 - 23 ", 4, false},
		{"0-65535", 0, true},
		{"25-20", 0, false},
		{"*", 0, false}, // the NSG wildcard is Azure's to read
		{"22-", 0, false},
		{"ssh", 0, false},
	} {
		hits, all := SpecHits(str(c.spec))
		if len(hits) != c.hits || all != c.all {
			t.Errorf("SpecHits(%q) = %v, %v; want %d hits, all %v", c.spec, hits, all, c.hits, c.all)
		}
	}
	if hits, all := SpecHits(&parser.Value{Kind: parser.Unknown}); hits != nil || all {
		t.Errorf("an unknown specification covers nothing, got %v, %v", hits, all)
	}
}

func TestIsWorldCIDR(t *testing.T) {
	for s, want := range map[string]bool{
		"0.0.0.0/0": true, "::/0": true, " 0.0.0.0/0 ": true, "10.0.0.0/8": false,
		"*": false, "Internet": false, "0.0.0.0": false,
	} {
		if got := IsWorldCIDR(str(s)); got != want {
			t.Errorf("IsWorldCIDR(%q) = %v, want %v", s, got, want)
		}
	}
	if IsWorldCIDR(nil) || IsWorldCIDR(&parser.Value{Kind: parser.Unknown}) {
		t.Error("absent and unknown values are not the whole internet")
	}
}

func TestIsInternetCIDR(t *testing.T) {
	for _, c := range []struct {
		cidr string
		want bool
	}{
		{"0.0.0.0/0", true}, {"127.0.0.0/0", true}, {"::/0", true},
		{"0.0.0.0/1", true}, {"128.0.0.0/1", true},
		{"127.0.0.0/2", true},     // 64.0.0.0-127.255.255.255
		{"126.0.0.0/7", true},     // 126/8 is public
		{"10.0.0.0/7", true},      // 11/8 is public
		{"10.99.99.99/7", true},   // host bits set: the same range
		{"172.16.0.0/11", true},   // 172.0.0.0/12 is public: 2^20 addresses
		{"172.15.0.0/12", true},   // 172.0.0.0-172.15.255.255, all public
		{"100.64.0.0/9", true},    // 100.0.0.0/10 is public
		{"192.168.0.0/15", false}, // 192.169.0.0/16: 65,536 public addresses
		{"169.254.0.0/15", false},
		{"10.0.0.0/8", false}, {"172.16.0.0/12", false}, {"100.64.0.0/10", false},
		{"224.0.0.0/3", false}, // multicast and reserved
		{"52.0.0.0/14", false}, {"1.2.3.4/32", false}, {"203.0.113.0/24", false},
		{"2000::/3", true}, {"2600::/12", true}, {"2600::/16", false}, {"fc00::/7", false},
		{"not a cidr", false}, {"", false},
	} {
		if got := IsInternetCIDR(str(c.cidr)); got != c.want {
			t.Errorf("IsInternetCIDR(%q) = %v, want %v", c.cidr, got, c.want)
		}
	}
	if IsInternetCIDR(&parser.Value{Kind: parser.Unknown}) || IsInternetCIDR(nil) {
		t.Error("an unknown or missing value is not known to be the internet")
	}
}

func TestStringIs(t *testing.T) {
	if !StringIs(str(" Inbound "), "inbound") || StringIs(str("Outbound"), "Inbound") || StringIs(nil, "x") {
		t.Error("StringIs compares known strings ignoring case and space")
	}
}
