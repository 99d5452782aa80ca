package engine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

// TestRulesAhead checks that running a root's rules on two goroutines, in
// groups with values dropped between them (rulesahead.go), as large roots
// are checked, finds what running them one after the other finds: the
// same findings, notes, suppressions, diagnostics and evidence, with and
// without account-baseline, on every rule's fixtures. Run with -race, it
// also checks that the rules of a root only read what they share.
func TestRulesAhead(t *testing.T) {
	for _, dir := range []string{"testdata/rules", "testdata/eval", "testdata/graph", "testdata/plan", "testdata/standin", "examples"} {
		for _, baseline := range []bool{false, true} {
			t.Run(fmt.Sprint(dir, baseline), func(t *testing.T) {
				paths := []string{filepath.Join("..", dir)}
				cfg := engine.Config{Rules: rules.All(), Workers: 2, AccountBaseline: baseline, RequiredTags: []string{"owner"}}
				plain, err := engine.Scan(context.Background(), paths, cfg)
				if err != nil {
					t.Fatal(err)
				}
				ahead, err := engine.Scan(context.Background(), paths, engine.Ahead(cfg))
				if err != nil {
					t.Fatal(err)
				}
				if len(plain.Findings) == 0 {
					t.Fatal("no findings: the comparison would prove nothing")
				}
				got, want := summarize(ahead), summarize(plain)
				got, want = append(got, evidence(ahead)...), append(want, evidence(plain)...)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("rules on two goroutines differ from one after the other:\n%s", lineDiff(got, want))
				}
			})
		}
	}
}
