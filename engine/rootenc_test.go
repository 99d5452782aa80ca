package engine

import (
	"reflect"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestEncodedResults checks that a root's encoded findings, missing
// controls and notes come back as they were kept, resource sharing
// included, and that a root holding what the encoding cannot give back
// (a resource with values) keeps its results as they were.
func TestEncodedResults(t *testing.T) {
	r1 := &Rule{ID: "T-1"}
	r2 := &Rule{ID: "T-2"}
	rules := []*Rule{r1, r2}
	rng := func(file string, line int32) parser.Range {
		return parser.Range{File: file, Start: parser.Pos{Line: line, Column: 3, Byte: 40}, End: parser.Pos{Line: line + 2, Column: 1, Byte: 90}}
	}
	res := &parser.Resource{Format: parser.Terraform, Type: "aws_s3_bucket", Name: "b", Address: "module.m.aws_s3_bucket.b[\"x\"]",
		Condition: "var.on", Module: "module.m", Range: rng("m/main.tf", 4), Body: &parser.Value{Kind: parser.Object, Range: rng("m/main.tf", 4)},
		Provider: "aws.east", DependsOn: []string{}, Calls: []parser.Step{{Range: rng("main.tf", 1), Note: "module.m"}},
		Local: "aws_s3_bucket.b", Scope: "module.m", Root: "root", Assumptions: []string{"count is 1"},
		StandIn: &parser.StandIn{Call: "module.m", Source: "terraform-aws-modules/s3-bucket/aws", Versions: "v4",
			Causes: []parser.StandInCause{{Rule: "T-1", Type: "aws_s3_bucket", At: rng("main.tf", 2), Set: true, Note: "n", Text: "t"}}}}
	other := &parser.Resource{Format: parser.CloudFormation, Type: "AWS::S3::Bucket", Name: "B", Address: "B", Data: true, Range: rng("t.yaml", 9)}
	place := &parser.Resource{Format: parser.Terraform, Type: AccountType, Name: "root", Address: "root", Module: "root", Root: "root", Local: "root", Range: rng("main.tf", 1)}
	whole := &Finding{Resource: other, Range: rng("t.yaml", 10), Message: "m", Condition: "IsProd", Causes: []string{"c"}}
	rc := &rootChecked{
		findings: []keptFinding{
			{res: res, rng: rng("m/main.tf", 5), attr: "acl", message: "public", related: []Related{{Range: rng("m/vars.tf", 1), Kind: Origin, Message: "var.acl"}}},
			{res: res, rng: rng("m/main.tf", 6), message: "no related", related: []Related{}},
			{more: whole},
			{res: other, rng: rng("t.yaml", 9), message: "x"},
		},
		missing: []missingControl{
			{place: place, format: "%s declares no %s", args: []string{"root", "trail"}},
			{place: place, format: "100%% plain"},
		},
		undecided: []Undecided{{Rule: r2, Resource: res, Range: rng("m/main.tf", 7), Detail: "unknown"}, {Rule: r2, Resource: other, Detail: "d"}},
		spans:     []ruleSpan{{rule: 0, findings: 3, missing: 2}, {rule: 1, findings: 1, undecided: 2}},
	}
	want := keptResults(rc, rules)
	if got, _ := gatherOne(rc, rules, nil, nil); !reflect.DeepEqual(got, want) {
		t.Fatalf("results put in place differ:\n got %+v\nwant %+v", got, want)
	}
	for _, sp := range []*spill{nil, {}} {
		rc := *rc
		rc.encodeResults(rules, sp)
		if rc.enc == nil || rc.findings != nil || rc.missing != nil || rc.undecided != nil {
			t.Fatalf("results not encoded: enc %v", rc.enc)
		}
		if (rc.enc.data == nil) != (sp != nil) {
			t.Fatalf("spill %v: encoded data in memory: %v", sp != nil, rc.enc.data != nil)
		}
		var buf []byte
		got, err := gatherOne(&rc, rules, sp, &buf)
		sp.close()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("decoded results differ:\n got %+v\nwant %+v", got, want)
		}
	}
	rc.encodeResults(rules, nil)
	var buf []byte
	got, _ := gatherOne(rc, rules, nil, &buf)
	if f := got[0].findings; f[0].Resource != f[1].Resource || got[1].undecided[0].Resource != f[0].Resource {
		t.Errorf("findings on one resource no longer share it")
	}
	if got[0].missing[0].Resource != got[0].missing[1].Resource {
		t.Errorf("missing controls no longer share their place")
	}

	withValues := *other
	withValues.Body = &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{"a": {Kind: parser.String, Str: "v"}}}
	kept := &rootChecked{findings: []keptFinding{{res: &withValues, message: "m"}}, spans: []ruleSpan{{rule: 0, findings: 1}}}
	kept.encodeResults(rules, nil)
	if kept.enc != nil || len(kept.findings) != 1 {
		t.Errorf("a resource with values was encoded")
	}
	extra := *other
	extra.Body = (&parser.Value{Kind: parser.Object}).SetExtra(parser.Extra{Why: "w"})
	kept = &rootChecked{findings: []keptFinding{{res: &extra, message: "m"}}, spans: []ruleSpan{{rule: 0, findings: 1}}}
	kept.encodeResults(rules, nil)
	if kept.enc != nil {
		t.Errorf("a body with extras was encoded")
	}
}

// spanResults is what one rule left on a root.
type spanResults struct {
	findings, missing []Finding
	undecided         []Undecided
}

// keptResults is what each rule of rc.spans left on rc, not encoded, made
// findings as finish made them before it gathered them in place.
func keptResults(rc *rootChecked, rules []*Rule) []spanResults {
	out := make([]spanResults, len(rc.spans))
	f, m, u := 0, 0, 0
	for i, sp := range rc.spans {
		var res spanResults
		for _, k := range rc.findings[f : f+int(sp.findings)] {
			res.findings = append(res.findings, k.finding(rules[sp.rule]))
		}
		for _, mc := range rc.missing[m : m+int(sp.missing)] {
			res.missing = append(res.missing, mc.finding(rules[sp.rule]))
		}
		if sp.undecided > 0 {
			res.undecided = rc.undecided[u : u+int(sp.undecided)]
		}
		out[i] = res
		f, m, u = f+int(sp.findings), m+int(sp.missing), u+int(sp.undecided)
	}
	return out
}

// gatherOne gathers rc's results as finish does (decoded in place when
// encoded), each rule's share in turn, and returns them by span.
func gatherOne(rc *rootChecked, rules []*Rule, sp *spill, buf *[]byte) ([]spanResults, error) {
	n := len(rules)
	g := &gathered{atF: make([]int, n), atM: make([]int, n), atU: make([]int, n)}
	var nf, nm, nu int
	for _, s := range rc.spans {
		g.atF[s.rule], g.atM[s.rule], g.atU[s.rule] = nf, nm, nu
		nf, nm, nu = nf+int(s.findings), nm+int(s.missing), nu+int(s.undecided)
	}
	g.findings, g.missing, g.undecided = make([]Finding, nf), make([]Finding, nm), make([]Undecided, nu)
	start := func() [3][]int { return [3][]int{slices.Clone(g.atF), slices.Clone(g.atM), slices.Clone(g.atU)} }()
	var err error
	if rc.enc != nil {
		err = rc.decodeInto(g, rules, sp, buf)
	} else {
		rc.putInto(g, rules)
	}
	out := make([]spanResults, len(rc.spans))
	for i, s := range rc.spans {
		f, m, u := start[0][s.rule], start[1][s.rule], start[2][s.rule]
		if s.findings > 0 {
			out[i].findings = g.findings[f : f+int(s.findings)]
		}
		if s.missing > 0 {
			out[i].missing = g.missing[m : m+int(s.missing)]
		}
		if s.undecided > 0 {
			out[i].undecided = g.undecided[u : u+int(s.undecided)]
		}
	}
	return out, err
}

// TestFinishGathersInPlace checks that finish gathers the roots' results,
// encoded or not, rule after rule and root after root, missing controls
// after findings in account-baseline mode, and that a root whose results
// cannot be read back leaves no empty finding or note behind.
func TestFinishGathersInPlace(t *testing.T) {
	r1 := &Rule{ID: "T-1"}
	r2 := &Rule{ID: "T-2"}
	rules := []*Rule{r1, r2}
	place := func(root string) *parser.Resource {
		return &parser.Resource{Format: parser.Terraform, Type: AccountType, Name: root, Address: root, Module: root, Root: root, Local: root,
			Range: parser.Range{File: root + "/main.tf", Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}}
	}
	root := func(name string) *rootChecked {
		res := &parser.Resource{Format: parser.Terraform, Type: "aws_s3_bucket", Name: "b", Address: "aws_s3_bucket.b", Module: name, Root: name,
			Range: parser.Range{File: name + "/main.tf", Start: parser.Pos{Line: 3, Column: 1}, End: parser.Pos{Line: 3, Column: 9}}}
		at := func(line int32) parser.Range {
			return parser.Range{File: name + "/main.tf", Start: parser.Pos{Line: line, Column: 3}, End: parser.Pos{Line: line, Column: 9}}
		}
		return &rootChecked{
			ran: true,
			findings: []keptFinding{{res: res, rng: at(4), message: name + " one"}, {res: res, rng: at(5), message: name + " two"},
				{res: res, rng: at(4), message: name + " three"}},
			missing:   []missingControl{{place: place(name), format: "%s declares no trail", args: []string{name}}},
			undecided: []Undecided{{Rule: r2, Resource: res, Range: at(6), Detail: name}},
			spans:     []ruleSpan{{rule: 0, findings: 2, missing: 1}, {rule: 1, findings: 1, undecided: 1}},
		}
	}
	messages := func(fs []Finding) []string {
		var out []string
		for _, f := range fs {
			if f.Rule == nil {
				t.Fatalf("a finding with no rule: %+v", f)
			}
			out = append(out, f.Rule.ID+" "+f.Message)
		}
		return out
	}
	for _, baseline := range []bool{false, true} {
		for _, lose := range []bool{false, true} {
			sp := &spill{}
			a, b, c := root("a"), root("b"), root("c")
			a.encodeResults(rules, sp)
			b.encodeResults(rules, sp)
			if a.enc == nil || b.enc == nil || a.enc.data != nil {
				t.Fatalf("not spilled")
			}
			if lose {
				// b's record is past what the file holds.
				b.enc.off += 1 << 20
			}
			ck := &checker{rules: rules, settings: Settings{AccountBaseline: baseline}, spill: sp,
				ev: Evidence{Inspected: map[string]int{}, Types: map[string]bool{}}}
			got := ck.finish([]*rootChecked{a, b, c}, nil)
			names := []string{"a", "b", "c"}
			if lose {
				names = []string{"a", "c"}
			}
			var want, wantMissing, wantUndecided []string
			for _, n := range names {
				want = append(want, "T-1 "+n+" one", "T-1 "+n+" two")
			}
			for _, n := range names {
				m := "T-1 " + n + " declares no trail"
				if baseline {
					want = append(want, m)
				} else {
					wantMissing = append(wantMissing, m)
				}
				want = append(want, "T-2 "+n+" three")
				wantUndecided = append(wantUndecided, n)
			}
			slices.Sort(want)
			gotMsgs := messages(got.findings)
			slices.Sort(gotMsgs)
			if !slices.Equal(gotMsgs, want) {
				t.Errorf("baseline %v, lost %v: findings\n got %q\nwant %q", baseline, lose, gotMsgs, want)
			}
			if m := messages(got.evidence.Missing); !slices.Equal(m, wantMissing) {
				t.Errorf("baseline %v, lost %v: missing %q, want %q", baseline, lose, m, wantMissing)
			}
			var und []string
			for _, u := range got.evidence.Undecided {
				if u.Rule == nil {
					t.Fatalf("a note with no rule")
				}
				und = append(und, u.Detail)
			}
			if !slices.Equal(und, wantUndecided) {
				t.Errorf("baseline %v, lost %v: notes %q, want %q", baseline, lose, und, wantUndecided)
			}
			hasErr := false
			for _, d := range got.graph.Diagnostics {
				hasErr = hasErr || d.Summary == "internal error: a root's findings could not be read back"
			}
			if hasErr != lose {
				t.Errorf("baseline %v, lost %v: read-back error reported %v", baseline, lose, hasErr)
			}
		}
	}
}
