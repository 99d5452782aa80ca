package report

import (
	"io"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/internal/jsonindent"
	"github.com/soc2lint/soc2lint/parser"
)

// JSONSchemaVersion is the version of the JSON output's schema. It changes
// only when a field is removed or changes meaning; fields may be added.
const JSONSchemaVersion = "1"

// JSONOutput is the document --format json writes. See docs/json-output.md.
type JSONOutput struct {
	SchemaVersion string        `json:"schemaVersion"`
	Tool          JSONTool      `json:"tool"`
	Findings      []JSONFinding `json:"findings"`
	// Suppressed are findings silenced by ignore comments or Metadata,
	// each with the ignore that silenced it.
	Suppressed  []JSONSuppressed `json:"suppressed"`
	Diagnostics []JSONDiagnostic `json:"diagnostics"`
	// Undecided are the rules' "cannot tell" notes: resources a rule could
	// not judge because a value it needs is unknown.
	Undecided []JSONUndecided `json:"undecided"`
	Summary   JSONSummary     `json:"summary"`
}

// JSONUndecided is one rule that could not decide one resource.
type JSONUndecided struct {
	Rule     string    `json:"rule"`
	File     string    `json:"file"`
	Range    JSONRange `json:"range"`
	Resource string    `json:"resource"`
	// Detail names the unknown input and why it is unknown.
	Detail  string `json:"detail"`
	Message string `json:"message"`
}

// JSONTool names the tool and its version.
type JSONTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// JSONRange is a span of a file; lines and columns are 1-based, end exclusive.
type JSONRange struct {
	Start parser.Pos `json:"start"`
	End   parser.Pos `json:"end"`
}

// JSONEvidence is a place the offending value came through.
type JSONEvidence struct {
	File    string    `json:"file"`
	Range   JSONRange `json:"range"`
	Message string    `json:"message"`
}

// JSONFinding is one finding.
type JSONFinding struct {
	Rule         string         `json:"rule"`
	Title        string         `json:"title"`
	Severity     string         `json:"severity"`
	File         string         `json:"file"`
	Range        JSONRange      `json:"range"`
	Resource     string         `json:"resource"`
	ResourceType string         `json:"resourceType"`
	Format       string         `json:"format"`
	Message      string         `json:"message"`
	Fix          string         `json:"fix"`
	Checklist    []string       `json:"checklist"`
	SOC2         []string       `json:"soc2"`
	Evidence     []JSONEvidence `json:"evidence"`
	// Aliases are other scanners' ids for the rule's check.
	Aliases []string `json:"aliases,omitempty"`
	// Fingerprint identifies the finding across runs (engine.Fingerprint):
	// the same as SARIF's partialFingerprints and baseline entries.
	Fingerprint string `json:"fingerprint"`
}

// JSONSuppressed is a finding silenced by an ignore.
type JSONSuppressed struct {
	JSONFinding
	Suppression JSONSuppression `json:"suppression"`
}

// JSONSuppression is the ignore comment or Metadata entry that silenced a
// finding.
type JSONSuppression struct {
	Kind   string    `json:"kind"`
	Reason string    `json:"reason"`
	Until  string    `json:"until,omitempty"`
	File   string    `json:"file"`
	Range  JSONRange `json:"range"`
}

// JSONDiagnostic is a problem with the input.
type JSONDiagnostic struct {
	Severity string    `json:"severity"`
	Summary  string    `json:"summary"`
	Detail   string    `json:"detail,omitempty"`
	File     string    `json:"file"`
	Range    JSONRange `json:"range"`
}

// JSONSummary counts findings by severity and the files scanned.
type JSONSummary struct {
	Counts
	Files int `json:"files"`
	// Suppressed counts the findings silenced by ignores.
	Suppressed int `json:"suppressed"`
	// Undecided counts the rules' "cannot tell" notes.
	Undecided int `json:"undecided"`
}

func jsonRange(r parser.Range) JSONRange { return JSONRange{Start: r.Start, End: r.End} }

// WriteJSON writes res as indented JSON.
func WriteJSON(w io.Writer, res *engine.Result, version string) error {
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
	return jsonindent.Encode(w, out, true)
}

func jsonFinding(f engine.Finding) JSONFinding {
	jf := JSONFinding{
		Rule: f.Rule.ID, Title: f.Rule.Title, Severity: f.Rule.Severity.String(),
		File: f.Range.File, Range: jsonRange(f.Range),
		Resource: f.Resource.Address, ResourceType: f.Resource.Type, Format: string(f.Resource.Format),
		Message: f.Text(), Fix: f.Rule.Remediation.Summary,
		Checklist: f.Rule.Checklist, SOC2: f.Rule.SOC2, Evidence: []JSONEvidence{},
		Aliases: f.Rule.Aliases, Fingerprint: engine.Fingerprint(&f, f.Range.File)[:32],
	}
	for _, r := range f.Related {
		jf.Evidence = append(jf.Evidence, JSONEvidence{File: r.Range.File, Range: jsonRange(r.Range), Message: r.Text()})
	}
	return jf
}
