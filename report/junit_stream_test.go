package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// wholeJUnit is WriteJUnit as it was before it wrote a testcase at a
// time: the whole tree built, then encoded at once.
func wholeJUnit(w io.Writer, rules []*engine.Rule, res *engine.Result, docsURL func(ruleID string) string) error {
	root := junitSuites{Name: "soc2lint"}
	if errs := junitDiagnostics(res.Diagnostics); len(errs.Cases) > 0 {
		root.Suites = append(root.Suites, errs)
	}
	byRule := map[string]*junitSuite{}
	var order []string
	suite := func(r *engine.Rule) *junitSuite {
		if s, ok := byRule[r.ID]; ok {
			return s
		}
		s := &junitSuite{Name: r.ID + ": " + xmlText(r.Title), Properties: &junitProperties{List: []junitProperty{
			{Name: "severity", Value: r.Severity.String()},
			{Name: "checklist", Value: strings.Join(r.Checklist, ",")},
			{Name: "soc2", Value: strings.Join(r.SOC2, ",")},
		}}}
		byRule[r.ID] = s
		order = append(order, r.ID)
		return s
	}
	for _, r := range rules {
		if r != nil {
			suite(r)
		}
	}
	for _, f := range res.Findings {
		if f.Rule == nil {
			return fmt.Errorf("junit: finding %q has no rule", f.Text())
		}
		c := findingCase(f)
		c.Failure = &junitProblem{Message: xmlText(f.Text()), Type: f.Rule.Severity.String(), Text: xmlText(findingDetail(f, docsURL))}
		suite(f.Rule).Cases = append(suite(f.Rule).Cases, c)
	}
	for _, sf := range res.Suppressed {
		if sf.Finding.Rule == nil {
			return fmt.Errorf("junit: suppressed finding %q has no rule", sf.Finding.Text())
		}
		c := findingCase(sf.Finding)
		msg := "suppressed"
		if sf.By != nil {
			msg += " (" + string(sf.By.Kind) + ")"
			if sf.By.Reason != "" {
				msg += ": " + sf.By.Reason
			}
		}
		c.Skipped = &junitProblem{Message: xmlText(msg)}
		suite(sf.Finding.Rule).Cases = append(suite(sf.Finding.Rule).Cases, c)
	}
	for _, id := range order {
		s := byRule[id]
		if len(s.Cases) == 0 {
			s.Cases = []junitCase{{Name: "no findings", Classname: id}}
		}
		root.Suites = append(root.Suites, *s)
	}
	for i := range root.Suites {
		s := &root.Suites[i]
		for _, c := range s.Cases {
			s.Tests++
			switch {
			case c.Failure != nil:
				s.Failures++
			case c.Error != nil:
				s.Errors++
			case c.Skipped != nil:
				s.Skipped++
			}
		}
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Errors += s.Errors
		root.Skipped += s.Skipped
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// TestJUnitStreamAsWhole checks that the JUnit report written a testcase
// at a time is byte for byte the tree encoded whole: rules with and
// without findings, a rule met only in the findings, suppressed findings
// with and without a reason, error diagnostics and others, and many
// findings.
func TestJUnitStreamAsWhole(t *testing.T) {
	found := scan(t)
	if len(found.Findings) == 0 {
		t.Fatal("the scan found nothing to write")
	}
	rules := []*engine.Rule{found.Findings[0].Rule, {ID: "NONE", Title: "no <findings> & \"x\"", Checklist: []string{"A", "B"}}, nil}
	r := parser.Range{File: "a/<b>&c.tf", Start: parser.Pos{Line: 3, Column: 5}}
	odd := found.Findings[len(found.Findings)-1]
	odd.Rule = &engine.Rule{ID: "ODD", Title: "odd\x01", Severity: engine.Low}
	odd.Message = "a <b> & \"c\"\nd\x00"
	mixed := &engine.Result{
		Findings: append(append([]engine.Finding{}, found.Findings...), odd),
		Suppressed: []engine.Suppressed{
			{Finding: found.Findings[0], By: &engine.Suppression{Kind: "comment", Reason: "accepted <risk>", Range: r}},
			{Finding: odd, By: &engine.Suppression{Kind: "metadata", Range: r}},
			{Finding: found.Findings[0]},
		},
		Diagnostics: parser.Diagnostics{
			{Severity: parser.SevWarning, Summary: "a <warning>", Range: r},
			{Severity: parser.SevError, Summary: "no detail", Detail: "x\ny", Range: r},
			{Severity: parser.SevError, Summary: "no place"},
		},
	}
	many := &engine.Result{}
	for len(many.Findings) < 2000 {
		many.Findings = append(many.Findings, found.Findings...)
	}
	docs := func(id string) string { return "https://example.com/" + id }
	for name, res := range map[string]*engine.Result{"empty": {}, "findings": found, "mixed": mixed, "many": many} {
		for _, rs := range [][]*engine.Rule{nil, rules} {
			var got, want bytes.Buffer
			if err := WriteJUnit(&got, rs, res, docs); err != nil {
				t.Fatal(err)
			}
			if err := wholeJUnit(&want, rs, res, docs); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s (%d rules): written a testcase at a time:\n%s\nencoded whole:\n%s", name, len(rs), got.Bytes(), want.Bytes())
			}
			if err := xml.Unmarshal(got.Bytes(), new(junitSuites)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}
