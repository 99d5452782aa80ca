package engine

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// wholeAndPieces reads the ignore comments and the nesting check of src
// twice: from the tokens of the whole file (as before files were cut into
// pieces) and from its pieces, and fails when they differ.
func wholeAndPieces(t *testing.T, name string, src []byte) {
	t.Helper()
	aliases := map[string][]string{"aws-s3-enable-versioning": {"AWS-010"}, "avd-aws-0090": {"AWS-010"}, "ckv_aws_21": {"AWS-010"}}
	for _, al := range []map[string][]string{nil, aliases} {
		whole := &hclTokens{path: name, src: src}
		whole.tokens()
		wantS, wantD := commentSuppressionsOf(name, src, al, whole)
		gotS, gotD := commentSuppressionsOf(name, src, al, &hclTokens{path: name, src: src})
		if !reflect.DeepEqual(wantS, gotS) || !reflect.DeepEqual(wantD, gotD) {
			t.Errorf("%s: ignore comments differ when read in pieces:\nwhole  %v %v\npieces %v %v", name, show(wantS), wantD, show(gotS), gotD)
		}
	}
	whole := &hclTokens{path: name, src: src}
	whole.tokens()
	want := checkHCLNesting(whole)
	got := checkHCLNesting(&hclTokens{path: name, src: src})
	if !reflect.DeepEqual(want, got) {
		t.Errorf("%s: nesting check differs when read in pieces: whole %v, pieces %v", name, want, got)
	}
}

func show(ss []*Suppression) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%+v ", *s)
	}
	return b.String()
}

// deepFiles are files that cross or nearly cross the nesting limits in
// one top-level item among others, so that the pieces that could cross a
// limit are lexed and checked.
func deepFiles() map[string]string {
	filler := strings.Repeat("resource \"a\" \"b\" {\n  x = [1, 2]\n  y = \"${var.z}\"\n}\n\n", 50)
	deep := func(n int) string {
		return "locals {\n  x = " + strings.Repeat("[\n", n) + "1" + strings.Repeat("]", n) + "\n}\n"
	}
	chain := func(n int) string { return "locals {\n  x = 1" + strings.Repeat(" + 1", n) + "\n}\n" }
	directives := "locals {\n  t = \"" + strings.Repeat("%{ if x }", 300) + "\"\n}\n"
	return map[string]string{
		"deep-600.tf":        filler + deep(600) + filler,
		"deep-490.tf":        filler + deep(490) + filler,
		"deep-499.tf":        filler + deep(499) + filler,
		"chain-5001.tf":      filler + chain(5001) + filler,
		"chain-4990.tf":      filler + chain(4990) + filler,
		"directives-300.tf":  filler + directives + filler + "locals {\n  x = " + strings.Repeat("[", 250) + "\n}\n",
		"directives-100.tf":  filler + strings.Replace(directives, "300", "100", 1) + deep(450),
		"ignores.tf":         filler + "# soc2lint:ignore AWS-001 reviewed\nresource \"a\" \"c\" {} # soc2lint:ignore AWS-002\n/* soc2lint: ignore */\n" + filler + "# tfsec:ignore:aws-s3-enable-versioning\n# checkov:skip=CKV_AWS_21:x\nresource \"a\" \"d\" {\n  # trivy:ignore:AVD-AWS-0090\n  x = 1 # SOC2LINT:IGNORE aws-003 ok\n}\n",
		"ignores-unicode.tf": filler + "# ſoc2lint:ignore AWS-001 long s\n\nresource \"a\" \"c\" {\n  d = \"é\" # soc2lint:ignore AWS-002 after é\n}\n",
	}
}

func TestPiecesSameAsWholeFile(t *testing.T) {
	for name, src := range deepFiles() {
		wholeAndPieces(t, name, []byte(src))
	}
	n := 0
	dirs := []string{"../testdata", "../examples"}
	for up := "../.."; len(up) < 20; up += "/.." {
		if dir := up + "/shared/corpus/realworld"; dirExists(dir) {
			dirs = append(dirs, dir)
			break
		}
	}
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".tf") || strings.HasSuffix(p, ".tfvars") || strings.HasSuffix(p, ".hcl")) {
				return nil
			}
			if src, err := os.ReadFile(p); err == nil {
				n++
				wholeAndPieces(t, p, src)
			}
			return nil
		})
	}
	if n < 100 {
		t.Fatalf("%d files read, expected the test data's hundreds", n)
	}
}

func dirExists(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && info.IsDir()
}

func FuzzPiecesSameAsWholeFile(f *testing.F) {
	for _, src := range deepFiles() {
		if len(src) < 4000 {
			f.Add([]byte(src))
		}
	}
	f.Add([]byte("a = 1 # soc2lint:ignore AWS-001 x\n# soc2lint:ignore AWS-002\nb = <<EOT\n# soc2lint:ignore AWS-003\nEOT\n"))
	f.Add([]byte("a = \"${\n# soc2lint:ignore AWS-001\n}\"\n/* soc2lint:ignore AWS-002 */ b = 1\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		wholeAndPieces(t, "fuzz.tf", src)
	})
}

// checkOpenBound fails when openBound counts fewer levels or operators
// than the nesting check sees in HCL's own tokens of src, lexed whole.
func checkOpenBound(t *testing.T, name string, src []byte) {
	t.Helper()
	toks, _ := hclsyntax.LexConfig(src, name, hcl.InitialPos)
	c := &nestingCheck{path: name}
	c.tokens(toks, nil)
	opens, ops := openBound(src, 0)
	if c.deepest > opens || c.longest > ops {
		t.Errorf("%s: openBound gives %d levels and %d operators, the check sees %d and %d", name, opens, ops, c.deepest, c.longest)
	}
}

// TestOpenBoundNeverBelow compares openBound with the nesting check on the
// repository's Terraform files and on strings, interpolations and
// heredocs nested and left open in every way the lexer allows.
func TestOpenBoundNeverBelow(t *testing.T) {
	n := 0
	for _, root := range []string{"../testdata", "../examples", "../rules"} {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".tf") {
				return nil
			}
			src, err := os.ReadFile(p)
			if err == nil {
				checkOpenBound(t, p, src)
				n++
			}
			return nil
		})
	}
	if n < 100 {
		t.Fatalf("only %d Terraform files compared", n)
	}
	for name, src := range deepFiles() {
		checkOpenBound(t, name, []byte(src))
	}
	for i, src := range openBoundCases {
		checkOpenBound(t, fmt.Sprintf("case-%d.tf", i), []byte(src))
	}
}

// openBoundCases nest strings as deep as the lexer lets them: each string
// opened inside an interpolation or directive, some closed by the wrong
// bracket (the check closes whatever is open), some never closed.
var openBoundCases = []string{
	`x = "${"${"${"${1}"}"}"}"`,
	`x = "${)"${)"${)"${)"`,
	`x = "%{)"%{)"%{)"%{ if a }"`,
	`x = "${]"${]"${]"${]"` + "\n" + `y = ["a", "b", "c"]`,
	`x = "${("${("${("${(` + "\n",
	"x = <<EOT\n${\"${<<EOT\n${\"a\"}\nEOT\n}\"}\nEOT\n",
	"x = \"a\n\"b\n\"c\n\"d\n",
	`x = "a" "b" "c" "d" "e"`,
	`x = "${"a" "b" "c" "d"}"`,
	`x = "${}"}"}"}"}"`,
	`x = "\"\"\"\"${"\"${"\""}"}"`,
	`x = "$${"$${"$${"`,
	`x = "%%{"%%{"%%{"`,
	`x = "${~"${~"${~"`,
	`x = {a = "${[("{"}]"}`,
	"x = \"${\n\"${\n\"${\n",
	`x = "${"` + strings.Repeat(`${")`, 50),
}

// FuzzOpenBound: openBound never counts fewer levels or operators than
// the nesting check sees.
func FuzzOpenBound(f *testing.F) {
	for _, src := range openBoundCases {
		f.Add(src)
	}
	for _, src := range deepFiles() {
		f.Add(src[:min(len(src), 4096)])
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkOpenBound(t, "fuzz.tf", []byte(src))
		o1, p1 := openBound([]byte(src), 0)
		if o2, p2 := openBoundBySwitch([]byte(src), 0); o1 != o2 || p1 != p2 {
			t.Errorf("tables give %d, %d; the switch %d, %d", o1, p1, o2, p2)
		}
	})
}

// openBoundBySwitch is openBound as it was written before its tables: a
// switch on each byte.
func openBoundBySwitch(src []byte, directives int) (opens, ops int) {
	opens = directives + 1
	for _, b := range src {
		switch b {
		case '{', '[', '(', '<':
			opens++
			ops++
		case '"':
			ops++
		case '$':
			opens += 2
			ops++
		case '%':
			opens += 3
			ops++
		case '+', '-', '*', '/', '!', '>', '=', '&', '|', '?', ':', '.':
			ops++
		}
	}
	return opens, ops
}

// TestOpenBoundTables: openBound's tables count every byte as the switch
// did, alone and in the bound's own cases.
func TestOpenBoundTables(t *testing.T) {
	srcs := [][]byte{nil}
	for b := range 256 {
		srcs = append(srcs, []byte{byte(b)}, bytes.Repeat([]byte{byte(b)}, 3))
	}
	for _, c := range openBoundCases {
		srcs = append(srcs, []byte(c))
	}
	for _, src := range srcs {
		for _, directives := range []int{0, 2} {
			o1, p1 := openBound(src, directives)
			o2, p2 := openBoundBySwitch(src, directives)
			if o1 != o2 || p1 != p2 {
				t.Errorf("%q, %d directives: tables give %d, %d; the switch %d, %d", src, directives, o1, p1, o2, p2)
			}
		}
	}
}
