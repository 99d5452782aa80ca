package engine

import (
	"reflect"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestHasPrefixLower compares hasPrefixLower with what typeSet.has did
// before: strings.HasPrefix(strings.ToLower(t), p).
func TestHasPrefixLower(t *testing.T) {
	names := []string{"", "a", "A", "Custom::Thing", "custom::", "CUSTOM::X", "Custo", "AWS::S3::Bucket",
		"aws_s3_bucket", "\u212aey", "key", "KEY::x", "Ça::Va", "ça::va", "\xff\xfeab", "ab\xff", "İstanbul",
		"istanbul", "MyOrg::Service::Thing", "myorg::", "x\u0130y", "Äb"}
	prefixes := []string{"", "custom::", "aws::", "key", "k", "ça", "i̇", "myorg::service", "ab", "ä"}
	for _, n := range names {
		for _, p := range prefixes {
			p = strings.ToLower(p)
			want := strings.HasPrefix(strings.ToLower(n), p)
			if got := hasPrefixLower(n, p); got != want {
				t.Errorf("hasPrefixLower(%q, %q) = %v, want %v", n, p, got, want)
			}
		}
	}
}

// TestTypeSetHas checks has with few and many exact names, prefixes and
// CloudFormation, and readable against has.
func TestTypeSetHas(t *testing.T) {
	var many []string
	for i := 0; i < 20; i++ {
		many = append(many, "t"+strings.Repeat("x", i))
	}
	sets := [][]string{{"a", "b"}, many, {"a", "Custom::*"}, {ReadsCloudFormation, "aws_vpc"}, {ReadsAll}, {}}
	asks := append([]string{"a", "b", "c", "custom::x", "CUSTOM::Y", "AWS::EC2::VPC", "aws_vpc", "t", "txxxxxxxxxxxxxxxxxxx", "txxxxxxxxxxxxxxxxxxxx"}, many...)
	for _, types := range sets {
		s := (&Rule{Reads: types}).declared()
		for round := 0; round < 2; round++ {
			for _, a := range asks {
				want := false
				for _, x := range types {
					switch {
					case x == ReadsAll:
						want = true
					case x == ReadsCloudFormation:
						want = want || strings.Contains(a, "::")
					case strings.HasSuffix(x, "*"):
						want = want || strings.HasPrefix(strings.ToLower(a), strings.ToLower(strings.TrimSuffix(x, "*")))
					default:
						want = want || x == a
					}
				}
				if got := s.has(a); got != want {
					t.Errorf("%v has %q = %v, want %v", types, a, got, want)
				}
				if got := s.readable(a); got != want {
					t.Errorf("%v readable %q = %v, want %v (round %d)", types, a, got, want, round)
				}
			}
		}
	}
}

// TestOfTypeFilter checks that the graph's type bits never hide a type it
// holds: OfType and DataSourcesOfType return what byType holds for every
// type of many graphs.
func TestOfTypeFilter(t *testing.T) {
	var types []string
	for _, p := range []string{"aws_", "azurerm_", "google_", "AWS::EC2::", "Custom::"} {
		for _, s := range []string{"a", "vpc", "s3_bucket", "s3_bucket_policy", "Instance", "security_group_rule", "kms_key", "x_y_z_w"} {
			types = append(types, p+s)
		}
	}
	for n := 1; n <= len(types); n += 7 {
		var rs []*parser.Resource
		for i, ty := range types[:n] {
			rs = append(rs, &parser.Resource{Type: ty, Address: ty + ".r", Data: i%5 == 4, Range: parser.Range{File: "f", Start: parser.Pos{Byte: int32(i)}}})
		}
		g := NewGraph(rs)
		p := &Pass{graph: g}
		for _, ty := range types {
			var want, wantData int
			for _, r := range g.byType[ty] {
				if r.Data {
					wantData++
				} else {
					want++
				}
			}
			if got := len(g.OfType(ty)); got != want {
				t.Errorf("%d types: OfType(%q) = %d, want %d", n, ty, got, want)
			}
			if got := len(g.OfType(ty, "aws_a")); got < want {
				t.Errorf("%d types: OfType(%q, aws_a) = %d, want at least %d", n, ty, got, want)
			}
			if got := len(p.DataSourcesOfType(ty)); got != wantData {
				t.Errorf("%d types: DataSourcesOfType(%q) = %d, want %d", n, ty, got, wantData)
			}
		}
	}
}

// TestPassMethodsClassified lists the exported methods of Pass as they
// are known to absent.go: those that read the graph other than by the
// types a rule asks for set Pass.broad, which stops a rule from being
// counted without running on roots without its types. A new method must
// be classified here (and set broad when it reads more than that).
func TestPassMethodsClassified(t *testing.T) {
	typeKeyed := []string{"DataSourcesOfType", "KnownManaged", "KnownResources", "NotConfigured", "OfType", "ResourcesOfType", "Settings"}
	broad := []string{"All", "BodyKnown", "CannotTell", "EdgesFrom", "EdgesTo", "InRoot", "Judge", "Providers", "ProvidersUsed",
		"Referenced", "ReferencedUnder", "Referrers", "Report", "ReportMissing", "Roots", "RootsDeploying", "Unresolved"}
	known := map[string]bool{}
	for _, m := range append(typeKeyed, broad...) {
		known[m] = true
	}
	ty := reflect.TypeOf(&Pass{})
	for i := 0; i < ty.NumMethod(); i++ {
		if name := ty.Method(i).Name; !known[name] {
			t.Errorf("Pass.%s is not classified for absent.go: list it in this test, and make it set p.broad if it reads the graph other than by the types asked for", name)
		}
	}
	// The broad ones set it (those that need a resource are given one of
	// an empty graph's kind: none exists, so a nil one where allowed).
	g := NewGraph(nil)
	for _, call := range []func(p *Pass){
		func(p *Pass) { p.Roots() },
		func(p *Pass) { p.RootsDeploying(func(*parser.Resource) bool { return true }) },
		func(p *Pass) { p.All() },
		func(p *Pass) { p.ProvidersUsed("google_", "google") },
	} {
		p := &Pass{graph: g, Rule: &Rule{ID: "T"}}
		call(p)
		if !p.broad {
			t.Errorf("a broad read left Pass.broad unset")
		}
	}
}
