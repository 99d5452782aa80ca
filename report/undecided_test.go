package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// encryptedRule asks one boolean setting through the rule API: unknown
// values become undecided notes.
var encryptedRule = &engine.Rule{ID: "AWS-021", Title: "Unencrypted database", Severity: engine.High,
	Checklist: []string{"DATA-3"}, SOC2: []string{"CC6.1"}, Remediation: engine.Remediation{Summary: "Encrypt it."},
	Check: func(p *engine.Pass) {
		for _, r := range p.ResourcesOfType("aws_db_instance") {
			p.Judge(r, parser.NotTrue(parser.A("storage_encrypted", "StorageEncrypted").Of(r), "storage_encrypted", false), "not encrypted")
		}
	}}

func scanUndecided(t *testing.T) *engine.Result {
	t.Helper()
	dir := t.TempDir()
	src := `variable "encrypt" {
  type = bool
}

resource "aws_db_instance" "unknown" {
  storage_encrypted = var.encrypt
}

resource "aws_db_instance" "on" {
  storage_encrypted = true
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: []*engine.Rule{encryptedRule}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 || len(res.Evidence.Undecided) != 1 {
		t.Fatalf("got %d findings and %d undecided notes, want 0 and 1", len(res.Findings), len(res.Evidence.Undecided))
	}
	return res
}

func TestUndecidedText(t *testing.T) {
	res := scanUndecided(t)
	var quiet, listed bytes.Buffer
	if err := WriteText(&quiet, res, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteText(&listed, res, TextOptions{ShowUndecided: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(quiet.String(), "1 undecided: --show-undecided lists them)") || strings.Contains(quiet.String(), "not decided") {
		t.Errorf("default text output:\n%s", quiet.String())
	}
	want := "main.tf:6:23: AWS-021 not decided for aws_db_instance.unknown: storage_encrypted: var.encrypt has no value"
	if !strings.Contains(listed.String(), want) {
		t.Errorf("--show-undecided output lacks %q:\n%s", want, listed.String())
	}
}

func TestUndecidedJSON(t *testing.T) {
	res := scanUndecided(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, res, "test"); err != nil {
		t.Fatal(err)
	}
	var out JSONOutput
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Undecided) != 1 || out.Summary.Undecided != 1 {
		t.Fatalf("undecided = %+v, summary %d", out.Undecided, out.Summary.Undecided)
	}
	u := out.Undecided[0]
	if u.Rule != "AWS-021" || u.Resource != "aws_db_instance.unknown" || u.Range.Start.Line != 6 || !strings.Contains(u.Detail, "var.encrypt has no value") {
		t.Errorf("undecided note %+v", u)
	}
}

func TestUndecidedChecklist(t *testing.T) {
	res := scanUndecided(t)
	items := []ChecklistItem{{ID: "DATA-3", Question: "Databases encrypted?", Criteria: []string{"CC6.1"}, Static: "yes"}}
	answers := AnswerChecklist(items, []*engine.Rule{encryptedRule}, res)
	if answers[0].Status != PartiallyAssessed || answers[0].Undecided != 1 {
		t.Errorf("DATA-3 answered %q with %d undecided, want %q with 1", answers[0].Status, answers[0].Undecided, PartiallyAssessed)
	}
	var buf bytes.Buffer
	if err := WriteChecklist(&buf, items, []*engine.Rule{encryptedRule}, res); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 partially assessed", "## Partially assessed", "AWS-021 not decided for aws_db_instance.unknown"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("checklist lacks %q:\n%s", want, buf.String())
		}
	}
}
