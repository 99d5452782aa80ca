package main

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/report"
	"github.com/soc2lint/soc2lint/rules"
	"github.com/soc2lint/soc2lint/sarif"
)

// formatNames are the report formats of lint, in the order the help lists
// them.
var formatNames = []string{"text", "compact", "json", "sarif", "checklist", "junit", "codequality", "github"}

// formatSpec is one --format: a report format and where it goes ("" is
// standard output, or --output).
type formatSpec struct {
	name, path string
}

// formatFlags collects --format, which may be repeated: every format is
// written from the same scan.
type formatFlags struct {
	specs []formatSpec
}

func (f *formatFlags) String() string {
	var parts []string
	for _, s := range f.specs {
		if s.path == "" {
			parts = append(parts, s.name)
		} else {
			parts = append(parts, s.name+"="+s.path)
		}
	}
	return strings.Join(parts, ",")
}

func (f *formatFlags) Set(v string) error {
	name, path, hasPath := strings.Cut(v, "=")
	if !slices.Contains(formatNames, name) {
		return fmt.Errorf("unknown format %q (want %s)%s", name, strings.Join(formatNames, ", "), suggest(name, formatNames))
	}
	if hasPath && path == "" {
		return fmt.Errorf("%s=: empty file name", name)
	}
	f.specs = append(f.specs, formatSpec{name: name, path: path})
	return nil
}

// resolve applies the defaults and --output: without --format the report
// is text; --output FILE takes the one format without a file of its own.
// At most one format may go to standard output, and no two to one file.
func (f *formatFlags) resolve(output string) ([]formatSpec, error) {
	specs := slices.Clone(f.specs)
	if len(specs) == 0 {
		specs = []formatSpec{{name: "text"}}
	}
	// "-" is standard output, for --output and FORMAT=- alike.
	for i := range specs {
		if specs[i].path == "-" {
			specs[i].path = ""
		}
	}
	if output == "-" {
		output = ""
	}
	var toStdout []int
	for i, s := range specs {
		if s.path == "" {
			toStdout = append(toStdout, i)
		}
	}
	if len(toStdout) > 1 {
		return nil, fmt.Errorf("--format: %d formats for standard output; give all but one a file (--format NAME=FILE)", len(toStdout))
	}
	if output != "" {
		if len(toStdout) == 0 {
			return nil, fmt.Errorf("--output %s: every --format already names its file", output)
		}
		specs[toStdout[0]].path = output
	}
	files := map[string]string{}
	for _, s := range specs {
		if s.path == "" {
			continue
		}
		if prev, ok := files[s.path]; ok {
			return nil, fmt.Errorf("--format: %s and %s both write %s", prev, s.name, s.path)
		}
		files[s.path] = s.name
	}
	return specs, nil
}

// reportInput is what every format is written from.
type reportInput struct {
	res               *engine.Result
	rules             []*engine.Rule
	includeSuppressed bool
	showUndecided     bool
	// quiet lists only errors among the diagnostics (--quiet).
	quiet bool
	// workers is --workers: how many goroutines may encode a report at
	// once (0: one per CPU, as the scan).
	workers int
}

// ruleDocsURL is a rule's documentation page in the repository.
func ruleDocsURL(id string) string {
	return sarif.RuleDocsURI + url.PathEscape(id) + ".md"
}

// render writes one format.
func render(name string, in reportInput, color bool) ([]byte, error) {
	var buf chunks
	err := renderTo(&buf, name, in, color)
	return buf.bytes(), err
}

// renderTo writes one format to w. The writers check what they are given
// (a finding without a rule) before they write anything, so an error other
// than w's leaves w untouched.
func renderTo(w io.Writer, name string, in reportInput, color bool) error {
	switch name {
	case "json":
		return report.WriteJSON(w, in.res, toolVersion())
	case "checklist":
		items, err := rules.Checklist()
		if err != nil {
			return err
		}
		return report.WriteChecklist(w, checklistItems(items), in.rules, in.res)
	case "sarif":
		run := sarif.Run{ToolVersion: toolVersion(), Rules: in.rules, Findings: in.res.Findings, Diagnostics: in.res.Diagnostics, Undecided: in.res.Evidence.Undecided, Workers: in.workers}
		if run.Workers <= 0 {
			run.Workers = runtime.NumCPU()
		}
		if in.includeSuppressed {
			run.Suppressed = in.res.Suppressed
		}
		return sarif.Write(w, run)
	case "junit":
		return report.WriteJUnit(w, in.rules, in.res, ruleDocsURL)
	case "codequality":
		return report.WriteCodeQuality(w, in.res)
	case "github":
		return report.WriteGitHubAnnotations(w, in.res, ruleDocsURL)
	case "compact":
		return report.WriteCompact(w, in.res)
	}
	// Diagnostics go to standard error (writeReports), not into the report.
	return report.WriteText(w, in.res, report.TextOptions{Color: color, Context: 1, ShowUndecided: in.showUndecided, DocsURL: ruleDocsURL, NoDiagnostics: true})
}

// writeReports writes every format from the one scan: each file whole or
// not at all, then standard output. When nothing goes to standard output,
// the diagnostics and the summary line go to stderr, so that the person
// watching still sees what happened.
//
// A report is written as it is rendered, never held whole: a file's to a
// temporary file beside it, renamed into place once every file is
// written (prepareFile); standard output's through a 64 KB buffer, last.
// Rendered whole into memory, the SARIF log of 150,000 findings (243 MB)
// was held in full before a byte of it was written.
func writeReports(specs []formatSpec, in reportInput, mode colorMode, stdout, stderr io.Writer) error {
	var pending []*pendingFile
	abort := func() {
		for _, p := range pending {
			p.abort()
		}
	}
	toStdout, textFile := -1, false
	for i, s := range specs {
		color := useColor(mode, s.path != "", isTerminal(stdout))
		if s.path == "" {
			toStdout = i
			continue
		}
		if s.name == "text" {
			textFile = true
		}
		if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
			abort()
			return err
		}
		p, err := prepareFile(s.path, func(w io.Writer) error { return renderTo(w, s.name, in, color) })
		if err != nil {
			abort()
			return err
		}
		pending = append(pending, p)
	}
	// Diagnostics go to standard error in every format, so that standard
	// output carries only the report.
	report.WriteDiagnostics(stderr, in.res.Diagnostics, report.TextOptions{Quiet: in.quiet})
	for i, p := range pending {
		if err := p.commit(); err != nil {
			for _, q := range pending[i+1:] {
				q.abort()
			}
			return err
		}
	}
	if toStdout >= 0 {
		s := specs[toStdout]
		return writeBuffered(stdout, func(w io.Writer) error {
			return renderTo(w, s.name, in, useColor(mode, false, isTerminal(stdout)))
		})
	}
	if !textFile {
		writeSummary(stderr, in.res, specs)
	}
	return nil
}

// writeSummary tells the person watching what a run that wrote only files
// found: the diagnostics, the counts and where the reports are.
func writeSummary(w io.Writer, res *engine.Result, specs []formatSpec) {
	// The diagnostics are already on standard error (writeReports).
	c := report.Count(res.Findings)
	var files []string
	for _, s := range specs {
		files = append(files, s.path)
	}
	suppressed := ""
	if n := len(res.Suppressed); n > 0 {
		suppressed = fmt.Sprintf(", %d suppressed", n)
	}
	fmt.Fprintf(w, "%d %s: %d critical, %d high, %d medium, %d low (%d %s scanned%s); written to %s\n",
		len(res.Findings), report.Plural(len(res.Findings), "finding", "findings"), c.Critical, c.High, c.Medium, c.Low,
		res.FilesScanned, report.Plural(res.FilesScanned, "file", "files"), suppressed, strings.Join(files, ", "))
}

// colorMode is --color: always, never or auto.
type colorMode string

func (c *colorMode) String() string { return string(*c) }

func (c *colorMode) Set(v string) error {
	switch v {
	case "always", "never", "auto":
		*c = colorMode(v)
		return nil
	}
	return fmt.Errorf("want always, never or auto, got %q", v)
}

// noColorFlag is --no-color, the same as --color=never.
type noColorFlag struct{ into *colorMode }

func (n noColorFlag) String() string   { return "false" }
func (n noColorFlag) IsBoolFlag() bool { return true }
func (n noColorFlag) Set(v string) error {
	if v == "true" {
		*n.into = "never"
	}
	return nil
}

// useColor decides colour for text written to standard output: always,
// never, or (auto) when standard output is a terminal, NO_COLOR is unset
// and TERM is not dumb. A report written to a file is coloured only with
// --color=always.
func useColor(mode colorMode, toFile bool, stdoutIsTerminal bool) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return !toFile && stdoutIsTerminal && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}
