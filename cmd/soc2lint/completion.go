package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// completionFlag is a flag of a command, as its -h lists it.
type completionFlag struct {
	name, help string
	takesValue bool
	takesFile  bool // its value is a file (FILE in the help)
}

var flagLine = regexp.MustCompile(`^  -([\w-]+)(?: (\S+))?$`)

// commandFlags reads a command's flags from its own -h output, so that
// completion never lags behind the flags a command really has.
func commandFlags(name string) []completionFlag {
	var help bytes.Buffer
	run(context.Background(), []string{name, "-h"}, io.Discard, &help)
	var flags []completionFlag
	lines := strings.Split(help.String(), "\n")
	for i, l := range lines {
		m := flagLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		f := completionFlag{name: m[1], takesValue: m[2] != "", takesFile: m[2] == "FILE"}
		if i+1 < len(lines) {
			f.help = strings.TrimSpace(lines[i+1])
			if j := strings.IndexAny(f.help, ".:;("); j > 0 {
				f.help = strings.TrimSpace(f.help[:j])
			}
		}
		flags = append(flags, f)
	}
	sort.Slice(flags, func(i, j int) bool { return flags[i].name < flags[j].name })
	return flags
}

// flagValues are the values a flag takes, for completion; a value flag
// not listed here completes file names.
func flagValues(command, flag string) []string {
	switch flag {
	case "format":
		switch command {
		case "lint":
			return formatNames
		case "graph":
			return []string{"dot", "json"}
		case "rules":
			return []string{"text", "markdown"}
		}
	case "fail-on":
		return []string{"critical", "high", "medium", "low"}
	case "color":
		return []string{"always", "never", "auto"}
	}
	return nil
}

var shells = []string{"bash", "zsh", "fish"}

// completion is the completion command: soc2lint completion bash|zsh|fish.
func completion(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintf(stderr, "soc2lint completion: name one shell: %s\n", strings.Join(shells, ", "))
		return exitError
	}
	switch args[0] {
	case "-h", "-help", "--help":
		writeCommandUsage(stdout, "completion", nil)
		return exitOK
	case "bash":
		writeBashCompletion(stdout)
	case "zsh":
		writeZshCompletion(stdout)
	case "fish":
		writeFishCompletion(stdout)
	default:
		fmt.Fprintf(stderr, "soc2lint completion: unknown shell %q%s (want %s)\n", args[0], suggest(args[0], shells), strings.Join(shells, ", "))
		return exitError
	}
	return exitOK
}

// flagCommands are the commands whose flags are completed.
var flagCommands = []string{"lint", "graph", "rules"}

func writeBashCompletion(w io.Writer) {
	fmt.Fprintf(w, `# bash completion for soc2lint: source <(soc2lint completion bash)
_soc2lint() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="${COMP_WORDS[1]}"
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W %q -- "$cur"))
    return
  fi
  case "$cmd" in
    help) [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W %q -- "$cur")); return ;;
    completion) [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W %q -- "$cur")); return ;;
  esac
  local flags="" values="" file=0
  case "$cmd" in
`, strings.Join(commandNames(), " "), strings.Join(commandNames(), " "), strings.Join(shells, " "))
	for _, c := range flagCommands {
		fs := commandFlags(c)
		var names []string
		for _, f := range fs {
			names = append(names, "--"+f.name)
		}
		fmt.Fprintf(w, "    %s)\n      flags=%q\n      case \"${prev#--}\" in\n", c, strings.Join(names, " "))
		for _, f := range fs {
			if !f.takesValue {
				continue
			}
			switch vs := flagValues(c, f.name); {
			case vs != nil:
				fmt.Fprintf(w, "        %s | -%s) values=%q ;;\n", f.name, f.name, strings.Join(vs, " "))
			case f.takesFile:
				fmt.Fprintf(w, "        %s | -%s) file=1 ;;\n", f.name, f.name)
			default: // a number, a duration, NAME=VALUE: nothing to offer
				fmt.Fprintf(w, "        %s | -%s) return ;;\n", f.name, f.name)
			}
		}
		fmt.Fprint(w, "      esac ;;\n")
	}
	fmt.Fprint(w, `  esac
  if [ -n "$values" ]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
  elif [ "$file" = 1 ] || [[ "$cur" != -* ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  fi
}
complete -o filenames -F _soc2lint soc2lint
`)
}

// zshQuote quotes s inside a single-quoted zsh word, for a description
// (in _arguments brackets, or after the first colon of a _describe item).
func zshQuote(s string) string {
	return strings.NewReplacer("'", "'\\''", "[", "\\[", "]", "\\]").Replace(s)
}

func writeZshCompletion(w io.Writer) {
	fmt.Fprint(w, "#compdef soc2lint\n# zsh completion for soc2lint: soc2lint completion zsh > \"${fpath[1]}/_soc2lint\"\n_soc2lint() {\n  local -a commands\n  commands=(\n")
	for _, c := range commands {
		fmt.Fprintf(w, "    '%s:%s'\n", c.name, zshQuote(c.summary))
	}
	fmt.Fprint(w, "  )\n  if (( CURRENT == 2 )); then\n    _describe command commands\n    return\n  fi\n  case $words[2] in\n")
	for _, c := range flagCommands {
		fmt.Fprintf(w, "    %s)\n      _arguments \\\n", c)
		for _, f := range commandFlags(c) {
			spec := fmt.Sprintf("--%s[%s]", f.name, zshQuote(f.help))
			if f.takesValue {
				switch vs := flagValues(c, f.name); {
				case vs != nil:
					spec += fmt.Sprintf(":%s:(%s)", f.name, strings.Join(vs, " "))
				case f.takesFile:
					spec += ":" + f.name + ":_files"
				default:
					spec += ":" + f.name + ": "
				}
			}
			fmt.Fprintf(w, "        '%s' \\\n", spec)
		}
		fmt.Fprint(w, "        '*:path:_files' ;;\n")
	}
	fmt.Fprintf(w, "    help) _values command %s ;;\n    completion) _values shell %s ;;\n  esac\n}\ncompdef _soc2lint soc2lint\n",
		strings.Join(commandNames(), " "), strings.Join(shells, " "))
}

// fishQuote quotes s for fish.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

func writeFishCompletion(w io.Writer) {
	fmt.Fprint(w, "# fish completion for soc2lint: soc2lint completion fish > ~/.config/fish/completions/soc2lint.fish\ncomplete -c soc2lint -f\n")
	for _, c := range commands {
		fmt.Fprintf(w, "complete -c soc2lint -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	fmt.Fprintf(w, "complete -c soc2lint -n '__fish_seen_subcommand_from help' -a %s\n", fishQuote(strings.Join(commandNames(), " ")))
	fmt.Fprintf(w, "complete -c soc2lint -n '__fish_seen_subcommand_from completion' -a %s\n", fishQuote(strings.Join(shells, " ")))
	for _, c := range flagCommands {
		cond := fishQuote("__fish_seen_subcommand_from " + c)
		if c != "rules" {
			fmt.Fprintf(w, "complete -c soc2lint -n %s -F\n", cond)
		}
		for _, f := range commandFlags(c) {
			line := fmt.Sprintf("complete -c soc2lint -n %s -l %s -d %s", cond, f.name, fishQuote(f.help))
			if f.takesValue {
				switch vs := flagValues(c, f.name); {
				case vs != nil:
					line += " -x -a " + fishQuote(strings.Join(vs, " "))
				case f.takesFile:
					line += " -r -F"
				default:
					line += " -x"
				}
			}
			fmt.Fprintln(w, line)
		}
	}
}
