// Package enginetest checks rules against fixture files that carry their
// own expectations, in the manner of golang.org/x/tools' analysistest.
//
// A fixture marks each line where a finding is expected with a comment
// naming the rule ids, in whatever comment syntax the format has:
//
//	cidr_blocks = ["0.0.0.0/0"] # want AWS-001
//	      CidrIp: 0.0.0.0/0      # want AWS-001
//
// A rule id may be followed by a quoted regular expression that the
// finding's message must match (want AWS-001 "port 22"), and "want-note"
// expects the rule's "cannot tell" note instead of a finding:
//
//	storage_encrypted = var.encrypt # want-note AWS-021
//
// JSON has no comments: a JSON fixture lists its expectations in a sibling
// file of the same name plus ".want", one "LINE RULE-ID..." per line
// ("LINE note RULE-ID..." for notes).
// The driver fails on every expected finding or note that is missing and on
// every one that is not expected.
package enginetest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/engine"
)

// wantOne is one want annotation after a comment marker; wantComment
// matches the annotations that end a line, so that a line can expect
// findings of some rules and notes of others
// (# want AWS-005 # want-note AWS-007).
const wantOne = `(?:#|//)\s*want(-note)?\s+((?:[A-Z][A-Z0-9-]*(?:\s+"(?:[^"\\]|\\.)*")?[ ,]*)+)\s*`

var (
	wantComment = regexp.MustCompile(`(?:` + wantOne + `)+$`)
	wantEach    = regexp.MustCompile(wantOne)
)

// wantItem is one rule id with its optional quoted message pattern.
var wantItem = regexp.MustCompile(`([A-Z][A-Z0-9-]*)(?:\s+("(?:[^"\\]|\\.)*"))?`)

// Expectation is one expected finding (or note): a rule id on a line of a
// file, with an optional pattern for the message.
type Expectation struct {
	File string
	Line int
	Rule string
	// Note expects an undecided note instead of a finding.
	Note bool
	// Message, when not empty, is a regular expression the message must
	// match.
	Message string
}

func (e Expectation) String() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Rule) }

// key is what a finding and an expectation are matched on.
type key struct {
	File string
	Line int
	Rule string
	Note bool
}

func (e Expectation) key() key { return key{e.File, e.Line, e.Rule, e.Note} }

// BaselineMarker is a file whose presence in a fixture directory scans it
// in account-baseline mode, where missing account-level controls are
// findings.
const BaselineMarker = ".account-baseline"

// TagsMarker is a file in a fixture directory that lists, separated by
// white space, the required tags the directory is scanned with.
const TagsMarker = ".required-tags"

// OptionsMarker is a file in a fixture directory that gives rules'
// options as .soc2lint.yaml's rules.options does: a YAML mapping from rule id
// to that rule's options, decoded strictly into the type its Options
// function returns. A rule whose fixtures need an option (a customer key
// required by policy) keeps them beside the fixtures.
const OptionsMarker = ".rule-options"

// RuleOptions reads dir's OptionsMarker for rules, else returns inherited.
func RuleOptions(dir string, inherited map[string]any, rules []*engine.Rule) (map[string]any, error) {
	data, err := os.ReadFile(filepath.Join(dir, OptionsMarker))
	if err != nil {
		return inherited, nil
	}
	var raw map[string]yaml.Node
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", OptionsMarker, err)
	}
	out := map[string]any{}
	for id, n := range raw {
		var rule *engine.Rule
		for _, r := range rules {
			if r.ID == id {
				rule = r
			}
		}
		if rule == nil {
			continue // the fixture is scanned with other rules too
		}
		if rule.Options == nil {
			return nil, fmt.Errorf("%s: %s takes no options", OptionsMarker, id)
		}
		opts := rule.Options()
		dec := yaml.NewDecoder(strings.NewReader(yamlText(&n)))
		dec.KnownFields(true)
		if err := dec.Decode(opts); err != nil {
			return nil, fmt.Errorf("%s: options of %s: %w", OptionsMarker, id, err)
		}
		out[id] = opts
	}
	return out, nil
}

// yamlText renders a node back to text, for a strict decoder.
func yamlText(n *yaml.Node) string {
	b, err := yaml.Marshal(n)
	if err != nil {
		return ""
	}
	return string(b)
}

// ruleOptions is RuleOptions, failing the test on a bad marker.
func ruleOptions(t testing.TB, dir string, inherited map[string]any, rules []*engine.Rule) map[string]any {
	t.Helper()
	opts, err := RuleOptions(dir, inherited, rules)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return opts
}

// Run scans dir (a directory or file) with rules as one scan, so that
// the files of a directory form one module, and checks the findings and
// undecided notes against the want annotations of the files under it.
func Run(t testing.TB, dir string, rules []*engine.Rule) {
	t.Helper()
	check(t, dir, scanAll(t, dir, nil, nil, nil, rules))
}

// RunFiles checks a rule's fixture directory: every file directly in dir is
// scanned as a module (or template) of its own, so that good.tf and bad.tf
// may use the same resource names, and every subdirectory is scanned whole,
// as Run scans it. The directory's markers apply to every scan.
func RunFiles(t testing.TB, dir string, rules []*engine.Rule) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if callsLocal(dir, entries) {
		Run(t, dir, rules)
		return
	}
	var all []string
	for _, e := range entries {
		if e.IsDir() || fixtureFile(e.Name()) {
			all = append(all, e.Name())
		}
	}
	tags := requiredTags(dir, nil)
	opts := ruleOptions(t, dir, nil, rules)
	var got outcome
	for _, name := range all {
		if info, err := os.Stat(filepath.Join(dir, name)); err == nil && info.IsDir() {
			got.add(scanAll(t, filepath.Join(dir, name), nil, tags, opts, rules))
			continue
		}
		var others []string
		for _, o := range all {
			if o != name {
				others = append(others, "/"+o)
			}
		}
		got.add(scanAll(t, dir, others, tags, opts, rules))
	}
	check(t, dir, got)
}

// localCall matches a Terraform module source or a CloudFormation nested
// template that names a local path.
var localCall = regexp.MustCompile(`(?m)^\s*(?:source\s*=\s*"\.{1,2}/|(?:TemplateURL|Location)\s*:\s*["']?\.{1,2}/)`)

// callsLocal reports whether a file directly in dir calls a module or
// nested template by a local path: such a fixture is one configuration and
// is scanned whole.
func callsLocal(dir string, entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.IsDir() || !fixtureFile(e.Name()) {
			continue
		}
		if data, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil && localCall.Match(data) {
			return true
		}
	}
	return false
}

// fixtureFile reports whether name is a source file the engine reads as a
// module or template of its own (variable files go with every module).
func fixtureFile(name string) bool {
	for _, ext := range []string{".tf", ".tf.json", ".yaml", ".yml", ".json", ".template"} {
		if strings.HasSuffix(name, ext) && !strings.HasSuffix(name, ".tfvars.json") {
			return true
		}
	}
	return false
}

// outcome is what the scans of one fixture produced.
type outcome struct {
	findings []engine.Finding
	notes    []engine.Undecided
}

func (o *outcome) add(x outcome) {
	o.findings = append(o.findings, x.findings...)
	o.notes = append(o.notes, x.notes...)
}

// requiredTags returns the tags dir's marker lists, else inherited.
func requiredTags(dir string, inherited []string) []string {
	if data, err := os.ReadFile(filepath.Join(dir, TagsMarker)); err == nil {
		return strings.Fields(string(data))
	}
	return inherited
}

// scanAll scans dir, leaving out the anchored exclude patterns, with the
// settings its markers give (the required tags and rule options of a
// parent fixture directory are inherited); subdirectories with their own baseline marker
// that are not excluded are scanned on their own. Error diagnostics fail
// the test.
func scanAll(t testing.TB, dir string, exclude, tags []string, opts map[string]any, rules []*engine.Rule) outcome {
	t.Helper()
	_, err := os.Stat(filepath.Join(dir, BaselineMarker))
	baseline := err == nil
	var got outcome
	// A subdirectory with its own marker is checked on its own, in
	// account-baseline mode.
	tags = requiredTags(dir, tags)
	opts = ruleOptions(t, dir, opts, rules)
	skip := &engine.Exclude{Base: filepath.FromSlash(absPath(dir)), Patterns: exclude}
	for _, s := range baselineSubdirs(dir) {
		if skip.Match(filepath.FromSlash(absPath(s)), true) || excludedBelow(skip, s, dir) {
			continue
		}
		got.add(scanAll(t, s, nil, tags, opts, rules))
		rel, _ := filepath.Rel(dir, s)
		exclude = append(exclude, "/"+filepath.ToSlash(rel))
	}
	// CheckReads: a rule that reads a type it does not declare, or
	// declares it judges resources alone and does not, fails its fixtures.
	cfg := engine.Config{Rules: rules, AccountBaseline: baseline, RequiredTags: tags, RuleOptions: opts, CheckReads: true}
	if len(exclude) > 0 {
		cfg.Exclude = &engine.Exclude{Base: filepath.FromSlash(absPath(dir)), Patterns: exclude}
	}
	res, err := engine.Scan(context.Background(), []string{dir}, cfg)
	if err != nil {
		t.Fatalf("scan %s: %v", dir, err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == "error" {
			t.Errorf("diagnostic: %s", d.Error())
		}
	}
	got.findings = append(got.findings, res.Findings...)
	got.notes = append(got.notes, res.Evidence.Undecided...)
	return got
}

// check compares what the scans produced with the expectations under dir.
func check(t testing.TB, dir string, got outcome) {
	t.Helper()
	want, err := Expectations(dir)
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		key key
		msg string
	}
	var items []item
	for _, f := range got.findings {
		items = append(items, item{key{absPath(f.Range.File), int(f.Range.Start.Line), f.Rule.ID, false}, f.Text()})
	}
	for _, n := range got.notes {
		items = append(items, item{key{absPath(n.Range.File), int(n.Range.Start.Line), n.Rule.ID, true}, n.Text()})
	}
	used := make([]bool, len(items))
	for _, e := range want {
		var re *regexp.Regexp
		if e.Message != "" {
			if re, err = regexp.Compile(e.Message); err != nil {
				t.Errorf("%s: bad message pattern: %v", fixtureLoc(e), err)
				continue
			}
		}
		found := false
		for i, it := range items {
			if !used[i] && it.key == e.key() && (re == nil || re.MatchString(it.msg)) {
				used[i], found = true, true
				break
			}
		}
		if found {
			continue
		}
		what := "finding"
		if e.Note {
			what = "undecided note"
		}
		if re != nil {
			t.Errorf("%s: expected %s %s matching %q, got none", fixtureLoc(e), what, e.Rule, e.Message)
		} else {
			t.Errorf("%s: expected %s %s, got none", fixtureLoc(e), what, e.Rule)
		}
	}
	var extra []string
	for i, it := range items {
		if used[i] {
			continue
		}
		what := "finding"
		if it.key.Note {
			what = "undecided note"
		}
		extra = append(extra, fmt.Sprintf("%s:%d: unexpected %s %s: %s", it.key.File, it.key.Line, what, it.key.Rule, it.msg))
	}
	sort.Strings(extra)
	for _, x := range extra {
		t.Error(x)
	}
}

// excludedBelow reports whether a directory between dir and s is excluded.
func excludedBelow(e *engine.Exclude, s, dir string) bool {
	for p := filepath.Dir(s); len(p) > len(dir); p = filepath.Dir(p) {
		if e.Match(filepath.FromSlash(absPath(p)), true) {
			return true
		}
	}
	return false
}

// baselineSubdirs returns the directories below dir (not dir itself) that
// hold a BaselineMarker, outermost only.
func baselineSubdirs(dir string) []string {
	var out []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || !info.IsDir() || p == dir {
			return nil
		}
		if _, err := os.Stat(filepath.Join(p, BaselineMarker)); err == nil {
			out = append(out, p)
			return filepath.SkipDir
		}
		return nil
	})
	return out
}

// under reports whether the absolute slash path file lies in one of dirs.
func under(file string, dirs []string) bool {
	for _, d := range dirs {
		if strings.HasPrefix(file, absPath(d)+"/") {
			return true
		}
	}
	return false
}

func fixtureLoc(e Expectation) string { return e.File + ":" + strconv.Itoa(e.Line) }

// absPath makes a reported or walked path absolute, with forward slashes,
// so that both sides of the comparison name a file the same way.
func absPath(p string) string {
	if abs, err := filepath.Abs(filepath.FromSlash(p)); err == nil {
		p = abs
	}
	return filepath.ToSlash(p)
}

// Expectations reads the want annotations of every file under root. File
// names are absolute, with forward slashes.
func Expectations(root string) ([]Expectation, error) {
	var out []Expectation
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		name := absPath(p)
		if strings.HasSuffix(p, ".want") {
			es, err := sidecar(p, strings.TrimSuffix(name, ".want"))
			out = append(out, es...)
			return err
		}
		if strings.HasSuffix(p, ".json") {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			for _, m := range wantEach.FindAllStringSubmatch(wantComment.FindString(sc.Text()), -1) {
				for _, it := range wantItem.FindAllStringSubmatch(m[2], -1) {
					e := Expectation{File: name, Line: line, Rule: it[1], Note: m[1] != ""}
					if it[2] != "" {
						msg, err := strconv.Unquote(it[2])
						if err != nil {
							return fmt.Errorf("%s:%d: bad quoted message pattern %s", p, line, it[2])
						}
						e.Message = msg
					}
					out = append(out, e)
				}
			}
		}
		return sc.Err()
	})
	return out, err
}

func sidecar(path, file string) ([]Expectation, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Expectation
	for i, l := range strings.Split(string(data), "\n") {
		fields := strings.Fields(l)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		n, err := strconv.Atoi(fields[0])
		note := len(fields) > 1 && fields[1] == "note"
		if note {
			fields = fields[1:]
		}
		if err != nil || len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want lines are \"LINE [note] RULE-ID...\"", path, i+1)
		}
		for _, id := range fields[1:] {
			out = append(out, Expectation{File: file, Line: n, Rule: id, Note: note})
		}
	}
	return out, nil
}
