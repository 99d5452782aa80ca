package report

import (
	"bytes"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/internal/jsonindent"
	"github.com/soc2lint/soc2lint/parser"
)

// wholeJSON is WriteJSON as it was before it wrote a value at a time: the
// whole JSONOutput built, then encoded and indented at once.
func wholeJSON(res *engine.Result, version string) []byte {
	out := JSONOutput{
		SchemaVersion: JSONSchemaVersion,
		Tool:          JSONTool{Name: "soc2lint", Version: version},
		Findings:      []JSONFinding{},
		Diagnostics:   []JSONDiagnostic{},
		Suppressed:    []JSONSuppressed{},
		Undecided:     []JSONUndecided{},
		Summary:       JSONSummary{Counts: Count(res.Findings), Files: res.FilesScanned, Suppressed: len(res.Suppressed)},
	}
	for _, f := range res.Findings {
		out.Findings = append(out.Findings, jsonFinding(f))
	}
	for _, sf := range res.Suppressed {
		by := sf.By
		out.Suppressed = append(out.Suppressed, JSONSuppressed{
			JSONFinding: jsonFinding(sf.Finding),
			Suppression: JSONSuppression{Kind: string(by.Kind), Reason: by.Reason, Until: by.Until, File: by.Range.File, Range: jsonRange(by.Range)},
		})
	}
	for _, u := range res.Evidence.Undecided {
		out.Undecided = append(out.Undecided, JSONUndecided{
			Rule: u.Rule.ID, File: u.Range.File, Range: jsonRange(u.Range),
			Resource: u.Resource.Address, Detail: u.Detail, Message: u.Text(),
		})
	}
	out.Summary.Undecided = len(out.Undecided)
	for _, d := range res.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, JSONDiagnostic{
			Severity: string(d.Severity), Summary: d.Summary, Detail: d.Detail,
			File: d.Range.File, Range: jsonRange(d.Range),
		})
	}
	var buf bytes.Buffer
	if err := jsonindent.Encode(&buf, out, true); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestJSONStreamAsWhole checks that the document written a value at a
// time is byte for byte the one encoded whole: findings with evidence,
// suppressed findings, undecided notes, diagnostics with and without
// details and text that HTML escaping changes, empty and one-element
// arrays, and more findings than one flush of the stream holds.
func TestJSONStreamAsWhole(t *testing.T) {
	found := scan(t)
	undecided := scanUndecided(t)
	if len(found.Findings) == 0 || len(undecided.Evidence.Undecided) == 0 {
		t.Fatal("the scans found nothing to write")
	}
	r := parser.Range{File: "a/<b>&c.tf", Start: parser.Pos{Line: 3, Column: 5, Byte: 40}, End: parser.Pos{Line: 3, Column: 9, Byte: 44}}
	mixed := &engine.Result{
		Findings:     found.Findings,
		FilesScanned: 7,
		Suppressed: []engine.Suppressed{
			{Finding: found.Findings[0], By: &engine.Suppression{Kind: "comment", Reason: "accepted <risk> & \"quoted\"", Until: "2030-01-01", Range: r}},
			{Finding: found.Findings[len(found.Findings)-1], By: &engine.Suppression{Kind: "comment", Range: r}},
		},
		Diagnostics: parser.Diagnostics{
			{Severity: parser.SevWarning, Summary: "a <warning>", Detail: "with\nlines\tand \u2028", Range: r},
			{Severity: parser.SevError, Summary: "no detail", Range: r},
		},
		Evidence: undecided.Evidence,
	}
	many := &engine.Result{}
	for len(many.Findings) < 2000 {
		many.Findings = append(many.Findings, found.Findings...)
	}
	for name, res := range map[string]*engine.Result{"empty": {}, "findings": found, "undecided": undecided, "mixed": mixed, "many": many} {
		var got bytes.Buffer
		if err := WriteJSON(&got, res, "1.2.3"); err != nil {
			t.Fatal(err)
		}
		if want := wholeJSON(res, "1.2.3"); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: written a value at a time:\n%s\nencoded whole:\n%s", name, got.Bytes(), want)
		}
	}
}

// TestCodeQualityStreamAsWhole checks that the Code Quality report written
// an issue at a time is byte for byte the array encoded whole, with
// repeated fingerprints, text that HTML escaping would change and more
// issues than one flush of the stream holds.
func TestCodeQualityStreamAsWhole(t *testing.T) {
	found := scan(t)
	if len(found.Findings) == 0 {
		t.Fatal("the scan found nothing to write")
	}
	odd := found.Findings[0]
	odd.Message = "a <b> & \"c\"\nd"
	odd.Range.File = "x/<y>&z.tf"
	many := &engine.Result{}
	for len(many.Findings) < 2000 {
		many.Findings = append(many.Findings, found.Findings...)
	}
	many.Findings = append(many.Findings, odd, odd)
	for name, res := range map[string]*engine.Result{"empty": {}, "findings": found, "many": many} {
		issues := make([]codeQualityIssue, 0, len(res.Findings))
		seen := map[string]int{}
		for _, f := range res.Findings {
			issues = append(issues, codeQuality(f, seen))
		}
		var want, got bytes.Buffer
		if err := jsonindent.Encode(&want, issues, false); err != nil {
			t.Fatal(err)
		}
		if err := WriteCodeQuality(&got, res); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: written an issue at a time:\n%s\nencoded whole:\n%s", name, got.Bytes(), want.Bytes())
		}
	}
}
