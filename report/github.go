package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// WriteGitHubAnnotations writes res as GitHub Actions workflow commands
// (::error file=...,line=...::message), which the runner turns into
// annotations on the pull request's changed lines and in the job summary,
// without code scanning. Critical and high findings are errors, medium
// warnings, low notices; files that failed to parse are errors.
func WriteGitHubAnnotations(w io.Writer, res *engine.Result, docsURL func(ruleID string) string) error {
	bw := bufio.NewWriter(w)
	for _, d := range res.Diagnostics {
		level := "warning"
		switch d.Severity {
		case parser.SevError:
			level = "error"
		case parser.SevWarning:
		default:
			level = "notice"
		}
		writeWorkflowCommand(bw, level, d.Range, "soc2lint", diagnosticText(d))
	}
	for _, f := range res.Findings {
		level := "notice"
		switch f.Rule.Severity {
		case engine.Critical, engine.High:
			level = "error"
		case engine.Medium:
			level = "warning"
		}
		msg := f.Text()
		if f.Rule.Remediation.Summary != "" {
			msg += "\nfix: " + f.Rule.Remediation.Summary
		}
		if docsURL != nil {
			msg += "\ndocs: " + docsURL(f.Rule.ID)
		}
		writeWorkflowCommand(bw, level, f.Range, f.Rule.ID+" "+f.Rule.Title, msg)
	}
	return bw.Flush()
}

func writeWorkflowCommand(w *bufio.Writer, level string, r parser.Range, title, msg string) {
	w.WriteString("::" + level + " ")
	var props []string
	if r.File != "" {
		props = append(props, "file="+escapeProperty(r.File))
		if r.Start.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", r.Start.Line))
			if r.End.Line > r.Start.Line {
				props = append(props, fmt.Sprintf("endLine=%d", r.End.Line))
			}
			if r.Start.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", r.Start.Column))
			}
		}
	}
	props = append(props, "title="+escapeProperty(title))
	w.WriteString(strings.Join(props, ","))
	w.WriteString("::" + escapeData(msg) + "\n")
}

// escapeData escapes a workflow command's message as the runner unescapes
// it: %, CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value: also : and , which separate
// properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
