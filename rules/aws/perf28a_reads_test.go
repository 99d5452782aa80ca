package aws

import (
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

// undeclaredAllowed are the per-root rules allowed to declare nothing
// (Rule.Reads nil), each with what it reads that keeps it so.
var undeclaredAllowed = map[string]string{}

// TestPerRootRulesDeclareReads fails when a per-root AWS rule declares
// nothing it reads: the engine then holds its whole root until it has run
// (issue 10). Declare the rule's Reads beside it, or in perRootReads.
func TestPerRootRulesDeclareReads(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range Rules() {
		ids[r.ID] = true
		if r.Scope != engine.PerRoot {
			continue
		}
		_, allowed := undeclaredAllowed[r.ID]
		switch {
		case r.Reads == nil && !allowed:
			t.Errorf("%s declares no Reads: list the resource types it reads (rules/README.md, \"One root at a time\")", r.ID)
		case r.Reads != nil && allowed:
			t.Errorf("%s declares its Reads: remove it from undeclaredAllowed", r.ID)
		case r.Alone && slices.Contains(r.Reads, engine.ReadsAll):
			t.Errorf("%s reads every type and judges each resource alone", r.ID)
		}
	}
	for id := range perRootReads {
		if !ids[id] {
			t.Errorf("perRootReads declares %s, which is not an AWS rule", id)
		}
	}
}
