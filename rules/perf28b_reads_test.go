package rules

import (
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

// undeclaredAllowed are the Azure and GCP per-root rules allowed to
// declare nothing (Rule.Reads): none. A rule that declares nothing keeps
// every value of its root alive until it has run, and the scan cannot
// check resources as they are evaluated (rules/README.md, "One root at a
// time").
var undeclaredAllowed = map[string]string{}

// TestAzureGCPRulesDeclareReads fails when an Azure or GCP rule that runs
// on each root declares no Reads: declare the types its check reads, and
// Alone when it judges each resource by itself (the fixtures' CheckReads
// verifies both).
func TestAzureGCPRulesDeclareReads(t *testing.T) {
	for _, r := range All() {
		if !strings.HasPrefix(r.ID, "AZURE-") && !strings.HasPrefix(r.ID, "GCP-") {
			continue
		}
		if r.Scope == engine.PerRoot && r.Reads == nil {
			if _, ok := undeclaredAllowed[r.ID]; !ok {
				t.Errorf("%s runs on each root and declares no Reads", r.ID)
			}
		}
	}
	for id := range undeclaredAllowed {
		for _, r := range All() {
			if r.ID == id && r.Reads != nil {
				t.Errorf("%s declares its Reads: remove it from undeclaredAllowed", id)
			}
		}
	}
}
