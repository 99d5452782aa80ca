package hclscan

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// checkAgainstHCL compares the boundaries of src with HCL's tokens of the
// whole file: at each boundary, the token before it is a newline token
// ending there, no token spans it, nothing counted by the nesting check is
// open, and the line and the open directives are HCL's. It also requires
// every top-level newline outside templates to be a boundary, so that a
// scanner that found none would fail.
func checkAgainstHCL(t *testing.T, name string, src []byte) {
	t.Helper()
	bs, ok := Boundaries(src)
	if !ok {
		return
	}
	toks, _ := hclsyntax.LexConfig(src, name, hcl.InitialPos)
	want := map[int]Boundary{0: {Byte: 0, Line: 1}}
	frames, directives, interps := 0, 0, 0
	straddled := map[int]bool{}
	for i, tok := range toks {
		switch tok.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen,
			hclsyntax.TokenOQuote, hclsyntax.TokenOHeredoc,
			hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			frames++
			if tok.Type == hclsyntax.TokenTemplateInterp || tok.Type == hclsyntax.TokenTemplateControl || tok.Type == hclsyntax.TokenOQuote || tok.Type == hclsyntax.TokenOHeredoc {
				interps++
			}
			if tok.Type == hclsyntax.TokenTemplateControl && i+1 < len(toks) && toks[i+1].Type == hclsyntax.TokenIdent {
				switch string(toks[i+1].Bytes) {
				case "if", "for":
					directives++
				case "endif", "endfor":
					if directives > 0 {
						directives--
					}
				}
			}
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen,
			hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			if frames > 0 {
				frames--
			}
			if tok.Type != hclsyntax.TokenCBrace && tok.Type != hclsyntax.TokenCBrack && tok.Type != hclsyntax.TokenCParen && interps > 0 {
				interps--
			}
		case hclsyntax.TokenNewline:
			end := tok.Range.End.Byte
			if frames == 0 && interps == 0 && !bytes.HasPrefix(src[end:], bom) {
				want[end] = Boundary{Byte: end, Line: tok.Range.End.Line, Directives: directives}
			}
		}
		for b := tok.Range.Start.Byte + 1; b < tok.Range.End.Byte; b++ {
			straddled[b] = true
		}
	}
	got := map[int]Boundary{}
	for k, b := range bs {
		if k > 0 && b.Byte <= bs[k-1].Byte {
			t.Fatalf("%s: boundaries out of order at %d", name, b.Byte)
		}
		got[b.Byte] = b
		if straddled[b.Byte] {
			t.Errorf("%s: boundary %+v is inside a token", name, b)
		}
		if w, ok := want[b.Byte]; !ok {
			t.Errorf("%s: boundary %+v is not at a top-level newline of HCL's tokens (%q)", name, b, around(src, b.Byte))
		} else if w != b {
			t.Errorf("%s: boundary %+v, HCL's tokens say %+v", name, b, w)
		}
	}
	for off, w := range want {
		if _, ok := got[off]; !ok {
			t.Errorf("%s: no boundary at %+v (%q)", name, w, around(src, off))
		}
	}
}

func around(src []byte, off int) string {
	return string(src[max(0, off-30):min(len(src), off+30)])
}

var cases = []string{
	"",
	"a = 1\nb = 2\n",
	"a = 1\r\nb = 2\r\n",
	"resource \"x\" \"y\" {\n  a = 1\n}\n\nresource \"x\" \"z\" {\n}\n",
	"# comment\nresource \"x\" \"y\" {}\n",
	"a = 1 # trailing\nb = 2\n",
	"a = 1 // trailing\nb = 2\n",
	"/* block\n}\n*/\nb = 2\n",
	"a = 1 /* unterminated\nb = 2\n",
	"a = \"x\ny\"\nb = 1\n",
	"a = \"\\\"}\\\"\"\nb = 1\n",
	"a = \"$${x}\n}\"\nb = 1\n",
	"a = \"%%{x}\n\"\nb = 1\n",
	"a = \"$$${x\n}\"\nb = 1\n",
	"a = \"${\n\"}\"\n}\"\nb = 1\n",
	"a = <<EOT\n}\nb = 1\nEOT\nc = 2\n",
	"a = <<-EOT\n  x\n  EOT\nc = 2\n",
	"a = <<EOT\r\n}\r\nEOT\r\nc = 2\r\n",
	"a = <<EOT\nEOT${x}\nEOT\nc = 2\n",
	"a = <<EOT\n${<<INNER\nEOT\nINNER\n}\nEOT\nc = 2\n",
	"a = <<EOT\nx\nEOT",
	"a = <<EOT\n%{ if x }\ny\n%{ endif }\nEOT\nc = 2\n",
	"a = \"%{ if x }y\"\nc = 2\n",
	"a = \"%{~for x in y~}z%{~ endfor ~}\"\nc = 2\n",
	"a = (1 +\n2)\nb = [\n1,\n]\n",
	"a = { b = {\n}}\nc = 1\n",
	"}\n}\na = 1\n",
	"a = \"${ ) ) \n }\"\nb = 1\n",
	"a = \"${ x ~}\"\nb = 1\n",
	"a = x ~} y\nb = 1\n",
	"a = <<EOT\nx\n  EOT  \nb = 1\n",
	"a = <<EÖT\nx\nEÖT\nb = 1\n",
	"a = <<1\nx\n1\nb = 1\n",
	"a = <<\nx\nb = 1\n",
	"a = \"x\" # \"\nb = 1\n",
	"a = 1\n\xef\xbb\xbfb = 1\n",
	"a = \"\\\n\"\nb = 1\n",
	"#\n#\n\n",
	"a = 1 /*/ b */\nc = 2\n",
	"a = \"${\"${\"}\"}\"}\"\nb = 1\n",
	"a = <<EOT\n$\n%\nEOT\nb = 1\n",
	"a = \"$\"\nb = \"%\"\n",
	"a = \"$${\"\nb = 1\n",
	"a = \"%%{\"\nb = 1\n",
	"a = <<EOT\n$${\nEOT\nb = 1\n",
}

func TestBoundariesMatchHCL(t *testing.T) {
	for i, c := range cases {
		checkAgainstHCL(t, fmt.Sprintf("case%d.tf", i), []byte(c))
	}
}

// TestBoundariesOfTrees checks every .tf and .tfvars file of the
// repository's test data and examples, and of the real-world corpus when
// it is present.
func TestBoundariesOfTrees(t *testing.T) {
	dirs := []string{"../../../testdata", "../../../examples"}
	if corpus := corpusDir(); corpus != "" {
		dirs = append(dirs, corpus)
	}
	n := 0
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".tf") || strings.HasSuffix(p, ".tfvars")) {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			n++
			checkAgainstHCL(t, p, src)
			return nil
		})
	}
	if n < 100 {
		t.Fatalf("checked %d files, expected the test data's hundreds", n)
	}
}

func FuzzBoundaries(f *testing.F) {
	for _, c := range cases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkAgainstHCL(t, "fuzz.tf", src)
	})
}

// corpusDir is the real-world corpus (shared/corpus/realworld in a
// directory above the checkout), when present; SOC2LINT_CORPUS overrides
// it.
func corpusDir() string {
	if dir := os.Getenv("SOC2LINT_CORPUS"); dir != "" {
		return dir
	}
	for up := "../../../.."; len(up) < 24; up += "/.." {
		dir := up + "/shared/corpus/realworld"
		if _, err := os.Stat(dir); err == nil {
			return dir
		}
	}
	return ""
}
