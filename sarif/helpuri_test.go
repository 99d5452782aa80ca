package sarif

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

// TestHelpURIIsTheRulePage: every rule's helpUri is its page in docs/rules
// of the repository (which exists), and the provider's links stay in help.
func TestHelpURIIsTheRulePage(t *testing.T) {
	all := rules.All()
	var buf bytes.Buffer
	if err := Write(&buf, Run{ToolVersion: "1.0.0", Rules: all}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string
						HelpURI string `json:"helpUri"`
						Help    struct{ Text, Markdown string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	byID := map[string]*engine.Rule{}
	for _, r := range all {
		byID[r.ID] = r
	}
	for _, d := range log.Runs[0].Tool.Driver.Rules {
		want := RuleDocsURI + d.ID + ".md"
		if d.HelpURI != want {
			t.Errorf("%s: helpUri %q, want %q", d.ID, d.HelpURI, want)
		}
		page := filepath.Join("..", "docs", "rules", strings.TrimPrefix(d.HelpURI, RuleDocsURI))
		if _, err := os.Stat(page); err != nil {
			t.Errorf("%s: helpUri names %s, which does not exist", d.ID, page)
		}
		for _, l := range byID[d.ID].Links {
			if !strings.Contains(d.Help.Text, l) || !strings.Contains(d.Help.Markdown, l) {
				t.Errorf("%s: help lacks the link %s", d.ID, l)
			}
		}
	}
}

// TestMultitoolPathMatchesCI keeps the multitool's default path the one
// .ci/run installs it at, so that a developer who ran .ci/run once gets
// the validation from a plain go test.
func TestMultitoolPathMatchesCI(t *testing.T) {
	script, err := os.ReadFile(filepath.Join("..", ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	var tools string
	for _, l := range strings.Split(string(script), "\n") {
		if v, ok := strings.CutPrefix(l, "SARIF_TOOLS=${SARIF_TOOLS:-"); ok {
			tools = strings.TrimSuffix(v, "}")
		}
	}
	if want := tools + "/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"; tools == "" || defaultMultitool != want {
		t.Errorf("defaultMultitool is %s, but .ci/run installs the multitool at %s", defaultMultitool, want)
	}
}
