package sarif

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

// examplesRun is the SARIF run of the real rules over the repository's
// examples and rule fixtures: what users upload, not hand-made findings.
func examplesRun(t *testing.T) Run {
	t.Helper()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	// Paths are reported relative to the working directory, as in use.
	if err := os.Chdir(".."); err != nil {
		t.Fatal(err)
	}
	res, err := engine.Scan(context.Background(), []string{"examples", filepath.Join("testdata", "rules"), filepath.Join("testdata", "eval"), filepath.Join("testdata", "standin")}, engine.Config{Rules: rules.All()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) == 0 {
		t.Fatal("no findings in examples and fixtures")
	}
	return Run{ToolVersion: "1.0.0", Rules: rules.All(), Findings: res.Findings, Diagnostics: res.Diagnostics}
}

func TestExamplesSchema(t *testing.T) {
	sch := requireSchema(t)
	if err := validateSchema(sch, write(t, examplesRun(t))); err != nil {
		t.Fatal(err)
	}
}

func TestExamplesMultitool(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the SARIF multitool in -short mode")
	}
	bin := multitool(t)
	for _, is := range runMultitool(t, bin, write(t, examplesRun(t))) {
		if is.level == "error" {
			t.Error(is.text)
		} else {
			t.Log(is.text)
		}
	}
}
