package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestHelpHasExamples: every command's help (soc2lint help CMD, and
// CMD -h) shows its usage and at least one example that runs it.
func TestHelpHasExamples(t *testing.T) {
	code, top, _ := runCLI(t, "help")
	if code != 0 || !strings.Contains(top, "Examples:") {
		t.Errorf("soc2lint help: exit %d\n%s", code, top)
	}
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(top, "soc2lint "+c.name) {
				t.Errorf("the top help does not list %s", c.name)
			}
			code, out, _ := runCLI(t, "help", c.name)
			if code != 0 {
				t.Fatalf("soc2lint help %s: exit %d", c.name, code)
			}
			_, examples, ok := strings.Cut(out, "\nExamples:\n")
			if !ok || !strings.Contains(examples, "soc2lint "+c.name) {
				t.Errorf("soc2lint help %s has no example of %s:\n%s", c.name, c.name, out)
			}
			if !strings.HasPrefix(out, "Usage: soc2lint "+c.name) {
				t.Errorf("soc2lint help %s does not start with its usage:\n%s", c.name, out)
			}
		})
	}
	if _, _, stderr := runCLI(t, "lint", "-h"); !strings.Contains(stderr, "Examples:") || !strings.Contains(stderr, "--format") && !strings.Contains(stderr, "-format") {
		t.Errorf("lint -h lacks flags or examples:\n%s", stderr)
	}
}

// TestDidYouMean: misspelled commands, flags, formats and shells name the
// nearest real one; a word far from every name gets no guess.
func TestDidYouMean(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"lnit"}, `unknown command "lnit" (did you mean lint?)`},
		{[]string{"grpah"}, "(did you mean graph?)"},
		{[]string{"versoin"}, "(did you mean version?)"},
		{[]string{"lint", "--fial-on", "high"}, "unknown flag --fial-on (did you mean --fail-on?)"},
		{[]string{"lint", "--exit-zeor"}, "(did you mean --exit-zero?)"},
		{[]string{"lint", "--baselin", "x"}, "(did you mean --baseline?)"},
		{[]string{"graph", "--outptu", "x"}, "(did you mean --output?)"},
		{[]string{"rules", "--fromat", "x"}, "(did you mean --format?)"},
		{[]string{"lint", "--format", "sarfi"}, "(did you mean sarif?)"},
		{[]string{"completion", "zhs"}, "(did you mean zsh?)"},
		{[]string{"help", "lnt"}, "(did you mean lint?)"},
	} {
		code, _, stderr := runCLI(t, tt.args...)
		if code != exitError || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr lacks %q:\n%s", tt.args, code, tt.want, stderr)
		}
		if strings.Count(stderr, "\n") > 3 {
			t.Errorf("%v: a mistake should take a line or two, not the whole help:\n%s", tt.args, stderr)
		}
	}
	for _, args := range [][]string{{"xyzzy"}, {"lint", "--qqqqqq"}} {
		if _, _, stderr := runCLI(t, args...); strings.Contains(stderr, "did you mean") {
			t.Errorf("%v: a guess for a word unlike any name:\n%s", args, stderr)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"lint", "lint", 0}, {"lnit", "lint", 1}, {"lin", "lint", 1}, {"graph", "grpah", 1}, {"", "abc", 3}, {"kitten", "sitting", 3},
	} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestBashCompletion sources the bash script and completes as bash would.
func TestBashCompletion(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	_, script, _ := runCLI(t, "completion", "bash")
	file := filepath.Join(t.TempDir(), "soc2lint.bash")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		line string // the words typed, the last one being completed
		want string // the completions, space separated
	}{
		{"soc2lint li", "lint"},
		{"soc2lint ", "lint graph rules explain inspect version completion help"},
		{"soc2lint lint --fa", "--fail-on"},
		{"soc2lint lint --format j", "json junit"},
		{"soc2lint lint --fail-on h", "high"},
		{"soc2lint lint --color ", "always never auto"},
		{"soc2lint lint --write-b", "--write-baseline"},
		{"soc2lint graph --format ", "dot json"},
		{"soc2lint rules --format m", "markdown"},
		{"soc2lint completion f", "fish"},
		{"soc2lint help gr", "graph"},
		{"soc2lint lint --workers ", ""},
	} {
		words := strings.Split(tt.line, " ")
		var quoted []string
		for _, w := range words {
			quoted = append(quoted, "'"+w+"'")
		}
		prog := "source " + file + "; COMP_WORDS=(" + strings.Join(quoted, " ") + "); COMP_CWORD=" +
			itoa(len(words)-1) + `; _soc2lint; echo "${COMPREPLY[*]}"`
		out, err := exec.Command("bash", "-c", prog).CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v\n%s", tt.line, err, out)
		}
		if got := strings.TrimSpace(string(out)); got != tt.want {
			t.Errorf("%q completes to %q, want %q", tt.line, got, tt.want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestZshFishCompletion checks that the zsh and fish scripts parse, with
// the shells when installed (.ci/run installs them), and that they name
// every flag of lint.
func TestZshFishCompletion(t *testing.T) {
	for _, shell := range []string{"zsh", "fish"} {
		t.Run(shell, func(t *testing.T) {
			code, script, stderr := runCLI(t, "completion", shell)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, f := range commandFlags("lint") {
				if !strings.Contains(script, "--"+f.name+"[") && !strings.Contains(script, " -l "+f.name+" ") {
					t.Errorf("the %s script lacks --%s", shell, f.name)
				}
			}
			path, err := exec.LookPath(shell)
			if err != nil {
				t.Skipf("%s is not installed: the script's syntax is not checked", shell)
			}
			file := filepath.Join(t.TempDir(), "soc2lint."+shell)
			os.WriteFile(file, []byte(script), 0o644)
			if out, err := exec.Command(path, "-n", file).CombinedOutput(); err != nil {
				t.Errorf("%s -n: %v\n%s", shell, err, out)
			}
		})
	}
}
