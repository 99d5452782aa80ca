package sarif

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// defaultMultitool is where `npm install --prefix /tmp/soc2lint-sarif-tools
// @microsoft/sarif-multitool` puts the Linux binary. See INSTALL-NOTES.txt.
const defaultMultitool = "/tmp/soc2lint-sarif-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

// multitool returns the path of Microsoft's SARIF multitool, or skips the
// test when it is absent outside CI.
func multitool(t *testing.T) string {
	t.Helper()
	path := os.Getenv("SARIF_MULTITOOL")
	if path == "" {
		path = defaultMultitool
	}
	info, err := os.Stat(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("SARIF multitool not found at %s (set SARIF_MULTITOOL; see sarif/INSTALL-NOTES.txt): %v", path, err)
		}
		skipAbsent(t, "the SARIF multitool at "+path+" (install it as sarif/INSTALL-NOTES.txt says, or set SARIF_MULTITOOL)")
	}
	if info.Mode()&0o111 == 0 {
		// npm may skip the package's postinstall script that sets the bit.
		if err := os.Chmod(path, info.Mode()|0o755); err != nil {
			t.Fatalf("making %s executable: %v", path, err)
		}
	}
	return path
}

// validationLog is the part of the multitool's own SARIF output read here.
type validationLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID                   string `json:"id"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					MessageStrings map[string]struct {
						Text string `json:"text"`
					} `json:"messageStrings"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text      string   `json:"text"`
				ID        string   `json:"id"`
				Arguments []string `json:"arguments"`
			} `json:"message"`
		} `json:"results"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

var placeholder = regexp.MustCompile(`\{(\d+)\}`)

type issue struct{ level, text string }

// runMultitool validates data with the multitool and returns what it found.
func runMultitool(t *testing.T, bin string, data []byte) []issue {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "soc2lint.sarif")
	out := filepath.Join(dir, "out.sarif")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// A guard against a hung tool, not a speed check: on a loaded machine
	// validating the examples takes over two minutes.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	// Separate arguments: "Gh;Sarif" must reach the tool as one argument.
	cmd := exec.CommandContext(ctx, bin, "validate", "--rule-kind", "Gh;Sarif", "--output", out, in)
	cmd.Dir = dir
	// Without libicu the .NET runtime aborts unless globalization is
	// invariant, which validation does not need.
	cmd.Env = append(os.Environ(), "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	console, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s validate: %v\n%s", bin, err, console)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("multitool wrote no log: %v\n%s", err, console)
	}
	var log validationLog
	if err := json.Unmarshal(raw, &log); err != nil {
		t.Fatalf("reading the multitool's log: %v", err)
	}
	if len(log.Runs) == 0 {
		t.Fatalf("multitool log has no run:\n%s", console)
	}
	var issues []issue
	for _, run := range log.Runs {
		for _, inv := range run.Invocations {
			for _, n := range inv.ToolExecutionNotifications {
				if n.Level == "error" {
					issues = append(issues, issue{"error", "multitool: " + n.Message.Text})
				}
			}
		}
		for _, res := range run.Results {
			lvl, msg := res.Level, res.Message.Text
			if res.RuleIndex != nil && *res.RuleIndex >= 0 && *res.RuleIndex < len(run.Tool.Driver.Rules) {
				rule := run.Tool.Driver.Rules[*res.RuleIndex]
				if lvl == "" {
					lvl = rule.DefaultConfiguration.Level
				}
				if msg == "" {
					msg = placeholder.ReplaceAllStringFunc(rule.MessageStrings[res.Message.ID].Text, func(p string) string {
						var i int
						fmt.Sscanf(p, "{%d}", &i)
						if i < len(res.Message.Arguments) {
							return res.Message.Arguments[i]
						}
						return p
					})
				}
			}
			if lvl == "" {
				lvl = "warning" // SARIF's default level
			}
			issues = append(issues, issue{lvl, fmt.Sprintf("%s %s: %s", lvl, res.RuleID, strings.TrimSpace(msg))})
		}
	}
	return issues
}

// TestMultitool validates the output with Microsoft's SARIF multitool and
// its GitHub ingestion rules ("Gh") next to the SARIF best-practice rules.
// Any error-level result fails; warnings and notes are logged.
func TestMultitool(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the SARIF multitool in -short mode")
	}
	bin := multitool(t)
	for _, tc := range testRuns() {
		t.Run(tc.name, func(t *testing.T) {
			for _, is := range runMultitool(t, bin, write(t, tc.run)) {
				if is.level == "error" {
					t.Error(is.text)
				} else {
					t.Log(is.text)
				}
			}
		})
	}
}

// TestMultitoolCatchesErrors makes sure the harness above sees the
// multitool's errors: a log GitHub would reject must fail.
func TestMultitoolCatchesErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the SARIF multitool in -short mode")
	}
	bin := multitool(t)
	bad := `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":` +
		`{"name":"x","version":"1.0","rules":[{"id":"R1"}]}},"results":[{"ruleId":"R1","ruleIndex":0,"message":{"text":"m"}}]}]}`
	for _, is := range runMultitool(t, bin, []byte(bad)) {
		if is.level == "error" {
			return
		}
	}
	t.Error("the multitool reported no error for a result without locations and a rule without descriptions")
}
