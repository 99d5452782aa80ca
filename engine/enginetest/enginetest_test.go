package enginetest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Error(args ...any) { r.errors = append(r.errors, fmt.Sprint(args...)) }
func (r *recorder) Helper()           {}

var encrypted = &engine.Rule{ID: "TEST-001", Name: "encrypted", Check: func(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_db_instance") {
		p.Judge(res, parser.NotTrue(parser.A("storage_encrypted", "StorageEncrypted").Of(res), "storage_encrypted", false), "not encrypted")
	}
}}

// TestDriver runs the driver on fixtures whose annotations are right and
// wrong, and checks that it complains exactly about the wrong ones.
func TestDriver(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the expected complaints, in order
	}{
		{"annotated", map[string]string{
			"bad.tf":  "resource \"aws_db_instance\" \"a\" {\n  storage_encrypted = false # want TEST-001 \"storage_encrypted = false\"\n}\n",
			"good.tf": "variable \"x\" {\n  type = bool\n}\nresource \"aws_db_instance\" \"a\" {\n  storage_encrypted = var.x # want-note TEST-001\n}\n",
		}, nil},
		{"missing and unexpected", map[string]string{
			"bad.tf":  "resource \"aws_db_instance\" \"a\" {\n  storage_encrypted = false\n}\n",
			"good.tf": "resource \"aws_db_instance\" \"a\" { # want TEST-001\n  storage_encrypted = true\n}\n",
		}, []string{"good.tf:1: expected finding TEST-001, got none", "bad.tf:2: unexpected finding TEST-001"}},
		{"message pattern", map[string]string{
			"bad.tf": "resource \"aws_db_instance\" \"a\" {\n  storage_encrypted = false # want TEST-001 \"not set\"\n}\n",
		}, []string{`expected finding TEST-001 matching "not set"`, "unexpected finding TEST-001"}},
		{"finding and note on one line", map[string]string{
			"good.tf": "variable \"x\" {\n  type = bool\n}\nresource \"aws_db_instance\" \"a\" {\n  storage_encrypted = var.x # want TEST-002 # want-note TEST-001\n}\n",
		}, []string{"expected finding TEST-002, got none"}},
		{"note is not a finding", map[string]string{
			"good.tf": "variable \"x\" {\n  type = bool\n}\nresource \"aws_db_instance\" \"a\" {\n  storage_encrypted = var.x # want TEST-001\n}\n",
		}, []string{"expected finding TEST-001, got none", "unexpected undecided note TEST-001"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, src := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rec := &recorder{TB: t}
			// Both files name aws_db_instance.a: each is its own module.
			RunFiles(rec, dir, []*engine.Rule{encrypted})
			if len(rec.errors) != len(tc.want) {
				t.Fatalf("driver complained %d times, want %d:\n%s", len(rec.errors), len(tc.want), strings.Join(rec.errors, "\n"))
			}
			for i, w := range tc.want {
				if !strings.Contains(rec.errors[i], w) {
					t.Errorf("complaint %d = %q, want it to contain %q", i, rec.errors[i], w)
				}
			}
		})
	}
}
