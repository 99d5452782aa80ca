package rules

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/engine/enginetest"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/standin"
)

// TestStandIns runs every rule over the calls of registry modules in
// testdata/standin/<module>: the stand-ins' findings must be expected on
// the caller's lines, and downloaded modules and other major versions must
// not use them.
func TestStandIns(t *testing.T) {
	dirs, err := os.ReadDir(filepath.Join("..", "testdata", "standin"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		t.Run(d.Name(), func(t *testing.T) {
			enginetest.RunFiles(t, filepath.Join("..", "testdata", "standin", d.Name()), All())
		})
	}
}

// TestStandInPlacesAreTheUsers checks that no finding, related place,
// undecided note or diagnostic points into a stand-in's embedded files.
func TestStandInPlacesAreTheUsers(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "standin", "*", "*.tf"))
	if err != nil || len(dirs) == 0 {
		t.Fatal("no stand-in fixtures", err)
	}
	found := 0
	for _, file := range dirs {
		res, err := engine.Scan(context.Background(), []string{file}, engine.Config{Rules: All()})
		if err != nil {
			t.Fatal(err)
		}
		check := func(what string, r parser.Range) {
			if standin.IsStandIn(r.File) || r.File == "" {
				t.Errorf("%s: %s points at %q", file, what, r.File)
			}
		}
		for _, f := range res.Findings {
			found++
			check(f.Rule.ID+" finding", f.Range)
			for _, r := range f.Related {
				check(f.Rule.ID+" related place "+r.Message, r.Range)
			}
			if f.Resource.StandIn != nil {
				check(f.Rule.ID+" resource", f.Resource.Range)
			}
		}
		for _, u := range res.Evidence.Undecided {
			check(u.Rule.ID+" note", u.Range)
		}
		for _, d := range res.Diagnostics {
			check("diagnostic "+d.Summary, d.Range)
		}
	}
	if found == 0 {
		t.Error("no finding in the stand-in fixtures")
	}
}
