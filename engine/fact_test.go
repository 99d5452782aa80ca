package engine

import (
	"path/filepath"
	"testing"
)

// encryptedVolumes is a fact two rules share below: the names of the
// volumes whose encrypted attribute is true.
var (
	factComputed     int
	encryptedVolumes = NewFact(func(p *Pass) map[string]bool {
		factComputed++
		out := map[string]bool{}
		for _, r := range p.OfType("aws_ebs_volume") {
			if r.Body.Get("encrypted").IsTrue() {
				out[r.Address] = true
			}
		}
		return out
	})
)

func TestFactComputedOnceAndShared(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), `resource "aws_ebs_volume" "a" { encrypted = true }
resource "aws_ebs_volume" "b" { encrypted = false }
resource "aws_s3_bucket" "c" {}
`)
	var seen [2]map[string]bool
	rule := func(id string, i int) *Rule {
		return &Rule{ID: id, Title: "t", Check: func(p *Pass) {
			seen[i] = encryptedVolumes.Of(p)
			// The rule judges only the buckets; the fact read the volumes.
			for _, r := range p.ResourcesOfType("aws_s3_bucket") {
				p.Report(r, nil, "%s", r.Address)
			}
		}}
	}
	factComputed = 0
	res := scanRules(t, []string{dir}, Config{}, rule("X-1", 0), rule("X-2", 1))
	if factComputed != 1 {
		t.Errorf("fact computed %d times in one scan, want once", factComputed)
	}
	for i, s := range seen {
		if len(s) != 1 || !s["aws_ebs_volume.a"] {
			t.Errorf("rule %d saw %v", i, s)
		}
	}
	// What the fact read is not the rules' evidence: each examined the
	// one bucket only.
	for _, id := range []string{"X-1", "X-2"} {
		if n := res.Evidence.Inspected[id]; n != 1 {
			t.Errorf("%s examined %d resources, want 1 (the fact's reads must not count)", id, n)
		}
	}
	// A second scan is a new graph: the fact is computed again.
	scanRules(t, []string{dir}, Config{}, rule("X-1", 0))
	if factComputed != 2 {
		t.Errorf("fact computed %d times after a second scan, want 2", factComputed)
	}
}
