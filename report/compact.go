package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// WriteCompact writes one line per finding, in the file:line:column form
// that editors and grep understand, after the diagnostics, one line each:
//
//	main.tf:12:5: high AWS-001 Security group allows SSH from 0.0.0.0/0 [aws_security_group.bastion]
//
// It writes no summary, so an empty output means nothing was found.
func WriteCompact(w io.Writer, res *engine.Result) error {
	bw := bufio.NewWriter(w)
	for _, d := range res.Diagnostics {
		fmt.Fprintf(bw, "%s: %s: %s\n", position(d.Range), d.Severity, oneLine(diagnosticText(d)))
	}
	for _, f := range res.Findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s %s %s", f.Range.File, f.Range.Start.Line, f.Range.Start.Column,
			f.Rule.Severity, f.Rule.ID, oneLine(f.Text()))
		if f.Resource != nil && f.Resource.Address != "" {
			fmt.Fprintf(bw, " [%s]", f.Resource.Address)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// position is file:line:column, or the file alone when the line is unknown.
func position(r parser.Range) string {
	if r.Start.Line == 0 {
		return r.File
	}
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Column)
}

// diagnosticText is a diagnostic's summary and detail, without position.
func diagnosticText(d parser.Diagnostic) string {
	if d.Detail == "" {
		return d.Summary
	}
	return d.Summary + ": " + d.Detail
}

// oneLine folds line breaks and tabs so that a record stays on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
