package engine

import (
	"math/rand"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// firstLinear is what suppress did before ignores were indexed by line:
// the first of cands, in order, that matches f.
func firstLinear(cands []*Suppression, f *Finding) *Suppression {
	for _, s := range cands {
		if s.matches(f) {
			return s
		}
	}
	return nil
}

// TestIgnoreIndexSame checks that the ignores indexed by file and line
// pick, for every finding, the ignore that matching each in turn picks, on
// random findings (resources, ranges over several lines, related places,
// CloudFormation resources) and random ignores of every kind (inline
// comments trailing and not, Checkov's whole-resource skips, Metadata
// entries), several to a line, in two files.
func TestIgnoreIndexSame(t *testing.T) {
	rng := rand.New(rand.NewSource(29))
	files := []string{"a.tf", "b.tf", "t.yaml", ""}
	rules := []*Rule{{ID: "R-1"}, {ID: "R-2"}, {ID: "R-3"}}
	ids := []string{"R-1", "R-2", "R-3"}
	pos := func(line int) parser.Pos { return parser.MakePos(line, 1+rng.Intn(3), line*10) }
	rangeAt := func(file string, line, span int) parser.Range {
		return parser.Range{File: file, Start: pos(line), End: pos(line + span)}
	}
	matched, total := 0, 0
	for round := 0; round < 300; round++ {
		var sups []*Suppression
		for range rng.Intn(40) {
			file := files[rng.Intn(len(files))]
			line := 1 + rng.Intn(30)
			s := &Suppression{Range: rangeAt(file, line, rng.Intn(2)), line: int32(line + rng.Intn(2))}
			for range 1 + rng.Intn(2) {
				s.Rules = append(s.Rules, ids[rng.Intn(len(ids))])
			}
			switch rng.Intn(6) {
			case 0:
				s.Kind, s.resource = ByMetadata, []string{"A", "B"}[rng.Intn(2)]
			case 1:
				s.Kind, s.wholeResource = ByComment, true
			default:
				s.Kind = ByComment
			}
			sups = append(sups, s)
		}
		var findings []Finding
		for range rng.Intn(60) {
			f := Finding{Rule: rules[rng.Intn(len(rules))]}
			file := files[rng.Intn(len(files))]
			if rng.Intn(4) > 0 {
				line := 1 + rng.Intn(30)
				r := &parser.Resource{Name: []string{"A", "B"}[rng.Intn(2)], Module: file, Range: rangeAt(file, line, 0)}
				if file == "t.yaml" {
					r.Format = parser.CloudFormation
				}
				if rng.Intn(3) > 0 {
					r.Body = &parser.Value{Range: rangeAt(file, line, rng.Intn(8))}
				}
				f.Resource = r
			}
			if rng.Intn(5) > 0 {
				f.Range = rangeAt(files[rng.Intn(len(files))], 1+rng.Intn(30), []int{0, 0, 1, 3, -2}[rng.Intn(5)])
			}
			for range rng.Intn(3) {
				f.Related = append(f.Related, Related{Range: rangeAt(files[rng.Intn(len(files))], 1+rng.Intn(30), rng.Intn(3))})
			}
			findings = append(findings, f)
		}
		for _, id := range ids {
			ri := ignoresNaming(sups, id)
			var cands []*Suppression
			for _, s := range sups {
				if s.names(id) {
					cands = append(cands, s)
				}
			}
			for i := range findings {
				f := &findings[i]
				if f.Rule.ID != id {
					continue
				}
				total++
				want, got := firstLinear(cands, f), ri.first(f)
				if want != nil {
					matched++
				}
				if got != want {
					t.Fatalf("round %d, finding %d (%+v): indexed ignores picked %+v, want %+v", round, i, *f, got, want)
				}
			}
		}
	}
	if matched < total/10 {
		t.Fatalf("only %d of %d findings matched an ignore: the test says little", matched, total)
	}
	t.Logf("%d findings, %d matched", total, matched)
}
