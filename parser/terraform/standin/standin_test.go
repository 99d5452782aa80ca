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
		">= 3.0":         false, // installs v6
		">= 4.0":         false, // installs v6
		"!= 6.0.0, >= 4": false, // still v6 (6.0.1 and later)
		"> 5.0, < 7":     false,
		"< 6":            true, // init installs the newest 5.x
		"< 5":            true, // the newest 4.x
		">= 3.0, < 6":    true,
		"< 4":            false, // the newest 3.x
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
	// A model of the latest major: a constraint with no upper bound installs
	// it, whatever older majors it also admits (">= 7.5" installs the latest
	// release); one bounded below the latest installs an older major.
	latest := &Model{Majors: []int{16, 17, 18}, Latest: 18}
	for constraint, want := range map[string]bool{
		"":             true,
		">= 7.5":       true,
		">= 9.0.0":     true,
		"> 17":         true,
		"~> 18.0.0":    true,
		"~> 16.0":      true,
		"~> 11.0":      false,
		">= 7.5, < 16": false, // installs 15.x
		">= 19":        false, // no release yet
	} {
		if got := latest.Admits(constraint); got != want {
			t.Errorf("latest model: Admits(%q) = %v, want %v", constraint, got, want)
		}
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
		">= 19.0":  "v21", // init installs the latest release
		"< 21":     "v19-v20",
		"~> 18.0":  "",
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

// TestLookupFromRelease checks a stand-in that models a major version
// only from one of its releases on: s3-bucket v3 from 3.9.0, when the
// module turned the public access block on by default (v3.0-v3.8 left it
// off).
func TestLookupFromRelease(t *testing.T) {
	for constraint, want := range map[string]string{
		"~> 3.0":               "v3.9-v5", // installs 3.15.2
		"~> 3.9":               "v3.9-v5",
		"3.15.2":               "v3.9-v5",
		">= 3.0, < 4":          "v3.9-v5",
		"< 4":                  "v3.9-v5",
		"~> 4.0":               "v3.9-v5",
		"":                     "v3.9-v5",
		"~> 3.8.0":             "", // 3.8.x: the block's settings off by default
		"3.2.0":                "",
		">= 3.0, < 3.9":        "",
		"!= 3.9.0, < 3.10":     "", // installs 3.8.2
		"~> 2.0":               "",
		"!= 3.15.2, >= 3, < 4": "v3.9-v5", // installs 3.15.1
	} {
		got := ""
		if m := Lookup("terraform-aws-modules/s3-bucket/aws", constraint); m != nil {
			got = m.Versions()
		}
		if got != want {
			t.Errorf("s3-bucket %q: got %q, want %q", constraint, got, want)
		}
	}
}

// TestLatestIsDated checks that every stand-in says when its latest major
// version was recorded, and that it models the versions it names.
func TestLatestIsDated(t *testing.T) {
	for _, m := range models {
		if len(m.LatestAsOf) != len("2006-01-02") {
			t.Errorf("%s: Latest %d has no date", m.Source, m.Latest)
		}
		for _, major := range m.Majors {
			if major > m.Latest {
				t.Errorf("%s: models v%d, newer than the latest release v%d", m.Source, major, m.Latest)
			}
		}
	}
}

// TestTextAsFiles checks Text, which reads only the file asked for,
// against the text of that file among Files, for every stand-in's files,
// ranges in and out of them, and paths that name no file.
func TestTextAsFiles(t *testing.T) {
	checked := 0
	for _, m := range All() {
		fs := m.Files()
		if len(fs) == 0 {
			t.Fatalf("%s: no files", m.Source)
		}
		for _, f := range fs {
			n := len(f.Bytes)
			for _, r := range [][2]int{{0, 0}, {0, n}, {n / 3, n / 2}, {n, n}, {n - 1, n + 1}, {-1, 2}, {5, 3}} {
				want := ""
				if r[0] >= 0 && r[0] <= r[1] && r[1] <= n {
					want = string(f.Bytes[r[0]:r[1]])
				}
				if got := m.Text(f.Path, r[0], r[1]); got != want {
					t.Fatalf("%s: Text(%q, %d, %d) = %q, want %q", m.Source, f.Path, r[0], r[1], got, want)
				}
				checked++
			}
		}
		for _, p := range []string{"", m.Dir(), m.Dir() + "/", m.Dir() + "/nothing.tf", m.Dir() + "/../" + fs[0].Path, fs[0].Path + "/x", "modules/" + fs[0].Path} {
			if got := m.Text(p, 0, 1); got != "" {
				t.Errorf("%s: Text(%q, 0, 1) = %q, want none", m.Source, p, got)
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}
