package sarif

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/sarif")

func TestSchema(t *testing.T) {
	sch := requireSchema(t)
	for _, tc := range testRuns() {
		t.Run(tc.name, func(t *testing.T) {
			out := write(t, tc.run)
			if err := validateSchema(sch, out); err != nil {
				t.Fatalf("not valid SARIF 2.1.0: %v\n%s", err, out)
			}
		})
	}
}

func TestSchemaRejectsBadLog(t *testing.T) {
	// The validator itself must catch what GitHub would reject.
	sch := requireSchema(t)
	for _, bad := range []string{
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"id":-2}]}]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}`,
		`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","informationUri":"not a uri"}}}]}`,
	} {
		if err := validateSchema(sch, []byte(bad)); err == nil {
			t.Errorf("schema accepted %s", bad)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, tc := range testRuns() {
		t.Run(tc.name, func(t *testing.T) {
			a, b := write(t, tc.run), write(t, tc.run)
			if !bytes.Equal(a, b) {
				t.Fatalf("two writes differ:\n%s\n---\n%s", a, b)
			}
			if !bytes.HasSuffix(a, []byte("}\n")) || bytes.HasSuffix(a, []byte("\n\n")) {
				t.Errorf("output does not end in exactly one newline")
			}
			if !bytes.HasPrefix(a, []byte("{\n  \"$schema\": ")) {
				t.Errorf("output is not indented with two spaces: %.40q", a)
			}
		})
	}
}

// shift moves every line of a range down by n.
func shift(r parser.Range, n int) parser.Range {
	if r.Start.Line > 0 {
		r.Start.Line += int32(n)
	}
	if r.End.Line > 0 {
		r.End.Line += int32(n)
	}
	return r
}

func fingerprints(t *testing.T, run Run) []string {
	t.Helper()
	var fps []string
	for _, res := range results(decode(t, write(t, run))) {
		fps = append(fps, res["partialFingerprints"].(map[string]any)[FingerprintKey].(string))
	}
	return fps
}

func TestFingerprintsIgnoreLineMoves(t *testing.T) {
	for _, tc := range testRuns() {
		t.Run(tc.name, func(t *testing.T) {
			moved := tc.run
			moved.Findings = nil
			for _, f := range tc.run.Findings {
				f.Range = shift(f.Range, 10)
				if f.Resource != nil {
					res := *f.Resource
					res.Range = shift(res.Range, 10)
					f.Resource = &res
				}
				var rel []engine.Related
				for _, r := range f.Related {
					rel = append(rel, engine.Related{Range: shift(r.Range, 10), Message: r.Message})
				}
				f.Related = rel
				moved.Findings = append(moved.Findings, f)
			}
			before, after := fingerprints(t, tc.run), fingerprints(t, moved)
			if !reflect.DeepEqual(before, after) {
				t.Errorf("fingerprints changed when lines moved:\n%v\n%v", before, after)
			}
			seen := map[string]bool{}
			for _, fp := range before {
				if seen[fp] {
					t.Errorf("fingerprint %s is not unique", fp)
				}
				seen[fp] = true
			}
		})
	}
}

func TestFingerprintChangesWithContent(t *testing.T) {
	bucket := resource("a.tf", "aws_s3_bucket", "logs", 1)
	base := finding(ruleHigh, bucket, rng("a.tf", 1, 1, 1, 5), "aws_s3_bucket.logs has no encryption")
	base.Attr = "server_side_encryption_configuration"
	fp := func(f engine.Finding) string {
		return fingerprints(t, Run{Rules: testRules, Findings: []engine.Finding{f}})[0]
	}
	want := fp(base)
	for name, change := range map[string]func(*engine.Finding){
		"rule":      func(f *engine.Finding) { f.Rule = ruleCritical },
		"file":      func(f *engine.Finding) { f.Range.File = "b.tf" },
		"resource":  func(f *engine.Finding) { f.Resource = resource("a.tf", "aws_s3_bucket", "other", 1) },
		"attribute": func(f *engine.Finding) { f.Attr = "versioning" },
	} {
		f := base
		change(&f)
		if fp(f) == want {
			t.Errorf("fingerprint did not change with the %s", name)
		}
	}
	// What a finding says, the values it quotes and the instances it
	// stands for are not its identity: GitHub would close the alert and
	// open a new one, losing its dismissal.
	for name, change := range map[string]func(*engine.Finding){
		"message": func(f *engine.Finding) { f.Message = "aws_s3_bucket.logs has no KMS key" },
		"instances": func(f *engine.Finding) {
			f.Instances = []string{"a", "b", "c"}
		},
		"instance key": func(f *engine.Finding) {
			r := *f.Resource
			r.Address = `module.x["b"].aws_s3_bucket.logs[2]`
			f.Resource = &r
			base := *f.Resource
			base.Address = `module.x["a"].aws_s3_bucket.logs[0]`
			g := *f
			g.Resource = &base
			if fp(g) != fp(*f) {
				t.Errorf("instance keys change the fingerprint")
			}
		},
	} {
		f := base
		change(&f)
		if name != "instance key" && fp(f) != want {
			t.Errorf("fingerprint changed with the %s", name)
		}
	}
}

func results(log map[string]any) []map[string]any {
	run := log["runs"].([]any)[0].(map[string]any)
	var out []map[string]any
	for _, r := range run["results"].([]any) {
		out = append(out, r.(map[string]any))
	}
	return out
}

func driverRules(log map[string]any) []map[string]any {
	run := log["runs"].([]any)[0].(map[string]any)
	var out []map[string]any
	for _, r := range run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any) {
		out = append(out, r.(map[string]any))
	}
	return out
}

// walk calls fn for every value in v with its JSON path.
func walk(path string, v any, fn func(string, any)) {
	fn(path, v)
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			walk(path+"."+k, e, fn)
		}
	case []any:
		for i, e := range v {
			walk(path+"["+strconv.Itoa(i)+"]", e, fn)
		}
	}
}

func TestOutputContent(t *testing.T) {
	levels := map[engine.Severity]string{engine.Critical: "error", engine.High: "error", engine.Medium: "warning", engine.Low: "note"}
	wantLevel := func(s engine.Severity) string {
		if l, ok := levels[s]; ok {
			return l
		}
		return "warning" // a rule without a valid severity
	}
	for _, tc := range testRuns() {
		t.Run(tc.name, func(t *testing.T) {
			// The driver lists the registry without nils and repeated IDs,
			// then the rules only findings use.
			byID := map[string]*engine.Rule{}
			var registry []string
			for _, r := range tc.run.Rules {
				if r != nil && byID[r.ID] == nil {
					byID[r.ID] = r
					registry = append(registry, r.ID)
				}
			}
			for _, f := range tc.run.Findings {
				if byID[f.Rule.ID] == nil {
					byID[f.Rule.ID] = f.Rule
				}
			}
			for _, sf := range tc.run.Suppressed {
				if byID[sf.Finding.Rule.ID] == nil {
					byID[sf.Finding.Rule.ID] = sf.Finding.Rule
				}
			}
			for _, u := range tc.run.Undecided {
				if byID[u.Rule.ID] == nil {
					byID[u.Rule.ID] = u.Rule
				}
			}
			log := decode(t, write(t, tc.run))
			walk("$", log, func(path string, v any) {
				if n, ok := v.(float64); ok && n < 0 {
					t.Errorf("%s = %v: negative numbers are out of range for GitHub", path, n)
				}
			})
			if log["version"] != "2.1.0" || log["$schema"] != SchemaURI {
				t.Errorf("version %v, $schema %v", log["version"], log["$schema"])
			}
			rules := driverRules(log)
			if len(rules) != len(byID) {
				t.Fatalf("driver lists %d rules, want %d", len(rules), len(byID))
			}
			for i, id := range registry {
				if rules[i]["id"] != id {
					t.Errorf("rules[%d].id = %v, want %s (registry order)", i, rules[i]["id"], id)
				}
			}
			for _, dr := range rules {
				r := byID[dr["id"].(string)]
				props := dr["properties"].(map[string]any)
				if props["security-severity"] != r.Severity.SecuritySeverity() {
					t.Errorf("%s: security-severity %v, want %s", r.ID, props["security-severity"], r.Severity.SecuritySeverity())
				}
				if props["severity"] != r.Severity.String() {
					t.Errorf("%s: severity %v", r.ID, props["severity"])
				}
				for _, key := range []string{"checklist", "soc2", "tags"} {
					if _, ok := props[key].([]any); !ok {
						t.Errorf("%s: properties.%s is %T, want an array", r.ID, key, props[key])
					}
				}
				if got := len(props["checklist"].([]any)); got != len(r.Checklist) {
					t.Errorf("%s: %d checklist items, want %d", r.ID, got, len(r.Checklist))
				}
				tags := strings.Join(toStrings(props["tags"]), " ")
				if !strings.Contains(tags, "security") || r.Provider != "" && !strings.Contains(tags, r.Provider) {
					t.Errorf("%s: tags %q lack security or the provider", r.ID, tags)
				}
				for _, c := range r.Checklist {
					if !strings.Contains(tags, c) {
						t.Errorf("%s: tags %q lack checklist item %s", r.ID, tags, c)
					}
				}
				if got := dr["defaultConfiguration"].(map[string]any)["level"]; got != wantLevel(r.Severity) {
					t.Errorf("%s: default level %v, want %s", r.ID, got, wantLevel(r.Severity))
				}
				help := dr["help"].(map[string]any)
				if md, _ := help["markdown"].(string); r.Remediation.Terraform != "" && !strings.Contains(md, "```hcl\n") {
					t.Errorf("%s: help.markdown lacks the Terraform example:\n%s", r.ID, md)
				}
				if uri, _ := dr["helpUri"].(string); !strings.HasPrefix(uri, "https://") {
					t.Errorf("%s: helpUri %q", r.ID, uri)
				}
			}
			all := append([]engine.Finding(nil), tc.run.Findings...)
			for _, sf := range tc.run.Suppressed {
				all = append(all, sf.Finding)
			}
			for i, res := range results(log) {
				f := all[i]
				sups, _ := res["suppressions"].([]any)
				if i < len(tc.run.Findings) {
					if len(sups) != 0 {
						t.Errorf("result %d: an open finding carries suppressions %v", i, sups)
					}
				} else {
					by := tc.run.Suppressed[i-len(tc.run.Findings)].By
					if len(sups) != 1 {
						t.Fatalf("result %d: suppressed finding has suppressions %v", i, sups)
					}
					sup := sups[0].(map[string]any)
					if sup["kind"] != "inSource" || sup["status"] != "accepted" || sup["justification"] != nilIfEmpty(by.Reason) {
						t.Errorf("result %d: suppression %v, want inSource/accepted/%q", i, sup, by.Reason)
					}
				}
				idx := int(res["ruleIndex"].(float64))
				if rules[idx]["id"] != res["ruleId"] || res["ruleId"] != f.Rule.ID {
					t.Errorf("result %d: ruleIndex %d is %v, ruleId %v, want %s", i, idx, rules[idx]["id"], res["ruleId"], f.Rule.ID)
				}
				if res["level"] != wantLevel(f.Rule.Severity) {
					t.Errorf("result %d: level %v, want %s", i, res["level"], wantLevel(f.Rule.Severity))
				}
				msg := res["message"].(map[string]any)["text"].(string)
				if f.Resource != nil && !strings.Contains(msg, f.Resource.Address) {
					t.Errorf("result %d: message %q does not name %s", i, msg, f.Resource.Address)
				}
				if msg == "" {
					t.Errorf("result %d: empty message", i)
				}
				loc := res["locations"].([]any)[0].(map[string]any)
				file := f.Range.File
				if file == "" && f.Resource != nil {
					file = f.Resource.Range.File
				}
				if file != "" {
					art := loc["physicalLocation"].(map[string]any)["artifactLocation"].(map[string]any)
					if art["uriBaseId"] != SrcRoot {
						t.Errorf("result %d: uriBaseId %v", i, art["uriBaseId"])
					}
				}
				if f.Resource != nil {
					ll := loc["logicalLocations"].([]any)[0].(map[string]any)
					if ll["fullyQualifiedName"] != f.Resource.Address || ll["kind"] != "resource" {
						t.Errorf("result %d: logical location %v", i, ll)
					}
				}
				rel, _ := res["relatedLocations"].([]any)
				if want := countRelated(f.Related); len(rel) != want {
					t.Errorf("result %d: %d related locations, want %d", i, len(rel), want)
				}
				for j, r := range rel {
					if id := r.(map[string]any)["id"]; id != float64(j+1) {
						t.Errorf("result %d: relatedLocations[%d].id = %v", i, j, id)
					}
				}
			}
			inv := log["runs"].([]any)[0].(map[string]any)["invocations"].([]any)[0].(map[string]any)
			if inv["executionSuccessful"] != !tc.run.Diagnostics.HasErrors() {
				t.Errorf("executionSuccessful %v with diagnostics %v", inv["executionSuccessful"], tc.run.Diagnostics)
			}
			notes, _ := inv["toolExecutionNotifications"].([]any)
			if len(notes) != len(tc.run.Diagnostics)+len(tc.run.Undecided) {
				t.Errorf("%d notifications for %d diagnostics and %d undecided notes", len(notes), len(tc.run.Diagnostics), len(tc.run.Undecided))
			}
		})
	}
}

func toStrings(v any) []string {
	var out []string
	for _, e := range v.([]any) {
		out = append(out, e.(string))
	}
	return out
}

func TestRegion(t *testing.T) {
	tests := []struct {
		name string
		r    parser.Range
		want *region
	}{
		{"full", rng("a", 3, 5, 3, 9), &region{StartLine: 3, StartColumn: 5, EndLine: 3, EndColumn: 9}},
		{"multi line", rng("a", 3, 5, 7, 2), &region{StartLine: 3, StartColumn: 5, EndLine: 7, EndColumn: 2}},
		{"multi line, no end column", rng("a", 3, 5, 7, 0), &region{StartLine: 3, StartColumn: 5, EndLine: 7}},
		{"empty span", rng("a", 3, 5, 3, 5), &region{StartLine: 3, StartColumn: 5}},
		{"end column before start", rng("a", 3, 5, 3, 2), &region{StartLine: 3, StartColumn: 5}},
		{"end line before start", rng("a", 3, 5, 2, 9), &region{StartLine: 3, StartColumn: 5}},
		{"no columns", rng("a", 3, 0, 3, 0), &region{StartLine: 3}},
		{"no start column, end column", rng("a", 3, 0, 3, 4), &region{StartLine: 3, EndLine: 3, EndColumn: 4}},
		{"no start column, end column 1", rng("a", 3, 0, 3, 1), &region{StartLine: 3}},
		{"no end", rng("a", 3, 5, 0, 0), &region{StartLine: 3, StartColumn: 5}},
		{"negative", rng("a", 3, -1, -4, -2), &region{StartLine: 3}},
		{"huge", rng("a", 3, 1<<40, 1<<40, 1<<40), &region{StartLine: 3}},
		{"no line", rng("a", 0, 5, 3, 9), nil},
		{"negative line", rng("a", -3, 5, 3, 9), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := makeRegion(tc.r); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("makeRegion(%v) = %+v, want %+v", tc.r, got, tc.want)
			}
		})
	}
}

func TestArtifactLocation(t *testing.T) {
	tests := []struct {
		path string
		want artifactLocation
	}{
		{"main.tf", artifactLocation{URI: "main.tf", URIBaseID: SrcRoot}},
		{"./infra/main.tf", artifactLocation{URI: "infra/main.tf", URIBaseID: SrcRoot}},
		{"my dir/a b.tf", artifactLocation{URI: "my%20dir/a%20b.tf", URIBaseID: SrcRoot}},
		{"héllo/日.tf", artifactLocation{URI: "h%C3%A9llo/%E6%97%A5.tf", URIBaseID: SrcRoot}},
		{"a:b/c#d?e%f.tf", artifactLocation{URI: "a%3Ab/c%23d%3Fe%25f.tf", URIBaseID: SrcRoot}},
		{"/abs/x y.tf", artifactLocation{URI: "file:///abs/x%20y.tf"}},
		{"C:/work/x.tf", artifactLocation{URI: "file:///C:/work/x.tf"}},
	}
	for _, tc := range tests {
		if got := makeArtifact(tc.path); got != tc.want {
			t.Errorf("makeArtifact(%q) = %+v, want %+v", tc.path, got, tc.want)
		}
	}
}

func TestSemanticVersion(t *testing.T) {
	for v, want := range map[string]string{
		"1.2.3": "1.2.3", "v1.2.3": "1.2.3", "0.4.0-rc.1+build.5": "0.4.0-rc.1+build.5",
		"(devel)": "", "": "", "1.2": "", "01.2.3": "", "dev-abc123": "",
	} {
		if got := semanticVersion(v); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestSourceRoot(t *testing.T) {
	for dir, want := range map[string]string{
		"":                    "",
		"relative/dir":        "",
		"/home/runner/work":   "file:///home/runner/work/",
		"/home/runner/work/":  "file:///home/runner/work/",
		"/a b/é":              "file:///a%20b/%C3%A9/",
		`C:\Users\me\project`: "file:///C:/Users/me/project/",
	} {
		if got := sourceRootURI(dir); got != want {
			t.Errorf("sourceRootURI(%q) = %q, want %q", dir, got, want)
		}
	}
	log := decode(t, write(t, Run{}))
	if _, ok := log["runs"].([]any)[0].(map[string]any)["originalUriBaseIds"]; ok {
		t.Errorf("originalUriBaseIds written without a SourceRoot")
	}
}

func TestFenceLongerThanContent(t *testing.T) {
	got := fenced("hcl", "x = \"```\"\n")
	if want := "````hcl\nx = \"```\"\n````"; got != want {
		t.Errorf("fenced = %q, want %q", got, want)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		run  Run
	}{
		{"finding without rule", Run{Findings: []engine.Finding{{Message: "m"}}}},
		{"rule without id", Run{Rules: []*engine.Rule{{Name: "x"}}}},
		{"finding rule without id", Run{Findings: []engine.Finding{{Rule: &engine.Rule{}}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.run); err == nil {
				t.Errorf("Write succeeded")
			}
			if buf.Len() != 0 {
				t.Errorf("Write wrote %d bytes before failing", buf.Len())
			}
		})
	}
	werr := errors.New("disk full")
	if err := Write(failWriter{werr}, Run{}); !errors.Is(err, werr) {
		t.Errorf("Write returned %v, want the writer's error", err)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestGolden compares the full output of one run with testdata/sarif.
// Run `go test ./sarif -run TestGolden -update` after an intended change.
func TestGolden(t *testing.T) {
	for _, tc := range testRuns() {
		if tc.name != "findings with related locations" && tc.name != "diagnostics" {
			continue
		}
		name := strings.ReplaceAll(tc.name, " ", "-") + ".sarif"
		path := filepath.Join("..", "testdata", "sarif", name)
		got := write(t, tc.run)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the output (run with -update if intended):\n%s", path, got)
		}
	}
}

// countRelated counts the related locations that say something.
func countRelated(rel []engine.Related) int {
	n := 0
	for _, r := range rel {
		if r.Range.File != "" || strings.TrimSpace(r.Message) != "" {
			n++
		}
	}
	return n
}

// nilIfEmpty is how an omitted JSON string decodes: nil, not "".
func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// TestUndecidedNotes checks that a rule's "cannot tell" notes become
// note-level tool execution notifications that name their rule.
func TestUndecidedNotes(t *testing.T) {
	var run Run
	for _, tc := range testRuns() {
		if tc.name == "undecided notes" {
			run = tc.run
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, run); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string } `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				Notes []struct {
					Level   string                `json:"level"`
					Message struct{ Text string } `json:"message"`
					Rule    *struct {
						ID    string `json:"id"`
						Index int    `json:"index"`
					} `json:"associatedRule"`
					Locations []any `json:"locations"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	notes := log.Runs[0].Invocations[0].Notes
	if len(notes) != 2 {
		t.Fatalf("got %d notifications, want 2", len(notes))
	}
	rules := log.Runs[0].Tool.Driver.Rules
	for i, n := range notes {
		u := run.Undecided[i]
		if n.Level != "note" || n.Rule == nil || n.Rule.ID != u.Rule.ID || rules[n.Rule.Index].ID != u.Rule.ID {
			t.Errorf("notification %d = %+v, want a note associated with %s", i, n, u.Rule.ID)
		}
		if !strings.Contains(n.Message.Text, u.Detail) {
			t.Errorf("notification %d message %q does not carry %q", i, n.Message.Text, u.Detail)
		}
	}
	if len(notes[0].Locations) != 1 || len(notes[1].Locations) != 0 {
		t.Errorf("locations: got %d and %d, want 1 and 0", len(notes[0].Locations), len(notes[1].Locations))
	}
}

// TestCodeFlows checks that the places an offending value came through
// (related places of kind Origin) become one thread flow ending at the use,
// and that module call sites do not.
func TestCodeFlows(t *testing.T) {
	bucket := resource("infra/storage.tf", "aws_s3_bucket", "logs", 3)
	use := rng("infra/storage.tf", 5, 3, 5, 20)
	f := finding(ruleHigh, bucket, use, "aws_s3_bucket.logs is public",
		engine.Related{Range: rng("infra/main.tf", 9, 3, 9, 30), Kind: engine.Origin, Message: "module.store argument acl"},
		engine.Related{Range: rng("env/prod.tfvars", 2, 1, 2, 22), Kind: engine.Origin, Message: "var.acl in env/prod.tfvars"},
		engine.Related{Range: rng("infra/main.tf", 7, 1, 7, 20), Kind: engine.CallSite, Message: "module call creating module.store"})
	log := decode(t, write(t, Run{Rules: testRules, Findings: []engine.Finding{f}}))
	res := results(log)[0]
	flows, _ := res["codeFlows"].([]any)
	if len(flows) != 1 {
		t.Fatalf("codeFlows = %v, want one flow", res["codeFlows"])
	}
	var got []string
	walk("$", flows[0], func(path string, v any) {
		if s, ok := v.(string); ok && strings.HasSuffix(path, ".message.text") {
			got = append(got, s)
		}
	})
	want := []string{"var.acl in env/prod.tfvars", "module.store argument acl", "used here"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("thread flow messages %q, want %q (origin first, the use last)", got, want)
	}
	var related []string
	for _, r := range res["relatedLocations"].([]any) {
		related = append(related, r.(map[string]any)["message"].(map[string]any)["text"].(string))
	}
	if !slices.Contains(related, "from var.acl in env/prod.tfvars") || !slices.Contains(related, "module call creating module.store") {
		t.Errorf("related locations %q lack the composed texts", related)
	}
}
