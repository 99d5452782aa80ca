package terraform

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/bench/gen/generate"
)

// samePiecewise checks that parsing src in pieces of size bytes gives
// the syntax tree of the whole file, and that it is refused only when
// the whole file has diagnostics or cannot be cut.
func samePiecewise(t *testing.T, name string, src []byte, size int) {
	t.Helper()
	whole, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	pieces := parseInPieces(src, name, size, nil)
	if pieces == nil {
		return
	}
	if len(diags) > 0 {
		t.Errorf("%s: parsed in pieces, but the whole file has diagnostics: %v", name, diags)
		return
	}
	if !reflect.DeepEqual(whole.Body, pieces.Body) {
		t.Errorf("%s: syntax trees differ when parsed in pieces of %d bytes", name, size)
	}
	if !bytes.Equal(whole.Bytes, pieces.Bytes) {
		t.Errorf("%s: file bytes differ", name)
	}
}

func TestParseInPiecesSameTree(t *testing.T) {
	var big bytes.Buffer
	if err := generate.Terraform(&big, 300); err != nil {
		t.Fatal(err)
	}
	srcs := nativeSources()
	srcs["generated.tf"] = big.Bytes()
	corpus := corpusDir()
	if len(srcs) < 100 {
		t.Fatalf("%d files, expected the test data's hundreds", len(srcs))
	}
	cut := 0
	for name, src := range srcs {
		sizes := []int{1, 200, 4096}
		if corpus != "" && strings.HasPrefix(name, corpus) {
			sizes = sizes[:1] // thousands of files: cut at every boundary only
		}
		for _, size := range sizes {
			samePiecewise(t, name, src, size)
		}
		if parseInPieces(src, name, 1, nil) != nil {
			cut++
		}
	}
	if cut < len(srcs)/2 {
		t.Errorf("only %d of %d files were parsed in pieces", cut, len(srcs))
	}
	if parseInPieces(big.Bytes(), "generated.tf", 4096, nil) == nil {
		t.Error("the generated file was not parsed in pieces")
	}
}

// nativeSources returns the .tf and .tfvars files of the fixtures, the
// examples and the corpus (when present), by path.
func nativeSources() map[string][]byte {
	srcs := map[string][]byte{}
	dirs := []string{"../../testdata", "../../examples"}
	if corpus := corpusDir(); corpus != "" {
		dirs = append(dirs, corpus)
	}
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".tf") || strings.HasSuffix(p, ".tfvars")) {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil {
				srcs[p] = b
			}
			return nil
		})
	}
	return srcs
}

// corpusDir is the real-world corpus (shared/corpus/realworld in a
// directory above the checkout), when present; SOC2LINT_CORPUS overrides
// it.
func corpusDir() string {
	if dir := os.Getenv("SOC2LINT_CORPUS"); dir != "" {
		return dir
	}
	for up := "../../.."; len(up) < 20; up += "/.." {
		dir := up + "/shared/corpus/realworld"
		if _, err := os.Stat(dir); err == nil {
			return dir
		}
	}
	return ""
}

func FuzzParseInPieces(f *testing.F) {
	for _, s := range []string{
		"a = 1\nb = 2\n",
		"resource \"x\" \"y\" {\n  a = <<EOT\n}\nEOT\n}\n\nb = \"${\n1}\"\n",
		"a = 1\na = 2\n",
		"locals {\n}\n# c\n/* d\n*/\nvariable \"v\" {}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		samePiecewise(t, "fuzz.tf", src, 1)
	})
}
