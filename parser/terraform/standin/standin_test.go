package standin

import "testing"

func TestAdmits(t *testing.T) {
	m := &Model{Source: "x/y/aws", Majors: []int{4, 5}, Latest: 6}
	for constraint, want := range map[string]bool{
		"":               false, // the latest release, v6
		"~> 5.0":         true,
		"~> 5":           true,
		"~> 4.1.2":       true,
		"5.1.2":          true,
		"= 4.17.2":       true,
		"v5.0.0":         true,
		">= 4.0, < 6.0":  true,
		">= 4.2, <= 5.9": true,
		"~> 6.0":         false,
		"~> 3.0":         false,
		">= 3.0":         false, // admits v3 and v6
		">= 4.0":         false, // admits v6
		"> 5.0, < 7":     false,
		"< 6":            false, // admits v3 and older
		"6.0.0":          false,
		"~> 5.0-beta":    false,
		"latest":         false,
		">= 5.0, < 5.0":  false, // admits nothing
		"!= 5.1.0, ~> 5": true,
	} {
		if got := m.Admits(constraint); got != want {
			t.Errorf("Admits(%q) = %v, want %v", constraint, got, want)
		}
	}
	latest := &Model{Majors: []int{5}, Latest: 5}
	if !latest.Admits("") || !latest.Admits(">= 5.0") {
		t.Error("a model of the latest major must admit no constraint and an unbounded one")
	}
}

func TestLookup(t *testing.T) {
	for src, want := range map[string]bool{
		"terraform-aws-modules/security-group/aws":                       true,
		"registry.terraform.io/terraform-aws-modules/security-group/aws": true,
		"Terraform-AWS-Modules/security-group/aws":                       true,
		"terraform-aws-modules/security-group/aws//modules/ssh":          false,
		"app.terraform.io/acme/security-group/aws":                       false,
		"github.com/terraform-aws-modules/terraform-aws-security-group":  false,
	} {
		if got := Lookup(src, "~> 5.0") != nil; got != want {
			t.Errorf("Lookup(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestFiles(t *testing.T) {
	for _, m := range models {
		if len(m.Files()) == 0 {
			t.Errorf("%s: no files", m.Source)
		}
		seen := map[string]bool{}
		for _, f := range m.Files() {
			if seen[f.Path] {
				t.Errorf("%s: two files %s", m.Source, f.Path)
			}
			seen[f.Path] = true
		}
		for _, f := range m.Files() {
			if !IsStandIn(f.Path) {
				t.Errorf("%s: %s is not a stand-in path", m.Source, f.Path)
			}
		}
	}
}

func TestLookupByVersion(t *testing.T) {
	for constraint, want := range map[string]string{
		"~> 20.11": "v19-v20",
		"~> 19.13": "v19-v20",
		"~> 21.0":  "v21",
		"":         "v21",
		"~> 18.0":  "",
		">= 19.0":  "",
	} {
		got := ""
		if m := Lookup("terraform-aws-modules/eks/aws", constraint); m != nil {
			got = m.Versions()
		}
		if got != want {
			t.Errorf("eks %q: got %q, want %q", constraint, got, want)
		}
	}
}
