package terraform

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func TestModuleSources(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"main.tf", `module "a" {
  source = "./a"
}
`, []string{"./a"}},
		// A trailing comment joins the next item to this one's piece.
		{"main.tf", "resource \"x\" \"y\" {\n} # done\nmodule \"b\" {\n  source = \"../b\"\n}\n", []string{"../b"}},
		{"main.tf", "/* first */ module \"c\" {\n  source = \"./c\"\n}\n", []string{"./c"}},
		{"main.tf", "\ufeffmodule \"d\" {\n  source = \"./d\"\n}\n", []string{"./d"}},
		// References are no calls; text that looks like a call in a
		// heredoc gives a source too many, which is allowed.
		{"main.tf", "output \"o\" {\n  value = module.a.id\n  description = \"a module\"\n}\n", nil},
		{"main.tf", "output \"o\" {\n  description = <<EOT\nmodule \"z\" {\n  source = \"./z\"\n}\nEOT\n}\n", []string{"./z"}},
		{"main.tf", "module \"e\" {\n  source = var.where\n}\nmodule \"f\" {\n  source = \"hashicorp/f/aws\"\n}\n", []string{"hashicorp/f/aws"}},
		// A file with a syntax error is read whole, as far as it parses.
		{"main.tf", "module \"g\" {\n  source = \"./g\"\n}\nresource \"x\" {\n", []string{"./g"}},
		{"main.tf.json", `{"module": {"h": {"source": "./h"}}}`, []string{"./h"}},
		{"main_override.tf", "module \"a\" {\n  source = \"./other\"\n}\n", []string{"./other"}},
		{"main.tf", "module \"i\" { source = \"./i\" }\r\nmodule \"j\" {\r\n  source=\"./j\" // here\r\n  version = \"1.0\"\r\n}\r\n", []string{"./i", "./j"}},
		// Sources not written as plain strings: the item is parsed.
		{"main.tf", "module \"k\" {\n  source = \"./${\"k\"}\"\n}\n", []string{"./k"}},
		{"main.tf", "module \"l\" {\n  source = (\"./l\")\n  rules = [{ source = \"10.0.0.0/8\" }]\n}\n", []string{"./l"}},
		{"main.tf", "module \"m\" {\n  source = \"./caf\u00e9\"\n}\n", []string{"./caf\u00e9"}},
		// A nested source is read too when every one is plain.
		{"main.tf", "module \"n\" {\n  source = \"./n\"\n  rules = [{ source = \"10.0.0.0/8\" }]\n  x = var.source == \"a\"\n}\n", []string{"./n", "10.0.0.0/8"}},
	} {
		if got := ModuleSources(tc.name, []byte(tc.src)); !slices.Equal(got, tc.want) {
			t.Errorf("ModuleSources(%q, %q) = %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestModuleSourcesHoldEveryCall checks, on the fixtures and the
// real-world corpus (when present), that the module calls read from the
// files without parsing them hold every local call of the parsed module:
// the scan takes a directory that nothing calls, by that reading, for a
// root before it has parsed every module.
func TestModuleSourcesHoldEveryCall(t *testing.T) {
	trees := []string{"../../testdata", "../../examples"}
	if dir := corpusDir(); dir != "" {
		trees = append(trees, dir)
	}
	for _, tree := range trees {
		dirs := map[string][]string{}
		err := filepath.WalkDir(tree, func(p string, e fs.DirEntry, err error) error {
			if err == nil && e.Type().IsRegular() && IsConfigFile(e.Name()) {
				dirs[filepath.Dir(p)] = append(dirs[filepath.Dir(p)], p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		more := 0
		for dir, files := range dirs {
			sort.Strings(files)
			dir = filepath.ToSlash(dir)
			m := &Module{Dir: dir}
			var sources []string
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				sources = append(sources, ModuleSources(f, data)...)
				if tf, diags := ParseFile(parser.Source{Path: path.Join(dir, filepath.Base(f)), Bytes: data}); !diags.HasErrors() {
					m.Files = append(m.Files, tf)
				}
			}
			calls := (&Project{Modules: map[string]*Module{dir: m}}).LocalCalls(dir)
			guess := LocalDirs(dir, sources)
			for _, c := range calls {
				if !slices.Contains(guess, c) {
					t.Errorf("%s: the call of %s is not read before parsing (read: %s)", dir, c, strings.Join(guess, ", "))
				}
			}
			if len(guess) > len(calls) {
				more++
			}
		}
		t.Logf("%s: %d directories, %d with calls read that the parsed module does not make", tree, len(dirs), more)
	}
}
