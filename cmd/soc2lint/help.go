package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// commandDoc is the help of one command: what it does and examples.
type commandDoc struct {
	name, args, summary string
	examples            []string
}

// commands are the commands of soc2lint, in the order the help lists them.
var commands = []commandDoc{
	{"lint", "[flags] [PATH...]", "scan Terraform and CloudFormation files and directories (default: .)", []string{
		"soc2lint lint .                                   # scan the working directory",
		"soc2lint lint --fail-on high infra/               # fail only on high and critical findings",
		"soc2lint lint --format text --format sarif=soc2lint.sarif --format checklist=soc2.md .",
		"soc2lint lint --var-file prod.tfvars --var region=eu-west-1 infra/",
		"soc2lint lint --write-baseline .soc2lint-baseline.json .   # accept today's findings",
		"soc2lint lint --baseline .soc2lint-baseline.json .         # then report only new ones",
	}},
	{"graph", "[flags] [PATH...]", "print the resource graph as Graphviz DOT or JSON", []string{
		"soc2lint graph infra/ | dot -Tsvg > graph.svg",
		"soc2lint graph --format json --output graph.json infra/",
	}},
	{"rules", "[--format text|markdown]", "list every rule with its severity and checklist items", []string{
		"soc2lint rules",
		"soc2lint rules --format markdown > RULES.md",
	}},
	{"explain", "RULE-ID", "describe a rule: what it checks, the fix, compliant examples, other scanners' ids", []string{
		"soc2lint explain AWS-001",
		"soc2lint explain CKV_AWS_24                      # another scanner's id finds the rule",
	}},
	{"inspect", "[flags] PATH ADDRESS", "print a resource's evaluated attributes, where each value came from, and its findings", []string{
		"soc2lint inspect infra/ module.db.aws_db_instance.this",
		"soc2lint inspect --format json --var-file prod.tfvars infra/ terraform_data.probe",
	}},
	{"version", "", "print the version, commit and build date", []string{
		"soc2lint version",
	}},
	{"completion", "bash|zsh|fish", "print a shell completion script", []string{
		"source <(soc2lint completion bash)                 # bash, for this shell",
		"soc2lint completion zsh > \"${fpath[1]}/_soc2lint\"  # zsh",
		"soc2lint completion fish > ~/.config/fish/completions/soc2lint.fish",
	}},
	{"help", "[COMMAND]", "print this help, or a command's", []string{
		"soc2lint help lint",
	}},
}

func commandNames() []string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return names
}

func findCommand(name string) (commandDoc, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return commandDoc{}, false
}

// writeTopUsage prints the commands with a few examples.
func writeTopUsage(w io.Writer) {
	fmt.Fprint(w, "soc2lint finds SOC 2 cloud misconfigurations in Terraform and CloudFormation.\n\nUsage:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-40s %s\n", strings.TrimSpace("soc2lint "+c.name+" "+c.args), c.summary)
	}
	fmt.Fprint(w, "\nExamples:\n")
	for _, c := range commands[:2] {
		for _, e := range c.examples[:2] {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	fmt.Fprint(w, "\nRun 'soc2lint help COMMAND' or 'soc2lint COMMAND -h' for a command's flags and examples.\n")
}

// writeCommandUsage prints a command's usage, flags and examples.
func writeCommandUsage(w io.Writer, name string, fs *flag.FlagSet) {
	c, _ := findCommand(name)
	fmt.Fprintf(w, "Usage: %s\n\n%s.\n", strings.TrimSpace("soc2lint "+c.name+" "+c.args), upperFirst(c.summary))
	if fs != nil {
		var flags bytes.Buffer
		out := fs.Output()
		fs.SetOutput(&flags)
		fs.PrintDefaults()
		fs.SetOutput(out)
		if flags.Len() > 0 {
			fmt.Fprintf(w, "\nFlags:\n%s", flags.String())
		}
	}
	if len(c.examples) > 0 {
		fmt.Fprint(w, "\nExamples:\n")
		for _, e := range c.examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// unknownCommand reports a command that does not exist, with the nearest
// one.
func unknownCommand(w io.Writer, name string) {
	fmt.Fprintf(w, "soc2lint: unknown command %q%s\nRun 'soc2lint help' for the commands.\n", name, suggest(name, commandNames()))
}

var undefinedFlag = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)

// parseFlags parses args with fs. On -h it prints the command's help; on a
// mistake it prints one line naming it, with the nearest flag when the
// flag is misspelled, instead of every flag's description.
func parseFlags(fs *flag.FlagSet, args []string) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return err
	}
	msg := err.Error()
	if m := undefinedFlag.FindStringSubmatch(msg); m != nil {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		sort.Strings(names)
		msg = fmt.Sprintf("unknown flag --%s", m[1])
		if c, ok := closest(m[1], names); ok {
			msg += fmt.Sprintf(" (did you mean --%s?)", c)
		}
	}
	fmt.Fprintf(out, "soc2lint %s: %s\nRun 'soc2lint %s -h' for the flags.\n", fs.Name(), msg, fs.Name())
	return err
}

// help is the help command: soc2lint help [COMMAND].
func help(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		writeTopUsage(stdout)
		return exitOK
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		writeCommandUsage(stdout, "help", nil)
		return exitOK
	}
	if _, ok := findCommand(args[0]); !ok {
		unknownCommand(stderr, args[0])
		return exitError
	}
	// The command's own -h prints its flags; send it to standard output.
	return run(context.Background(), []string{args[0], "-h"}, stdout, stdout)
}
