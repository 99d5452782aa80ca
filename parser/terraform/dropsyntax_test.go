package terraform

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
	"github.com/soc2lint/soc2lint/parser"
)

// parseTree parses every Terraform file under the directory root (slash
// paths, as reported) into modules by directory.
func parseTree(t *testing.T, files map[string][]byte) map[string]*Module {
	t.Helper()
	mods := map[string]*Module{}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		f, diags := ParseFile(parser.Source{Path: name, Bytes: files[name]})
		if diags.HasErrors() {
			continue
		}
		addToModule(mods, name, f)
	}
	return mods
}

// addToModule adds the file name, parsed, to the module of its directory.
func addToModule(mods map[string]*Module, name string, f *File) {
	dir := path.Dir(name)
	m := mods[dir]
	if m == nil {
		m = &Module{Dir: dir}
		mods[dir] = m
	}
	if IsVarsFile(path.Base(name)) {
		m.VarFiles = append(m.VarFiles, f)
	} else {
		m.Files = append(m.Files, f)
	}
}

// TestOwnedRootDropsSyntax evaluates every root of the Terraform fixtures
// and a generated file twice: with the root's module handed over
// (Project.Own), which drops each resource block's syntax tree once it is
// evaluated, and without. The resources and diagnostics must be the same.
func TestOwnedRootDropsSyntax(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 400); err != nil {
		t.Fatal(err)
	}
	trees := evaluationTrees(map[string][]byte{"generated/main.tf": big.Bytes()})
	roots, dropped := 0, 0
	for _, files := range trees {
		shared := &Project{Modules: parseTree(t, files)}
		// A root module is called by no other module: the roots' modules
		// of one tree can each be handed to their own evaluation.
		own := &Project{Modules: parseTree(t, files)}
		own.Own = func(dir string) (*Module, bool) { return own.Modules[dir], true }
		for _, root := range shared.Roots() {
			want, wantDiags := shared.EvaluateRoot(root)
			m := own.Modules[root]
			got, gotDiags := own.EvaluateRoot(root)
			roots++
			if !reflect.DeepEqual(want, got) {
				t.Errorf("%s: resources differ when the root's syntax trees are dropped", root)
			}
			if !reflect.DeepEqual(wantDiags, gotDiags) {
				t.Errorf("%s: diagnostics differ when the root's syntax trees are dropped:\n%v\n%v", root, wantDiags, gotDiags)
			}
			for _, b := range m.declarations().resources {
				// Let go of (lazyBlocks.release: no body left), or emptied.
				if sb, ok := b.Body.(*hclsyntax.Body); b.Body == nil || ok && len(sb.Attributes)+len(sb.Blocks) == 0 {
					dropped++
				}
			}
			if strings.HasPrefix(root, "generated") && dropped < 400 {
				t.Errorf("%s: %d resource bodies dropped, want every one of 400", root, dropped)
			}
		}
	}
	t.Logf("%d roots, %d resource bodies dropped", roots, dropped)
	if roots < 100 || dropped == 0 {
		t.Errorf("%d roots evaluated, %d resource bodies dropped", roots, dropped)
	}
}

// evaluationTrees returns the trees of Terraform files that the syntax
// tree tests evaluate: extra, a root whose module call refers to its own
// outputs, and the fixtures and examples, one tree per directory.
func evaluationTrees(extra ...map[string][]byte) []map[string][]byte {
	trees := append(extra, map[string][]byte{
		// The call's arguments refer to its own outputs: the resource c,
		// first evaluated for an argument of the call, is rolled back
		// and evaluated again on the next pass, so its tree must stay.
		"selfref/main.tf": []byte(`
resource "aws_s3_bucket" "a" {
  bucket = "a-${module.net.suffix}"
}

module "net" {
  source  = "./net"
  allowed = module.net.default_cidr
  bucket  = aws_s3_bucket.c.bucket
}

resource "aws_s3_bucket" "c" {
  bucket = "c-logs"
}
`),
		"selfref/net/main.tf": []byte(`
variable "allowed" {
  default = null
}

variable "bucket" {
  default = null
}

output "default_cidr" {
  value = "10.0.0.0/8"
}

output "suffix" {
  value = "x"
}

resource "aws_security_group" "g" {
  description = var.bucket
  ingress {
    cidr_blocks = [var.allowed]
  }
}
`),
	})
	for _, dir := range []string{"../../testdata/rules", "../../testdata/terraform", "../../testdata/eval", "../../examples"} {
		files := map[string][]byte{}
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(IsConfigFile(d.Name()) || IsVarsFile(d.Name())) {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil {
				files[filepath.ToSlash(p)] = b
			}
			return nil
		})
		trees = append(trees, files)
	}
	return trees
}
