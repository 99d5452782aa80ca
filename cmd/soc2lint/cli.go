package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform"
	"github.com/soc2lint/soc2lint/report"
	"github.com/soc2lint/soc2lint/rules"
)

// Exit codes, documented in the README.
const (
	exitOK          = 0   // no finding at or above --fail-on
	exitFindings    = 1   // findings at or above --fail-on
	exitError       = 2   // usage error, unreadable path, file that failed to parse, timeout
	exitInterrupted = 130 // interrupted by a signal
)

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		writeTopUsage(stderr)
		return exitError
	}
	switch args[0] {
	case "lint":
		return lint(ctx, args[1:], stdout, stderr)
	case "rules":
		return listRules(args[1:], stdout, stderr)
	case "graph":
		return graph(ctx, args[1:], stdout, stderr)
	case "explain":
		return explain(args[1:], stdout, stderr)
	case "inspect":
		return inspect(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		if len(args) > 1 && (args[1] == "-h" || args[1] == "-help" || args[1] == "--help") {
			writeCommandUsage(stdout, "version", nil)
			return exitOK
		}
		writeVersion(stdout, stamp())
		return exitOK
	case "completion":
		return completion(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		return help(args[1:], stdout, stderr)
	}
	unknownCommand(stderr, args[0])
	return exitError
}

type lintFlags struct {
	formats     formatFlags
	output      string
	failOn      string
	exitZero    bool
	workers     int
	maxFileSize int64
	timeout     time.Duration
	color       colorMode
	inputs      inputFlags

	accountBaseline   bool
	noIgnore          bool
	showUndecided     bool
	quiet             bool
	baseline          string
	writeBaseline     string
	includeSuppressed bool
	selection         selectFlags
}

// tfVarFlags collects --var and --var-file in command-line order, since
// later ones win, as in Terraform.
type tfVarFlags struct {
	items []tfVarFlag
}

type tfVarFlag struct {
	file        string
	name, value string
}

type tfVarValue struct {
	into *tfVarFlags
	file bool
}

func (f tfVarValue) String() string { return "" }

func (f tfVarValue) Set(s string) error {
	if f.file {
		f.into.items = append(f.into.items, tfVarFlag{file: s})
		return nil
	}
	name, value, ok := strings.Cut(s, "=")
	if !ok || name == "" {
		return fmt.Errorf("want NAME=VALUE, got %q", s)
	}
	f.into.items = append(f.into.items, tfVarFlag{name: name, value: value})
	return nil
}

// terraformVars parses the --var-file files and returns the variables in
// order, with the diagnostics of files that do not parse.
func (t tfVarFlags) terraformVars() ([]terraform.VarSource, parser.Diagnostics, error) {
	var out []terraform.VarSource
	var diags parser.Diagnostics
	for _, it := range t.items {
		if it.file == "" {
			out = append(out, terraform.VarSource{Name: it.name, Value: it.value})
			continue
		}
		data, err := os.ReadFile(it.file)
		if err != nil {
			return nil, nil, fmt.Errorf("--var-file: %w", err)
		}
		f, ds := terraform.ParseFile(parser.Source{Path: filepath.ToSlash(it.file), Bytes: data})
		diags = append(diags, ds...)
		out = append(out, terraform.VarSource{File: f})
	}
	return out, diags, nil
}

func (lf *lintFlags) register(fs *flag.FlagSet) {
	fs.Var(&lf.formats, "format", "report `FORMAT`, or FORMAT=FILE to write it to FILE (repeatable: one scan, several reports; at most one to standard output): "+strings.Join(formatNames, ", ")+" (default text)")
	fs.BoolVar(&lf.accountBaseline, "account-baseline", false, "report account-level controls (CloudTrail, GuardDuty, ...) that the scanned code does not declare as findings")
	fs.StringVar(&lf.output, "output", "", "write the report that would go to standard output to `FILE` instead (- is standard output)")
	fs.StringVar(&lf.failOn, "fail-on", "low", "exit 1 when a finding is at or above this severity: critical, high, medium or low")
	fs.BoolVar(&lf.exitZero, "exit-zero", false, "exit 0 even when there are findings (errors still exit 2)")
	fs.IntVar(&lf.workers, "workers", 0, "how much runs at once: files parsed and checked, a large file's pieces, the SARIF encoding (default: one per CPU)")
	fs.Int64Var(&lf.maxFileSize, "max-file-size", engine.DefaultMaxFileSize, "skip, with an error, files larger than this many `bytes`")
	fs.DurationVar(&lf.timeout, "timeout", 0, "stop the whole run after this `duration` (e.g. 2m; 0: no limit)")
	fs.BoolVar(&lf.quiet, "quiet", false, "list only errors among the notes, warnings and errors about the input on standard error (the summary still counts everything)")
	fs.BoolVar(&lf.showUndecided, "show-undecided", false, "text: list every resource a rule could not decide because a value it needs is unknown (JSON and SARIF always list them; the summary counts them)")
	fs.BoolVar(&lf.noIgnore, "no-ignore", false, "disregard soc2lint:ignore comments and CloudFormation Metadata ignores: report every finding")
	fs.BoolVar(&lf.includeSuppressed, "include-suppressed", false, "SARIF: also write suppressed findings, marked with a SARIF suppression and the ignore's reason (JSON always lists them)")
	fs.StringVar(&lf.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE` (written by --write-baseline); the others count as suppressed")
	fs.StringVar(&lf.writeBaseline, "write-baseline", "", "record every current finding in the baseline `FILE`, then report them as suppressed")
	lf.color = "auto"
	fs.Var(&lf.color, "color", "colour the text output: `WHEN` is always, never or auto (a terminal, NO_COLOR unset, TERM not dumb)")
	fs.Var(noColorFlag{&lf.color}, "no-color", "never colour the text output: --color=never")
	lf.inputs.register(fs)
	lf.selection.register(fs)
}

// parseInterleaved parses flags that may come before or after the paths.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return paths, nil
		}
		if rest[0] == "--" || len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(paths, rest...), nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

func lint(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var lf lintFlags
	lf.register(fs)
	fs.Usage = func() { writeCommandUsage(stderr, "lint", fs) }
	paths, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitError
	}
	fc, err := resolveConfig(lf.inputs.configPath, ruleIDs())
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	if fc != nil {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if fc.FailOn != "" && !set["fail-on"] {
			lf.failOn = fc.FailOn
		}
		if fc.AccountBaseline != nil && !set["account-baseline"] {
			lf.accountBaseline = *fc.AccountBaseline
		}
	}
	threshold, err := engine.ParseSeverity(lf.failOn)
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: --fail-on: %v\n", err)
		return exitError
	}
	specs, err := lf.formats.resolve(lf.output)
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	if lf.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lf.timeout)
		defer cancel()
	}
	allRules, off, err := lf.selection.apply(fc.applyRules(rules.All()), ruleIDs())
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	severities, err := lf.selection.severities()
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	cfg, varDiags, err := lf.inputs.config()
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	cfg.Off, cfg.NoCompatIgnores = off, lf.selection.noCompatIgnores
	cfg.Rules, cfg.Workers, cfg.MaxFileSize, cfg.AccountBaseline = allRules, lf.workers, lf.maxFileSize, lf.accountBaseline
	cfg.NoIgnore = lf.noIgnore
	cfg.Exclude = fc.exclude()
	cfg.PathRules = fc.pathRules()
	if fc != nil {
		cfg.RequiredTags = fc.RequiredTags
		cfg.RuleOptions = fc.RuleOptions
	}
	res, err := engine.Scan(ctx, paths, cfg)
	if err != nil {
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			fmt.Fprintf(stderr, "soc2lint: stopped after --timeout %s; nothing was written\n", lf.timeout)
			return exitError
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "soc2lint: interrupted; nothing was written")
			return exitInterrupted
		}
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}

	res.Diagnostics = append(varDiags, res.Diagnostics...)
	if code, ok := applyBaseline(&lf, fc, res, stderr); !ok {
		return code
	}
	filterSeverity(res, severities)
	in := reportInput{res: res, rules: allRules, includeSuppressed: lf.includeSuppressed, showUndecided: lf.showUndecided, quiet: lf.quiet, workers: lf.workers}
	if err := writeReports(specs, in, lf.color, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	if res.Diagnostics.HasErrors() {
		return exitError
	}
	if lf.exitZero {
		return exitOK
	}
	for _, f := range res.Findings {
		if f.Rule.Severity >= threshold {
			return exitFindings
		}
	}
	return exitOK
}

func isHelpFlag(a string) bool {
	return a == "-h" || a == "-help" || a == "--help" || a == "help"
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func listRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or markdown")
	fs.Usage = func() { writeCommandUsage(stderr, "rules", fs) }
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	switch *format {
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSEVERITY\tCHECKLIST\tTITLE")
		for _, r := range rules.All() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, strings.Join(r.Checklist, ","), r.Title)
		}
		tw.Flush()
	case "markdown":
		fmt.Fprint(stdout, rules.MarkdownTable(rules.All()))
	default:
		fmt.Fprintf(stderr, "soc2lint: rules --format: unknown format %q\n", *format)
		return exitError
	}
	return exitOK
}

func graph(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("graph", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "dot", "output format: dot or json")
	output := fs.String("output", "", "write the graph to `FILE` instead of standard output")
	var inputs inputFlags
	inputs.register(fs)
	fs.Usage = func() { writeCommandUsage(stderr, "graph", fs) }
	paths, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitError
	}
	if *format != "dot" && *format != "json" {
		fmt.Fprintf(stderr, "soc2lint: graph --format: unknown format %q (want dot or json)\n", *format)
		return exitError
	}
	cfg, varDiags, err := inputs.scanConfig()
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	cfg.KeepGraph = true // variables, locals, outputs and module calls too
	res, err := engine.Scan(ctx, paths, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	for _, d := range append(varDiags, res.Diagnostics...) {
		fmt.Fprintf(stderr, "%s: %s\n", d.Severity, d.Error())
	}
	var buf bytes.Buffer
	if *format == "json" {
		err = report.WriteGraphJSON(&buf, res)
	} else {
		err = report.WriteDOT(&buf, res)
	}
	if err == nil {
		if *output != "" && *output != "-" {
			err = writeFileAtomic(*output, chunks{buf.Bytes()})
		} else {
			_, err = stdout.Write(buf.Bytes())
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError
	}
	if res.Diagnostics.HasErrors() || varDiags.HasErrors() {
		return exitError
	}
	return exitOK
}

func checklistItems(items []rules.ChecklistItem) []report.ChecklistItem {
	out := make([]report.ChecklistItem, len(items))
	for i, it := range items {
		out[i] = report.ChecklistItem{ID: it.ID, Question: it.Question, Criteria: it.Criteria, Static: it.Static}
	}
	return out
}

// inputFlags are the flags that give values to the scanned code: Terraform
// variables and CloudFormation parameters.
type inputFlags struct {
	tfVars     tfVarFlags
	cfnParams  cfnParamFiles
	configPath string
}

func (in *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&in.configPath, "config", "", "read the configuration from `FILE` (default: .soc2lint.yaml or .soc2lint.yml in the working directory or a parent, up to the repository root)")
	fs.Var(tfVarValue{into: &in.tfVars}, "var", "set a root module variable, `NAME=VALUE`, as terraform -var does (repeatable)")
	fs.Var(tfVarValue{into: &in.tfVars, file: true}, "var-file", "read root module variables from a .tfvars or .tfvars.json `FILE` (repeatable)")
	fs.Var(&in.cfnParams, "cfn-parameters", "read CloudFormation parameter values from `FILE`: an AWS CLI --parameters JSON list, a CodePipeline template configuration, or KEY=VALUE lines (repeatable; later files win)")
}

// config reads the variable and parameter files into a scan configuration,
// with the diagnostics of files that do not parse.
// scanConfig is config with the configuration file applied: every rule
// it enables and its excludes, as the graph and inspect commands scan.
func (in *inputFlags) scanConfig() (engine.Config, parser.Diagnostics, error) {
	fc, err := resolveConfig(in.configPath, ruleIDs())
	if err != nil {
		return engine.Config{}, nil, err
	}
	cfg, diags, err := in.config()
	if err != nil {
		return engine.Config{}, nil, err
	}
	cfg.Rules = fc.applyRules(rules.All())
	_, cfg.Off, _ = (&selectFlags{}).apply(cfg.Rules, ruleIDs())
	cfg.Exclude = fc.exclude()
	return cfg, diags, nil
}

func (in *inputFlags) config() (engine.Config, parser.Diagnostics, error) {
	vars, diags, err := in.tfVars.terraformVars()
	if err != nil {
		return engine.Config{}, nil, err
	}
	params, paramDiags, err := in.cfnParams.read()
	if err != nil {
		return engine.Config{}, nil, err
	}
	return engine.Config{
		Terraform:                terraform.Options{Vars: vars, Env: terraform.EnvVars(os.Environ()), Workspace: os.Getenv("TF_WORKSPACE")},
		CloudFormationParameters: params,
	}, append(diags, paramDiags...), nil
}

// ruleIDs is the set of the registry's rule ids, with the retired ids
// that rules took over (currentID maps them).
func ruleIDs() map[string]bool {
	ids := map[string]bool{}
	for _, r := range rules.All() {
		ids[r.ID] = true
		for _, old := range r.Formerly {
			ids[old] = true
		}
	}
	return ids
}

// currentID is id (upper case), or the id of the rule that took it over
// when it is a retired one: a configuration or flag written for the old
// id keeps its effect.
func currentID(id string) string {
	id = strings.ToUpper(strings.TrimSpace(id))
	if cur, ok := engine.FormerIDs(rules.All())[id]; ok {
		return cur
	}
	return id
}

// applyBaseline writes the baseline (--write-baseline) or reads it
// (--baseline, or the configuration's baseline) and moves the findings it
// records to res.Suppressed. It returns false with an exit code when the
// run must stop.
func applyBaseline(lf *lintFlags, fc *fileConfig, res *engine.Result, stderr io.Writer) (int, bool) {
	if lf.noIgnore {
		return 0, true
	}
	if lf.writeBaseline != "" {
		b, err := engine.NewBaseline(lf.writeBaseline, res.Findings)
		if err == nil {
			var buf bytes.Buffer
			if err = b.Write(&buf); err == nil {
				err = writeFileAtomic(lf.writeBaseline, chunks{buf.Bytes()})
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "soc2lint: --write-baseline: %v\n", err)
			return exitError, false
		}
		fmt.Fprintf(stderr, "soc2lint: recorded %d %s in %s\n", len(b.Entries), report.Plural(len(b.Entries), "finding", "findings"), lf.writeBaseline)
		b.Apply(res)
		return 0, true
	}
	path := lf.baseline
	if path == "" && fc != nil && fc.Baseline != "" {
		path = filepath.Join(filepath.Dir(fc.Path), filepath.FromSlash(fc.Baseline))
	}
	if path == "" {
		return 0, true
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: baseline: %v\n", err)
		return exitError, false
	}
	b, err := engine.ReadBaseline(path, data)
	if err != nil {
		fmt.Fprintf(stderr, "soc2lint: %v\n", err)
		return exitError, false
	}
	b.Apply(res)
	return 0, true
}
