package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuiet checks what standard error lists of the diagnostics with and
// without --quiet, when the report goes to standard output and when it
// goes to a file: --quiet keeps the errors and drops notes and warnings;
// the report itself and the summary's counts do not change.
func TestQuiet(t *testing.T) {
	dir := "../../testdata/cloudformation/parse"
	// The true counts, from the JSON report's summary.
	_, js, _ := runCLI(t, "lint", "--format", "json", dir)
	var report struct {
		Findings []json.RawMessage `json:"findings"`
		Summary  struct {
			Critical int `json:"critical"`
			High     int `json:"high"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(js), &report); err != nil {
		t.Fatal(err)
	}
	if len(report.Findings) == 0 || report.Summary.Critical == 0 {
		t.Fatalf("the fixture directory should have findings, critical among them:\n%s", js)
	}
	want := fmt.Sprintf("%d findings: %d critical, %d high", len(report.Findings), report.Summary.Critical, report.Summary.High)
	for _, tc := range []struct {
		name  string
		args  []string
		notes bool
	}{
		{"text", []string{"--format", "text", dir}, true},
		{"text, quiet", []string{"--format", "text", "--quiet", dir}, false},
		{"sarif to a file", []string{"--format", "sarif", "--output", "FILE", dir}, true},
		{"sarif to a file, quiet", []string{"--format", "sarif", "--output", "FILE", "--quiet", dir}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"lint"}, tc.args...)
			for i, a := range args {
				if a == "FILE" {
					args[i] = filepath.Join(t.TempDir(), "report.sarif")
				}
			}
			_, stdout, stderr := runCLI(t, args...)
			notes := strings.Contains(stderr, "note: ") || strings.Contains(stderr, "warning: ")
			if notes != tc.notes {
				t.Errorf("notes or warnings listed: %v, want %v:\n%s", notes, tc.notes, stderr)
			}
			if !strings.Contains(stderr, "error: ") {
				t.Errorf("errors not listed:\n%s", stderr)
			}
			if strings.Contains(stdout, "note: ") || strings.Contains(stdout, "error: ") {
				t.Errorf("diagnostics on standard output:\n%s", stdout)
			}
			if summary := stdout + stderr; !strings.Contains(summary, want) {
				t.Errorf("summary without the true counts (%s):\n%s", want, summary)
			}
		})
	}
}
