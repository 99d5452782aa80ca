package terraform

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// FuzzTerraform parses its input as a .tf (or .tf.json) file and an
// optional terraform.tfvars, evaluates them as a root module and checks
// that nothing panics and that every diagnostic and value lies inside the
// file it names.
func FuzzTerraform(f *testing.F) {
	for _, dir := range []string{"../../testdata", "../../examples"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(IsConfigFile(p) || IsVarsFile(filepath.Base(p))) {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil || len(b) > 64<<10 {
				return nil
			}
			if IsVarsFile(filepath.Base(p)) {
				f.Add([]byte(`variable "admin_cidrs" {}`+"\n"+`variable "x" { default = 1 }`), b, false)
			} else {
				f.Add(b, []byte(nil), strings.HasSuffix(p, ".json"))
			}
			return nil
		})
	}
	f.Add([]byte(`module "self" { source = "./" }`+"\n"+`resource "a" "b" { count = 3 }`), []byte(nil), false)
	f.Add([]byte(`locals { a = local.b
b = local.a }
resource "x" "y" { v = local.a }`), []byte(nil), false)
	f.Add([]byte(`variable "v" {}
resource "x" "y" { for_each = var.v
  name = each.key }`), []byte(`v = {a = 1, b = 2}`), false)
	f.Add([]byte(`{"resource": {"x": {"y": {"count": 2, "v": "${count.index}"}}}}`), []byte(nil), true)

	f.Fuzz(func(t *testing.T, main, vars []byte, isJSON bool) {
		if len(main)+len(vars) > 64<<10 {
			// Deep nesting in large inputs could exhaust the stack inside
			// HCL itself; the engine refuses such files before parsing.
			t.Skip()
		}
		name := "m/main.tf"
		if isJSON {
			name += ".json"
		}
		files := map[string][]byte{name: main}
		m := &Module{Dir: "m"}
		mf, diags := ParseFile(parser.Source{Path: name, Bytes: main})
		checkFuzzDiags(t, files, diags)
		if diags.HasErrors() {
			return
		}
		m.Files = append(m.Files, mf)
		if len(vars) > 0 {
			files["m/terraform.tfvars"] = vars
			vf, diags := ParseFile(parser.Source{Path: "m/terraform.tfvars", Bytes: vars})
			checkFuzzDiags(t, files, diags)
			if !diags.HasErrors() {
				m.VarFiles = append(m.VarFiles, vf)
			}
		}
		p := &Project{Modules: map[string]*Module{"m": m}}
		resources, diags := p.Evaluate()
		checkFuzzDiags(t, files, diags)
		for _, r := range resources {
			checkFuzzRange(t, files, "resource "+r.Address, r.Range)
			var visit func(path string, v *parser.Value, depth int)
			visit = func(path string, v *parser.Value, depth int) {
				if v == nil || depth > 300 {
					return
				}
				checkFuzzRange(t, files, path, v.Range)
				checkFuzzRange(t, files, path+" key", v.KeyRange)
				for _, s := range v.Via() {
					checkFuzzRange(t, files, path+" via "+s.Note, s.Range)
				}
				for i, e := range v.Elems {
					visit(fmt.Sprintf("%s[%d]", path, i), e, depth+1)
				}
				for k, e := range v.Attrs {
					visit(path+"."+k, e, depth+1)
				}
			}
			visit(r.Address, r.Body, 0)
		}
	})
}

func checkFuzzDiags(t *testing.T, files map[string][]byte, diags parser.Diagnostics) {
	t.Helper()
	for _, d := range diags {
		if strings.Contains(strings.ToLower(d.Summary), "internal error") {
			t.Fatalf("internal error: %s", d.Error())
		}
		r := d.Range
		if data, ok := files[r.File]; ok {
			// HCL's JSON parser points one character past the end of an
			// unterminated string; the engine moves such positions to the
			// end of the file (engine.clampDiags).
			for _, p := range []*parser.Pos{&r.Start, &r.End} {
				if int(p.Byte) > len(data) && int(p.Byte) <= len(data)+4 {
					*p = parser.Pos{}
				}
			}
			if r.Start == (parser.Pos{}) {
				r.End = parser.Pos{}
			}
		}
		checkFuzzRange(t, files, "diagnostic "+d.Summary, r)
	}
}

// checkFuzzRange fails unless r is zero or lies inside the file it names.
func checkFuzzRange(t *testing.T, files map[string][]byte, what string, r parser.Range) {
	t.Helper()
	if r.File == "" {
		if r.Start.Line != 0 || r.Start.Byte != 0 || r.End.Line != 0 {
			t.Fatalf("%s: position without a file: %+v", what, r)
		}
		return
	}
	data, ok := files[r.File]
	if !ok {
		if r.Start.Line == 0 && !strings.Contains(r.File, ".") {
			return // a module directory
		}
		t.Fatalf("%s: unknown file %q", what, r.File)
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, p := range []parser.Pos{r.Start, r.End} {
		if p == (parser.Pos{}) {
			continue
		}
		if p.Line < 1 || int(p.Line) > lines || p.Column < 1 || p.Byte < 0 || int(p.Byte) > len(data) {
			t.Fatalf("%s: position %+v outside %s (%d lines, %d bytes)", what, p, r.File, lines, len(data))
		}
	}
	if r.End != (parser.Pos{}) && (r.End.Line < r.Start.Line || r.End.Byte < r.Start.Byte) {
		t.Fatalf("%s: range ends before it starts: %+v", what, r)
	}
}
