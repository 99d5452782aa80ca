package report

import (
	"bytes"
	"encoding/json"
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
	// The document is written a value at a time (jsonStream), in the
	// order and with the indentation jsonindent.Encode gives JSONOutput
	// whole: on one file of 30,000 resources, the 40,142 findings as
	// JSONFindings, their compact encoding grown by doubling and its
	// indented copy were live at once, about 150 MB at the end of a run
	// whose heap was at most 200-230 MB before it.
	s := newJSONStream(w, true)
	s.raw("{\n")
	s.field("schemaVersion", JSONSchemaVersion)
	s.field("tool", JSONTool{Name: "soc2lint", Version: version})
	writeArray(s, "findings", len(res.Findings), func(i int) JSONFinding { return jsonFinding(res.Findings[i]) })
	writeArray(s, "suppressed", len(res.Suppressed), func(i int) JSONSuppressed {
		sf := res.Suppressed[i]
		by := sf.By
		return JSONSuppressed{
			JSONFinding: jsonFinding(sf.Finding),
			Suppression: JSONSuppression{Kind: string(by.Kind), Reason: by.Reason, Until: by.Until, File: by.Range.File, Range: jsonRange(by.Range)},
		}
	})
	writeArray(s, "diagnostics", len(res.Diagnostics), func(i int) JSONDiagnostic {
		d := res.Diagnostics[i]
		return JSONDiagnostic{
			Severity: string(d.Severity), Summary: d.Summary, Detail: d.Detail,
			File: d.Range.File, Range: jsonRange(d.Range),
		}
	})
	writeArray(s, "undecided", len(res.Evidence.Undecided), func(i int) JSONUndecided {
		u := res.Evidence.Undecided[i]
		return JSONUndecided{
			Rule: u.Rule.ID, File: u.Range.File, Range: jsonRange(u.Range),
			Resource: u.Resource.Address, Detail: u.Detail, Message: u.Text(),
		}
	})
	s.raw(`  "summary": `)
	s.value(JSONSummary{Counts: Count(res.Findings), Files: res.FilesScanned, Suppressed: len(res.Suppressed), Undecided: len(res.Evidence.Undecided)}, 1)
	s.raw("\n}\n")
	return s.flush(true)
}

// jsonStream writes an indented JSON document to w a value at a time:
// each value is encoded compact by encoding/json (HTML escaped or not, as
// jsonindent.Encode(w, v, escapeHTML) does) and indented at its depth
// (jsonindent.AppendAt); the output is flushed to w every 64 KB.
type jsonStream struct {
	w       io.Writer
	compact bytes.Buffer
	enc     *json.Encoder
	out     []byte
	err     error
}

func newJSONStream(w io.Writer, escapeHTML bool) *jsonStream {
	s := &jsonStream{w: w, out: make([]byte, 0, 80<<10)}
	s.enc = json.NewEncoder(&s.compact)
	s.enc.SetEscapeHTML(escapeHTML)
	return s
}

func (s *jsonStream) raw(text string) { s.out = append(s.out, text...) }

// value writes v, a value depth levels deep.
func (s *jsonStream) value(v any, depth int) {
	if s.err != nil {
		return
	}
	s.compact.Reset()
	if err := s.enc.Encode(v); err != nil {
		s.err = err
		return
	}
	// The Encoder ends the value with a newline.
	s.out = jsonindent.AppendAt(s.out, bytes.TrimSuffix(s.compact.Bytes(), []byte("\n")), depth)
	s.flush(false)
}

// field writes a member of the top-level object, which is not its last.
func (s *jsonStream) field(name string, v any) {
	s.raw(`  "` + name + `": `)
	s.value(v, 1)
	s.raw(",\n")
}

// flush writes what is buffered once there is 64 KB of it, or all of it.
func (s *jsonStream) flush(all bool) error {
	if s.err == nil && (all || len(s.out) >= 64<<10) {
		_, s.err = s.w.Write(s.out)
		s.out = s.out[:0]
	}
	return s.err
}

// writeArray writes a member of the top-level object, which is not its
// last, whose value is an array of n elements.
func writeArray[T any](s *jsonStream, name string, n int, elem func(int) T) {
	s.raw(`  "` + name + `": [`)
	if n == 0 {
		s.raw("],\n")
		return
	}
	for i := range n {
		if i > 0 {
			s.raw(",")
		}
		s.raw("\n    ")
		s.value(elem(i), 2)
	}
	s.raw("\n  ],\n")
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
