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
	// The document is written a testcase at a time, with the bytes
	// xml.Encoder gave the whole junitSuites tree: the suites' and the
	// root's counts are known from the findings' rules, and each rule's
	// suite lists its findings' indexes until it is written.
	type ruleSuite struct {
		rule                 *engine.Rule
		findings, suppressed []int
	}
	byRule := map[string]*ruleSuite{}
	var order []*ruleSuite
	suite := func(r *engine.Rule) *ruleSuite {
		if s, ok := byRule[r.ID]; ok {
			return s
		}
		s := &ruleSuite{rule: r}
		byRule[r.ID] = s
		order = append(order, s)
		return s
	}
	for _, r := range rules {
		if r != nil {
			suite(r)
		}
	}
	for i, f := range res.Findings {
		if f.Rule == nil {
			return fmt.Errorf("junit: finding %q has no rule", f.Text())
		}
		s := suite(f.Rule)
		s.findings = append(s.findings, i)
	}
	for i, sf := range res.Suppressed {
		if sf.Finding.Rule == nil {
			return fmt.Errorf("junit: suppressed finding %q has no rule", sf.Finding.Text())
		}
		s := suite(sf.Finding.Rule)
		s.suppressed = append(s.suppressed, i)
	}

	diags := junitDiagnostics(res.Diagnostics)
	diags.Tests, diags.Errors = len(diags.Cases), len(diags.Cases)
	root := junitSuites{Name: "soc2lint", Tests: diags.Tests, Errors: diags.Errors}
	for _, s := range order {
		root.Tests += max(1, len(s.findings)+len(s.suppressed))
		root.Failures += len(s.findings)
		root.Skipped += len(s.suppressed)
	}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	rootStart := xml.StartElement{Name: xml.Name{Local: "testsuites"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "name"}, Value: root.Name},
		{Name: xml.Name{Local: "tests"}, Value: strconv.Itoa(root.Tests)},
		{Name: xml.Name{Local: "failures"}, Value: strconv.Itoa(root.Failures)},
		{Name: xml.Name{Local: "errors"}, Value: strconv.Itoa(root.Errors)},
		{Name: xml.Name{Local: "skipped"}, Value: strconv.Itoa(root.Skipped)},
	}}
	if err := enc.EncodeToken(rootStart); err != nil {
		return err
	}
	if len(diags.Cases) > 0 {
		if err := enc.EncodeElement(diags, xml.StartElement{Name: xml.Name{Local: "testsuite"}}); err != nil {
			return err
		}
	}
	caseStart := xml.StartElement{Name: xml.Name{Local: "testcase"}}
	for _, rs := range order {
		r := rs.rule
		s := junitSuite{Name: r.ID + ": " + xmlText(r.Title), Properties: &junitProperties{List: []junitProperty{
			{Name: "severity", Value: r.Severity.String()},
			{Name: "checklist", Value: strings.Join(r.Checklist, ",")},
			{Name: "soc2", Value: strings.Join(r.SOC2, ",")},
		}}}
		s.Tests = max(1, len(rs.findings)+len(rs.suppressed))
		s.Failures, s.Skipped = len(rs.findings), len(rs.suppressed)
		start := xml.StartElement{Name: xml.Name{Local: "testsuite"}, Attr: []xml.Attr{
			{Name: xml.Name{Local: "name"}, Value: s.Name},
			{Name: xml.Name{Local: "tests"}, Value: strconv.Itoa(s.Tests)},
			{Name: xml.Name{Local: "failures"}, Value: strconv.Itoa(s.Failures)},
			{Name: xml.Name{Local: "errors"}, Value: strconv.Itoa(s.Errors)},
			{Name: xml.Name{Local: "skipped"}, Value: strconv.Itoa(s.Skipped)},
		}}
		if err := enc.EncodeToken(start); err != nil {
			return err
		}
		if err := enc.EncodeElement(s.Properties, xml.StartElement{Name: xml.Name{Local: "properties"}}); err != nil {
			return err
		}
		if s.Tests > len(rs.findings)+len(rs.suppressed) {
			if err := enc.EncodeElement(junitCase{Name: "no findings", Classname: r.ID}, caseStart); err != nil {
				return err
			}
		}
		for _, i := range rs.findings {
			f := res.Findings[i]
			c := findingCase(f)
			c.Failure = &junitProblem{Message: xmlText(f.Text()), Type: f.Rule.Severity.String(), Text: xmlText(findingDetail(f, docsURL))}
			if err := enc.EncodeElement(c, caseStart); err != nil {
				return err
			}
		}
		for _, i := range rs.suppressed {
			sf := res.Suppressed[i]
			c := findingCase(sf.Finding)
			msg := "suppressed"
			if sf.By != nil {
				msg += " (" + string(sf.By.Kind) + ")"
				if sf.By.Reason != "" {
					msg += ": " + sf.By.Reason
				}
			}
			c.Skipped = &junitProblem{Message: xmlText(msg)}
			if err := enc.EncodeElement(c, caseStart); err != nil {
				return err
			}
		}
		if err := enc.EncodeToken(start.End()); err != nil {
			return err
		}
	}
	if err := enc.EncodeToken(rootStart.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
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
