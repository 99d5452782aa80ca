package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// JUnit XML, as CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) read
// it: a <testsuites> root holding one <testsuite> per rule, in registry
// order. Each finding is a failing <testcase>; a rule without findings has
// one passing testcase, so that dashboards show every check that ran; a
// suppressed finding is a skipped testcase carrying the ignore's reason.
// Files that could not be read or parsed are errored testcases of a first
// suite named "soc2lint". The counts on each suite and on the root add up.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string           `xml:"name,attr"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Errors     int              `xml:"errors,attr"`
	Skipped    int              `xml:"skipped,attr"`
	Properties *junitProperties `xml:"properties,omitempty"`
	Cases      []junitCase      `xml:"testcase"`
}

type junitProperties struct {
	List []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      string        `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitProblem `xml:"skipped,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",cdata"`
}

// WriteJUnit writes res as JUnit XML. rules are every rule that ran, in
// registry order; docsURL, when not nil, gives the documentation page of a
// rule for the failure text.
func WriteJUnit(w io.Writer, rules []*engine.Rule, res *engine.Result, docsURL func(ruleID string) string) error {
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

// junitDiagnostics is the suite of files that could not be scanned: one
// errored testcase per error diagnostic (warnings and notes are not test
// results).
func junitDiagnostics(ds parser.Diagnostics) junitSuite {
	s := junitSuite{Name: "soc2lint"}
	for _, d := range ds {
		if d.Severity != parser.SevError {
			continue
		}
		c := junitCase{Name: xmlText(position(d.Range)), Classname: "soc2lint", File: xmlText(d.Range.File)}
		if d.Range.Start.Line > 0 {
			c.Line = strconv.Itoa(int(d.Range.Start.Line))
		}
		c.Error = &junitProblem{Message: xmlText(d.Summary), Type: "error", Text: xmlText(d.Error())}
		s.Cases = append(s.Cases, c)
	}
	return s
}

func findingCase(f engine.Finding) junitCase {
	name := position(f.Range)
	if f.Resource != nil && f.Resource.Address != "" {
		name = f.Resource.Address + " (" + name + ")"
	}
	c := junitCase{Name: xmlText(name), Classname: f.Rule.ID, File: xmlText(f.Range.File)}
	if f.Range.Start.Line > 0 {
		c.Line = strconv.Itoa(int(f.Range.Start.Line))
	}
	return c
}

// findingDetail is the body of a failure: what the text output says about
// the finding, without the source lines.
func findingDetail(f engine.Finding, docsURL func(string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s\n", strings.ToUpper(f.Rule.Severity.String()), f.Rule.ID, f.Rule.Title)
	fmt.Fprintf(&b, "%s", position(f.Range))
	if f.Resource != nil && f.Resource.Address != "" {
		fmt.Fprintf(&b, "  %s", f.Resource.Address)
	}
	fmt.Fprintf(&b, "\n%s\n", f.Text())
	for _, r := range f.Related {
		fmt.Fprintf(&b, "%s (%s:%d)\n", r.Message, r.Range.File, r.Range.Start.Line)
	}
	if f.Rule.Remediation.Summary != "" {
		fmt.Fprintf(&b, "fix: %s\n", f.Rule.Remediation.Summary)
	}
	if docsURL != nil {
		fmt.Fprintf(&b, "docs: %s\n", docsURL(f.Rule.ID))
	}
	return b.String()
}

// xmlText replaces what XML 1.0 cannot hold at all (most control
// characters, invalid UTF-8) with U+FFFD, so that every report parses.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
