package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules"
)

// explain prints a rule's description, fix and examples in the terminal:
// soc2lint explain AWS-001.
func explain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && isHelpFlag(args[0]) {
		writeCommandUsage(stdout, "explain", nil)
		return exitOK
	}
	if len(args) != 1 {
		fmt.Fprint(stderr, "Usage: soc2lint explain RULE-ID\n")
		return exitError
	}
	id := strings.ToUpper(strings.TrimSpace(args[0]))
	for _, r := range rules.All() {
		if r.ID == id || strings.EqualFold(r.Name, args[0]) || containsFold(r.Aliases, args[0]) || containsFold(r.Formerly, args[0]) {
			writeExplanation(stdout, r)
			return exitOK
		}
	}
	fmt.Fprintf(stderr, "soc2lint: explain: unknown rule %q (see soc2lint rules)\n", args[0])
	return exitError
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func writeExplanation(w io.Writer, r *engine.Rule) {
	fmt.Fprintf(w, "%s  %s\n%s\n\n", r.ID, r.Title, strings.Repeat("=", len(r.ID)+2+len(r.Title)))
	fmt.Fprintf(w, "severity: %s   checklist: %s   SOC 2: %s   provider: %s\n", r.Severity, strings.Join(r.Checklist, ", "), strings.Join(r.SOC2, ", "), r.Provider)
	if len(r.Formerly) > 0 {
		fmt.Fprintf(w, "formerly: %s (ignores, baselines and configuration naming the old ids apply to %s)\n", strings.Join(r.Formerly, ", "), r.ID)
	}
	if len(r.Aliases) > 0 {
		fmt.Fprintf(w, "same check as: %s\n", strings.Join(r.Aliases, ", "))
	}
	fmt.Fprintf(w, "\n%s\n\nFix: %s\n", wrap(r.Description, 78), r.Remediation.Summary)
	for _, ex := range []struct{ name, code string }{{"Terraform", r.Remediation.Terraform}, {"CloudFormation", r.Remediation.CloudFormation}} {
		if ex.code == "" {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n\n", ex.name)
		for _, line := range strings.Split(strings.TrimRight(ex.code, "\n"), "\n") {
			fmt.Fprintf(w, "    %s\n", line)
		}
	}
	for i, l := range r.Links {
		if i == 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "see: %s\n", l)
	}
}

// wrap breaks text into lines of at most width characters at spaces.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(text) {
		if i > 0 && n+1+len(word) > width {
			b.WriteString("\n")
			n = 0
		} else if i > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}

// inspect prints what soc2lint saw of one resource: every evaluated
// attribute with where its value came from, and the findings on it.
func inspect(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	var inputs inputFlags
	inputs.register(fs)
	fs.Usage = func() { writeCommandUsage(stderr, "inspect", fs) }
	pos, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitError
	}
	if len(pos) != 2 || (*format != "text" && *format != "json") {
		fs.Usage()
		return exitError
	}
	cfg, varDiags, err := inputs.scanConfig()
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	cfg.AccountBaseline = true
	// The resource is looked up in the graph: keep every root's resources
	// (a lint scan keeps only what the rules joining roots read).
	cfg.KeepGraph = true
	res, err := engine.Scan(ctx, []string{pos[0]}, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	for _, d := range append(varDiags, res.Diagnostics...) {
		fmt.Fprintf(stderr, "%s: %s\n", d.Severity, d.Error())
	}
	var found []*parser.Resource
	var known []string
	for _, r := range res.Graph.Nodes() {
		if r.Kind != "" {
			continue
		}
		known = append(known, r.Address)
		if r.Address == pos[1] {
			found = append(found, r)
		}
	}
	if len(found) == 0 {
		fmt.Fprintf(stderr, "soc2lint: inspect: no resource %q in %s%s\n", pos[1], pos[0], suggestAddress(pos[1], known))
		return exitError
	}
	var out []inspected
	for _, r := range found {
		out = append(out, inspectResource(r, res))
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "soc2lint: %v\n", err)
			return exitError
		}
		return exitOK
	}
	for i, r := range out {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		writeInspected(stdout, r)
	}
	return exitOK
}

// suggest names the addresses that contain the one asked for.
func suggestAddress(addr string, known []string) string {
	var near []string
	for _, k := range known {
		if strings.Contains(k, addr) || strings.Contains(addr, k) {
			near = append(near, k)
		}
	}
	if len(near) == 0 || len(near) > 10 {
		return " (soc2lint graph --format json lists every address)"
	}
	sort.Strings(near)
	return "; did you mean " + strings.Join(near, ", ") + "?"
}

// inspected is one resource as inspect shows it.
type inspected struct {
	Address    string             `json:"address"`
	Type       string             `json:"type"`
	File       string             `json:"file"`
	Line       int                `json:"line"`
	Condition  []string           `json:"assumptions,omitempty"`
	Attributes []inspectAttribute `json:"attributes"`
	Findings   []inspectFinding   `json:"findings"`
}

// inspectAttribute is one evaluated value and where it came from.
type inspectAttribute struct {
	Path  string `json:"path"`
	Value any    `json:"value,omitempty"`
	// Provenance is literal, unknown, or the places the value came through
	// (variable default, tfvars, --var, module argument, parameter
	// default), outermost first.
	Provenance string `json:"provenance"`
	Unknown    string `json:"unknown,omitempty"`
	File       string `json:"file,omitempty"`
	Line       int    `json:"line,omitempty"`
}

type inspectFinding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Message    string `json:"message"`
	Attribute  string `json:"attribute,omitempty"`
	Suppressed string `json:"suppressed,omitempty"`
}

func inspectResource(r *parser.Resource, res *engine.Result) inspected {
	out := inspected{Address: r.Address, Type: r.Type, File: r.Range.File, Line: int(r.Range.Start.Line), Condition: r.Assumptions,
		Attributes: []inspectAttribute{}, Findings: []inspectFinding{}}
	leaves(r.Body, "", func(path string, v *parser.Value) {
		a := inspectAttribute{Path: path, File: v.Range.File, Line: int(v.Range.Start.Line)}
		switch v.Kind {
		case parser.Unknown:
			a.Unknown = v.Why()
			if a.Unknown == "" {
				a.Unknown = "not known until apply"
			}
		case parser.Null:
		case parser.Bool:
			a.Value = v.Bool
		case parser.Number:
			a.Value = json.Number(v.Str)
		case parser.String:
			a.Value = v.Str
		case parser.List:
			a.Value = []any{}
		case parser.Object:
			a.Value = map[string]any{}
		}
		a.Provenance = provenance(v)
		out.Attributes = append(out.Attributes, a)
	})
	same := func(f engine.Finding) bool {
		return f.Resource != nil && f.Resource.Address == r.Address && f.Resource.Module == r.Module
	}
	for _, f := range res.Findings {
		if same(f) {
			out.Findings = append(out.Findings, inspectFinding{Rule: f.Rule.ID, Severity: f.Rule.Severity.String(), Message: f.Text(), Attribute: f.Attr})
		}
	}
	for _, s := range res.Suppressed {
		if same(s.Finding) {
			out.Findings = append(out.Findings, inspectFinding{Rule: s.Finding.Rule.ID, Severity: s.Finding.Rule.Severity.String(),
				Message: s.Finding.Text(), Attribute: s.Finding.Attr, Suppressed: string(s.By.Kind) + ": " + s.By.Reason})
		}
	}
	return out
}

// provenance says where a value came from.
func provenance(v *parser.Value) string {
	if len(v.Via()) > 0 {
		var steps []string
		for _, s := range v.Via() {
			steps = append(steps, fmt.Sprintf("%s (%s:%d)", s.Note, s.Range.File, s.Range.Start.Line))
		}
		return strings.Join(steps, " <- ")
	}
	if v.Kind == parser.Unknown {
		return "unknown"
	}
	if len(v.Uses()) > 0 {
		return "computed from " + strings.Join(v.Uses(), ", ")
	}
	return "literal"
}

// leaves calls fn for every scalar (and empty collection) under v, with
// its attribute path, in a fixed order.
func leaves(v *parser.Value, path string, fn func(string, *parser.Value)) {
	leavesDepth(v, path, fn, 0)
}

func leavesDepth(v *parser.Value, path string, fn func(string, *parser.Value), depth int) {
	if v == nil || depth > 64 {
		return
	}
	switch {
	case v.Kind == parser.Object && len(v.Attrs) > 0:
		for _, k := range v.Keys() {
			p := k
			if path != "" {
				p = path + "." + k
			}
			leavesDepth(v.Attrs[k], p, fn, depth+1)
		}
	case v.Kind == parser.List && len(v.Elems) > 0:
		for i, e := range v.Elems {
			leavesDepth(e, fmt.Sprintf("%s[%d]", path, i), fn, depth+1)
		}
	default:
		if path != "" {
			fn(path, v)
		}
	}
}

func writeInspected(w io.Writer, r inspected) {
	fmt.Fprintf(w, "%s (%s)  %s:%d\n", r.Address, r.Type, r.File, r.Line)
	if len(r.Condition) > 0 {
		fmt.Fprintf(w, "  when %s\n", strings.Join(r.Condition, " and "))
	}
	for _, a := range r.Attributes {
		val := "(unknown: " + a.Unknown + ")"
		if a.Unknown == "" {
			b, _ := json.Marshal(a.Value)
			val = string(b)
			if a.Value == nil {
				val = "null"
			}
		}
		fmt.Fprintf(w, "  %s = %s\n      %s\n", a.Path, val, a.Provenance)
	}
	if len(r.Findings) == 0 {
		fmt.Fprintln(w, "  no findings")
	}
	for _, f := range r.Findings {
		line := fmt.Sprintf("  %s %s: %s", strings.ToUpper(f.Severity), f.Rule, f.Message)
		if f.Suppressed != "" {
			line += " [suppressed by " + f.Suppressed + "]"
		}
		fmt.Fprintln(w, line)
	}
}
