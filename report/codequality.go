package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/internal/jsonindent"
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
	issues := make([]codeQualityIssue, 0, len(res.Findings))
	seen := map[string]int{}
	for _, f := range res.Findings {
		if f.Rule == nil {
			return fmt.Errorf("codequality: finding %q has no rule", f.Text())
		}
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
		issues = append(issues, issue)
	}
	return jsonindent.Encode(w, issues, false)
}
