package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// TestTextDiagnostics checks what a person reads of the diagnostics:
// a note repeated in several places once with its number of places,
// warnings and errors each on its own, only errors with Quiet; the
// summary counts every error either way.
func TestTextDiagnostics(t *testing.T) {
	at := func(file string, line int) parser.Range {
		return parser.Range{File: file, Start: parser.Pos{Line: int32(line), Column: 1}, End: parser.Pos{Line: int32(line), Column: 2}}
	}
	unresolved := "source \"Azure/vnet/azurerm\" is not downloaded"
	diags := parser.Diagnostics{
		{Severity: parser.SevNote, Summary: "module not resolved", Detail: unresolved, Range: at("a/main.tf", 3)},
		{Severity: parser.SevWarning, Summary: "duplicate key", Range: at("b.yaml", 4)},
		{Severity: parser.SevNote, Summary: "module not resolved", Detail: unresolved, Range: at("c/main.tf", 5)},
		{Severity: parser.SevWarning, Summary: "duplicate key", Range: at("b.yaml", 4)},
		{Severity: parser.SevNote, Summary: "module not resolved", Detail: "source \"x/y/z\" is not downloaded", Range: at("c/main.tf", 9)},
		{Severity: parser.SevError, Summary: "cannot parse", Range: at("d.tf", 1)},
		{Severity: parser.SevNote, Summary: "binary file skipped", Range: at("e.tf", 1)},
		{Severity: parser.SevNote, Summary: "module not resolved", Detail: unresolved, Range: at("e/main.tf", 7)},
		{Severity: parser.SevNote, Summary: "binary file skipped", Range: at("f.tf", 1)},
	}
	all := []string{
		"note: a/main.tf:3:1: module not resolved: " + unresolved + " (3 places)",
		"warning: b.yaml:4:1: duplicate key",
		"warning: b.yaml:4:1: duplicate key",
		"note: c/main.tf:9:1: module not resolved: source \"x/y/z\" is not downloaded",
		"error: d.tf:1:1: cannot parse",
		"note: e.tf:1:1: binary file skipped (2 places)",
	}
	errs := []string{"error: d.tf:1:1: cannot parse"}
	rule := &engine.Rule{ID: "TEST-001", Title: "test", Severity: engine.High}
	res := &engine.Result{
		Diagnostics:  diags,
		FilesScanned: 4,
		Findings:     []engine.Finding{{Rule: rule, Resource: &parser.Resource{Address: "x.a"}, Range: at("a/main.tf", 1), Message: "first"}},
	}
	for _, tc := range []struct {
		name  string
		quiet bool
		want  []string
	}{{"default", false, all}, {"quiet", true, errs}} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteDiagnostics(&buf, diags, TextOptions{Quiet: tc.quiet}); err != nil {
				t.Fatal(err)
			}
			if got, want := buf.String(), strings.Join(tc.want, "\n")+"\n"; got != want {
				t.Errorf("WriteDiagnostics:\n%s\nwant\n%s", got, want)
			}
			buf.Reset()
			if err := WriteText(&buf, res, TextOptions{Quiet: tc.quiet}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if got, want := strings.Join(strings.Split(out, "\n")[:len(tc.want)], "\n"), strings.Join(tc.want, "\n"); got != want {
				t.Errorf("WriteText lists:\n%s\nwant\n%s", got, want)
			}
			if !strings.Contains(out, "1 finding: 0 critical, 1 high, 0 medium, 0 low (4 files scanned, 1 error)") {
				t.Errorf("summary does not give the true counts:\n%s", out)
			}
		})
	}
}
