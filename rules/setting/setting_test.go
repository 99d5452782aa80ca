package setting

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// TestCheck runs one check through the engine: exemptions (Unless), the
// condition (If), verdicts, undecided notes and data sources.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	src := `variable "enc" {
  type = bool
}

variable "mode" {
  type = string
}

resource "aws_thing" "off" {
  encrypted = false
}

resource "aws_thing" "absent" {
}

resource "aws_thing" "on" {
  encrypted = true
}

resource "aws_thing" "unknown" {
  encrypted = var.enc
}

resource "aws_thing" "replica" {
  source_id = "primary"
}

resource "aws_thing" "serverless" {
  mode = "serverless"
}

resource "aws_thing" "mode_unknown" {
  mode = var.mode
}

data "aws_thing" "read" {
  encrypted = false
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rule := Rule(engine.Rule{ID: "TEST-001", Name: "test"}, Check{
		Types:   []string{"aws_thing", "AWS::Thing"},
		Unless:  []parser.Attr{parser.A("source_id", "SourceId")},
		If:      Not(Is(parser.A("mode", "Mode"), "", "serverless")),
		Judge:   MustBeTrue(parser.A("encrypted", "Encrypted"), false),
		Problem: "not encrypted",
	})
	res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: []*engine.Rule{rule}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Text())
	}
	want := []string{
		"aws_thing.off: not encrypted (encrypted = false)",
		"aws_thing.absent: not encrypted (encrypted is not set, and the default is false)",
	}
	sort.Strings(got)
	sort.Strings(want)
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("findings %q, want %q", got, want)
	}
	var notes []string
	for _, u := range res.Evidence.Undecided {
		notes = append(notes, u.Resource.Address+": "+u.Detail)
	}
	sort.Strings(notes)
	wantNotes := []string{"aws_thing.mode_unknown: mode: var.mode has no value", "aws_thing.unknown: encrypted: var.enc has no value"}
	if len(notes) != 2 || notes[0] != wantNotes[0] || notes[1] != wantNotes[1] {
		t.Errorf("undecided %q, want %q", notes, wantNotes)
	}
	if n := res.Evidence.Inspected["TEST-001"]; n != 7 {
		t.Errorf("examined %d resources, want the 7 aws_thing resources", n)
	}
}
