package engine

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestSortFindingsStable compares SortFindings with the stable sort it
// replaced, on findings with many equal keys (equal findings must keep
// their order: they differ in fields the sort does not read).
func TestSortFindingsStable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	rules := []*Rule{{ID: "AWS-001"}, {ID: "AWS-002"}, {ID: "GCP-001"}}
	res := []*parser.Resource{{Address: "a.x"}, {Address: "a.y"}, {Address: "b.x"}}
	for _, n := range []int{0, 1, 2, 3, 17, 500, 5000} {
		fs := make([]Finding, n)
		for i := range fs {
			fs[i] = Finding{
				Rule:     rules[rng.Intn(len(rules))],
				Resource: res[rng.Intn(len(res))],
				Range: parser.Range{File: fmt.Sprint("f", rng.Intn(3)),
					Start: parser.Pos{Line: int32(rng.Intn(5)), Column: int32(rng.Intn(2))}},
				Message: fmt.Sprint("m", rng.Intn(2)),
				Attr:    fmt.Sprint(i), // tells equal findings apart
			}
		}
		want := make([]Finding, n)
		copy(want, fs)
		sort.SliceStable(want, func(i, j int) bool {
			a, b := want[i], want[j]
			if c := comparePlace(a.Range, b.Range, a.Rule.ID, b.Rule.ID, a.Resource.Address, b.Resource.Address); c != 0 {
				return c < 0
			}
			return a.Message < b.Message
		})
		SortFindings(fs)
		if !reflect.DeepEqual(fs, want) {
			t.Errorf("%d findings: SortFindings differs from a stable sort", n)
		}
	}
}
