package terraform

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser/terraform/standin"
)

// TestStandInsParse checks that every stand-in parses and declares
// nothing wrong: a broken stand-in would silently evaluate to nothing.
func TestStandInsParse(t *testing.T) {
	for _, m := range standin.All() {
		mod := (&Project{}).standIn(m)
		for _, f := range mod.Files {
			if f.Broken {
				t.Errorf("%s: syntax errors", f.Path)
			}
		}
		if ds := mod.declarations().diags; len(ds) > 0 {
			t.Errorf("%s: %v", m.Source, ds)
		}
		if len(mod.declarations().calls) > 0 {
			t.Errorf("%s: a stand-in calls no module", m.Source)
		}
	}
}
