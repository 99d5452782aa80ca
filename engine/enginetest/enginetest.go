// Package enginetest checks rules against fixture files that carry their
// own expectations, in the manner of golang.org/x/tools' analysistest.
//
// A fixture marks each line where a finding is expected with a comment
// naming the rule ids, in whatever comment syntax the format has:
//
//	cidr_blocks = ["0.0.0.0/0"] # want AWS-001
//	      CidrIp: 0.0.0.0/0      # want AWS-001
//
// JSON has no comments: a JSON fixture lists its expectations in a sibling
// file of the same name plus ".want", one "LINE RULE-ID..." per line.
// The driver fails on every expected finding that is missing and on every
// finding that is not expected.
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

	"github.com/soc2lint/soc2lint/engine"
)

// wantComment matches a want annotation after a comment marker.
var wantComment = regexp.MustCompile(`(?:#|//)\s*want\s+([A-Z][A-Z0-9-]*(?:[ ,]+[A-Z][A-Z0-9-]*)*)\s*$`)

// Expectation is one expected finding: a rule id on a line of a file.
type Expectation struct {
	File string
	Line int
	Rule string
}

func (e Expectation) String() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Rule) }

// BaselineMarker is a file whose presence in a fixture directory scans it
// in account-baseline mode, where missing account-level controls are
// findings.
const BaselineMarker = ".account-baseline"

// TagsMarker is a file in a fixture directory that lists, separated by
// white space, the required tags the directory is scanned with.
const TagsMarker = ".required-tags"

// Run scans dir (a directory or file) with rules and checks the findings
// against the want annotations of the files under it. It returns the
// result for further checks.
func Run(t testing.TB, dir string, rules []*engine.Rule) *engine.Result {
	t.Helper()
	_, err := os.Stat(filepath.Join(dir, BaselineMarker))
	baseline := err == nil
	// A subdirectory with its own marker is checked on its own, in
	// account-baseline mode, and left out of this scan's comparison.
	subs := baselineSubdirs(dir)
	for _, s := range subs {
		Run(t, s, rules)
	}
	var tags []string
	if data, err := os.ReadFile(filepath.Join(dir, TagsMarker)); err == nil {
		tags = strings.Fields(string(data))
	}
	res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: rules, AccountBaseline: baseline, RequiredTags: tags})
	if err != nil {
		t.Fatalf("scan %s: %v", dir, err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == "error" && !under(absPath(d.Range.File), subs) {
			t.Errorf("diagnostic: %s", d.Error())
		}
	}
	all, err := Expectations(dir)
	if err != nil {
		t.Fatal(err)
	}
	var want []Expectation
	for _, e := range all {
		if !under(e.File, subs) {
			want = append(want, e)
		}
	}
	var findings []engine.Finding
	for _, f := range res.Findings {
		if !under(absPath(f.Range.File), subs) {
			findings = append(findings, f)
		}
	}
	got := map[Expectation]int{}
	for _, f := range findings {
		got[Expectation{File: absPath(f.Range.File), Line: f.Range.Start.Line, Rule: f.Rule.ID}]++
	}
	for _, e := range want {
		if got[e] == 0 {
			t.Errorf("%s: expected finding %s, got none", fixtureLoc(e), e.Rule)
			continue
		}
		got[e]--
	}
	var extra []string
	for _, f := range findings {
		e := Expectation{File: absPath(f.Range.File), Line: f.Range.Start.Line, Rule: f.Rule.ID}
		if got[e] > 0 {
			got[e]--
			extra = append(extra, fmt.Sprintf("%s: unexpected finding %s: %s", fixtureLoc(e), f.Rule.ID, f.Message))
		}
	}
	sort.Strings(extra)
	for _, x := range extra {
		t.Error(x)
	}
	return res
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
			if m := wantComment.FindStringSubmatch(sc.Text()); m != nil {
				for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
					out = append(out, Expectation{File: name, Line: line, Rule: id})
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
		if err != nil || len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want lines are \"LINE RULE-ID...\"", path, i+1)
		}
		for _, id := range fields[1:] {
			out = append(out, Expectation{File: file, Line: n, Rule: id})
		}
	}
	return out, nil
}
