package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// TextOptions configure the text writer.
type TextOptions struct {
	// Color turns on ANSI colours; the caller decides (a terminal, no NO_COLOR).
	Color bool
	// Context is the number of source lines shown around the offending line.
	Context int
	// ShowUndecided lists the rules' "cannot tell" notes (--show-undecided);
	// otherwise only their count is in the summary.
	ShowUndecided bool
	// DocsURL, when set, gives a rule's documentation page, shown under
	// each finding.
	DocsURL func(ruleID string) string
	// NoDiagnostics leaves the diagnostics out: the caller writes them
	// elsewhere (standard error) with WriteDiagnostics.
	NoDiagnostics bool
	// Quiet lists only errors among the diagnostics (--quiet); the
	// summary still counts everything.
	Quiet bool
}

type palette struct{ bold, dim, reset string }

var severityColor = map[engine.Severity]string{
	engine.Critical: "\x1b[1;35m", engine.High: "\x1b[1;31m", engine.Medium: "\x1b[1;33m", engine.Low: "\x1b[1;36m",
}

// WriteText writes res for a person: diagnostics first, then one block per
// finding with the offending source lines, then a summary.
func WriteText(w io.Writer, res *engine.Result, opts TextOptions) error {
	bw := bufio.NewWriter(w)
	p := palette{}
	if opts.Color {
		p = palette{bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m"}
	}
	if !opts.NoDiagnostics {
		listed := listedDiagnostics(res.Diagnostics, opts.Quiet)
		writeDiagnostics(bw, listed, p)
		if len(listed) > 0 && len(res.Findings) > 0 {
			bw.WriteString("\n")
		}
	}
	// Findings are sorted by file: each file is read and split once, and
	// only the current one is held.
	var file string
	var src []string
	for i, f := range res.Findings {
		sev := strings.ToUpper(f.Rule.Severity.String())
		if opts.Color {
			sev = severityColor[f.Rule.Severity] + sev + p.reset
		}
		fmt.Fprintf(bw, "%s %s%s%s %s\n", sev, p.bold, f.Rule.ID, p.reset, f.Rule.Title)
		fmt.Fprintf(bw, "  %s:%d:%d  %s\n", f.Range.File, f.Range.Start.Line, f.Range.Start.Column, f.Resource.Address)
		fmt.Fprintf(bw, "  %s\n", f.Text())
		if i == 0 || f.Range.File != file {
			file, src = f.Range.File, nil
			if res.Sources != nil {
				src = splitLines(res.Sources.Source(file))
			}
		}
		writeSnippet(bw, src, f.Range, opts.Context, p)
		for _, r := range f.Related {
			fmt.Fprintf(bw, "  %s (%s:%d)\n", r.Text(), r.Range.File, r.Range.Start.Line)
		}
		fmt.Fprintf(bw, "  %sfix:%s %s\n", p.bold, p.reset, f.Rule.Remediation.Summary)
		if opts.DocsURL != nil {
			fmt.Fprintf(bw, "  %sdocs:%s %s\n", p.bold, p.reset, opts.DocsURL(f.Rule.ID))
		}
		bw.WriteString("\n")
	}
	undecided := res.Evidence.Undecided
	if opts.ShowUndecided {
		for _, u := range undecided {
			fmt.Fprintf(bw, "%snote%s: %s:%d:%d: %s\n", p.dim, p.reset, u.Range.File, u.Range.Start.Line, u.Range.Start.Column, u.Text())
		}
		if len(undecided) > 0 {
			bw.WriteString("\n")
		}
	}
	c := Count(res.Findings)
	fmt.Fprintf(bw, "%d %s: %d critical, %d high, %d medium, %d low (%d %s scanned",
		len(res.Findings), plural(len(res.Findings), "finding", "findings"), c.Critical, c.High, c.Medium, c.Low,
		res.FilesScanned, plural(res.FilesScanned, "file", "files"))
	if n := len(res.Suppressed); n > 0 {
		fmt.Fprintf(bw, ", %d suppressed", n)
	}
	if n := errorCount(res.Diagnostics); n > 0 {
		fmt.Fprintf(bw, ", %d %s", n, plural(n, "error", "errors"))
	}
	if n := len(undecided); n > 0 {
		fmt.Fprintf(bw, ", %d undecided", n)
		if !opts.ShowUndecided {
			bw.WriteString(": --show-undecided lists them")
		}
	}
	bw.WriteString(")\n")
	return bw.Flush()
}

// WriteDiagnostics writes diagnostics for a person, one a line: errors
// and warnings each on its own, a note repeated in several places once
// (listedDiagnostics), and with opts.Quiet only the errors.
func WriteDiagnostics(w io.Writer, ds parser.Diagnostics, opts TextOptions) error {
	bw := bufio.NewWriter(w)
	p := palette{}
	if opts.Color {
		p = palette{bold: "\x1b[1m", dim: "\x1b[2m", reset: "\x1b[0m"}
	}
	writeDiagnostics(bw, listedDiagnostics(ds, opts.Quiet), p)
	return bw.Flush()
}

// listedDiagnostics returns the diagnostics a person reads: errors and
// warnings each on its own, and a note that says the same thing in several
// places (a registry module that terraform init has not fetched, called
// from many roots) once, at its first place, with the number of places.
// With quiet, only the errors.
func listedDiagnostics(ds parser.Diagnostics, quiet bool) parser.Diagnostics {
	var out parser.Diagnostics
	at := map[string]int{}    // a note's text -> its index in out
	count := map[string]int{} // a note's text -> its number of places
	var texts []string
	for _, d := range ds {
		if quiet && d.Severity != parser.SevError {
			continue
		}
		if d.Severity != parser.SevNote {
			out = append(out, d)
			continue
		}
		k := d.Summary + "\x00" + d.Detail
		if count[k]++; count[k] == 1 {
			at[k] = len(out)
			texts = append(texts, k)
			out = append(out, d)
		}
	}
	for _, k := range texts {
		if n := count[k]; n > 1 {
			d := &out[at[k]]
			if d.Detail == "" {
				d.Summary += fmt.Sprintf(" (%d places)", n)
			} else {
				d.Detail += fmt.Sprintf(" (%d places)", n)
			}
		}
	}
	return out
}

func writeDiagnostics(bw *bufio.Writer, ds parser.Diagnostics, p palette) {
	for _, d := range ds {
		fmt.Fprintf(bw, "%s%s%s: %s\n", p.bold, d.Severity, p.reset, d.Error())
	}
}

func errorCount(ds parser.Diagnostics) int {
	n := 0
	for _, d := range ds {
		if d.Severity == parser.SevError {
			n++
		}
	}
	return n
}

// Plural returns one or many after the count n.
func Plural(n int, one, many string) string { return plural(n, one, many) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func splitLines(b []byte) []string {
	if b == nil {
		return nil
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	ls := strings.Split(string(b), "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, "\r")
	}
	return ls
}

// maxSnippetWidth cuts very long source lines in the text output.
const maxSnippetWidth = 160

func writeSnippet(w *bufio.Writer, src []string, r parser.Range, context int, p palette) {
	startLine := int(r.Start.Line)
	if len(src) == 0 || startLine < 1 || startLine > len(src) {
		return
	}
	end := int(r.End.Line)
	if end < startLine || end > len(src) {
		end = startLine
	}
	if end-startLine > 4 {
		end = startLine + 4
	}
	first, last := max(1, startLine-context), min(len(src), end+context)
	width := len(fmt.Sprint(last))
	for n := first; n <= last; n++ {
		line := src[n-1]
		if rs := []rune(line); len(rs) > maxSnippetWidth {
			line = string(rs[:maxSnippetWidth]) + "…"
		}
		line = strings.ReplaceAll(line, "\t", "  ")
		if n >= startLine && n <= end {
			fmt.Fprintf(w, "  > %*d | %s\n", width, n, line)
		} else {
			fmt.Fprintf(w, "  %s  %*d | %s%s\n", p.dim, width, n, line, p.reset)
		}
	}
}
