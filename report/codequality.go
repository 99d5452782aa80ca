package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/soc2lint/soc2lint/engine"
)

// GitLab's Code Quality report: a JSON array of issues in the Code Climate
// format, of which GitLab reads description, check_name, fingerprint,
// severity (info, minor, major, critical or blocker) and location (path
// relative to the repository, lines.begin). GitLab shows the issues in merge
// requests and keys them by fingerprint, which must be unique in a report.

type codeQualityIssue struct {
	Type        string              `json:"type"`
	CheckName   string              `json:"check_name"`
	Description string              `json:"description"`
	Categories  []string            `json:"categories"`
	Severity    string              `json:"severity"`
	Fingerprint string              `json:"fingerprint"`
	Location    codeQualityLocation `json:"location"`
	EngineName  string              `json:"engine_name"`
}

type codeQualityLocation struct {
	Path  string           `json:"path"`
	Lines codeQualityLines `json:"lines"`
}

type codeQualityLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// codeQualitySeverity maps rule severities onto Code Climate's five levels,
// keeping info for what soc2lint does not rank.
func codeQualitySeverity(s engine.Severity) string {
	switch s {
	case engine.Critical:
		return "blocker"
	case engine.High:
		return "critical"
	case engine.Medium:
		return "major"
	default:
		return "minor"
	}
}

// WriteCodeQuality writes the open findings of res as a GitLab Code Quality
// report. Paths are as the scan reported them: run soc2lint from the
// repository root so that GitLab finds the files. Suppressed findings and
// diagnostics are left out: Code Quality lists problems in the code only.
func WriteCodeQuality(w io.Writer, res *engine.Result) error {
	for _, f := range res.Findings {
		if f.Rule == nil {
			return fmt.Errorf("codequality: finding %q has no rule", f.Text())
		}
	}
	// The array is written an issue at a time, with the bytes
	// jsonindent.Encode(w, issues, false) gives it whole.
	s := newJSONStream(w, false)
	if len(res.Findings) == 0 {
		s.raw("[]\n")
		return s.flush(true)
	}
	s.raw("[")
	seen := map[string]int{}
	for i, f := range res.Findings {
		if i > 0 {
			s.raw(",")
		}
		s.raw("\n  ")
		s.value(codeQuality(f, seen), 1)
	}
	s.raw("\n]\n")
	return s.flush(true)
}

// codeQuality is f's issue; seen counts the fingerprints so far.
func codeQuality(f engine.Finding, seen map[string]int) codeQualityIssue {
	fp := engine.Fingerprint(&f, f.Range.File)
	// Findings with one identity (the same problem twice in one
	// resource) get distinct fingerprints by their order, which is
	// stable.
	seen[fp]++
	if n := seen[fp]; n > 1 {
		fp = fp + ":" + strconv.Itoa(n)
	}
	begin := max(int(f.Range.Start.Line), 1)
	issue := codeQualityIssue{
		Type:        "issue",
		CheckName:   f.Rule.ID,
		Description: f.Rule.ID + ": " + oneLine(f.Text()),
		Categories:  []string{"Security"},
		Severity:    codeQualitySeverity(f.Rule.Severity),
		Fingerprint: fp,
		Location:    codeQualityLocation{Path: f.Range.File, Lines: codeQualityLines{Begin: begin}},
		EngineName:  "soc2lint",
	}
	if int(f.Range.End.Line) > begin {
		issue.Location.Lines.End = int(f.Range.End.Line)
	}
	return issue
}
