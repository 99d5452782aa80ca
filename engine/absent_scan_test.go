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

// TestAbsentSkipSame checks that counting a rule that judges each
// resource alone, on a root without its types, as it ran on such a root
// before (absent.go) finds what running it finds: the same findings,
// notes, diagnostics and evidence, on every rule's fixtures, with one
// worker and two, and with the rules of each root run ahead.
func TestAbsentSkipSame(t *testing.T) {
	for _, dir := range []string{"testdata/rules", "testdata/eval", "testdata/graph", "testdata/plan", "examples"} {
		for _, ahead := range []bool{false, true} {
			t.Run(fmt.Sprint(dir, ahead), func(t *testing.T) {
				paths := []string{filepath.Join("..", dir)}
				cfg := engine.Config{Rules: rules.All(), Workers: 2, RequiredTags: []string{"owner"}}
				if ahead {
					cfg = engine.Ahead(cfg)
				}
				defer engine.SetAbsentSkip(engine.SetAbsentSkip(false))
				plain, err := engine.Scan(context.Background(), paths, cfg)
				if err != nil {
					t.Fatal(err)
				}
				engine.SetAbsentSkip(true)
				skip, err := engine.Scan(context.Background(), paths, cfg)
				if err != nil {
					t.Fatal(err)
				}
				if len(plain.Findings) == 0 {
					t.Fatal("no findings: the comparison would prove nothing")
				}
				got, want := summarize(skip), summarize(plain)
				got, want = append(got, evidence(skip)...), append(want, evidence(plain)...)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("rules skipped on roots without their types differ from rules run:\n%s", lineDiff(got, want))
				}
			})
		}
	}
}
