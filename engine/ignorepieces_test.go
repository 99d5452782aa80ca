package engine

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// pieceMayHoldIgnore is how comments chose the pieces to lex before
// ignorePieces: each piece searched for each word, byte by byte.
func pieceMayHoldIgnore(b []byte, compat bool) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	if containsFoldASCII(b, "soc2lint") {
		return true
	}
	return compat && (containsFoldASCII(b, "tfsec:") || containsFoldASCII(b, "trivy:") || containsFoldASCII(b, "checkov:"))
}

// containsFoldASCII reports whether ASCII b contains the lower-case word w
// in any case, each byte ORed with 0x20.
func containsFoldASCII(b []byte, w string) bool {
	first := w[0]
	for i := 0; i+len(w) <= len(b); i++ {
		if b[i]|0x20 != first {
			continue
		}
		j := 1
		for j < len(w) && (b[i+j]|0x20) == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// piecesLinear is ignorePieces as each piece was searched.
func piecesLinear(l *hclTokens, compat bool) []int {
	var out []int
	for i := range l.bounds {
		if pieceMayHoldIgnore(l.piece(i), compat) {
			out = append(out, i)
		}
	}
	return out
}

// TestIgnorePiecesSame checks that the pieces searched whole-file are
// those searched one by one, on random files of top-level blocks whose
// comments and strings hold the words in every case, cut, straddling
// two pieces, with 0x12 and 0x1a for their middle byte and text other
// than ASCII, and on the Terraform fixtures.
func TestIgnorePiecesSame(t *testing.T) {
	frags := []string{"soc2lint", "SoC2LiNt", "soc\x12lint", "SOC\x12LINT", "soc2", "lint", "2", "tfsec:", "TFSEC\x1a", "trivy:", "tRiVy", ":",
		"checkov:", "CHECKOV\x1a", "é", "\u212a", "x", " ", "# ", "// ", "\"", "=", "s", "oc", "checkov", "tfsec"}
	rng := rand.New(rand.NewSource(29))
	var files [][]byte
	for range 400 {
		var b strings.Builder
		for k := range 1 + rng.Intn(12) {
			b.WriteString("resource \"a\" \"r")
			b.WriteString(strings.Repeat("x", k))
			b.WriteString("\" {\n  v = \"")
			for range rng.Intn(4) {
				b.WriteString(frags[rng.Intn(len(frags))])
			}
			b.WriteString("\"\n}\n")
			// Text between blocks ends up at the end of a piece, or
			// straddles two when it starts one.
			for range rng.Intn(3) {
				b.WriteString("# ")
				for range rng.Intn(4) {
					b.WriteString(frags[rng.Intn(len(frags))])
				}
				b.WriteString("\n")
			}
			for range rng.Intn(3) {
				b.WriteString(frags[rng.Intn(len(frags))])
			}
			b.WriteString("\n")
		}
		files = append(files, []byte(b.String()))
	}
	fixtures, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "*", "*.tf"))
	for _, f := range fixtures {
		if data, err := os.ReadFile(f); err == nil {
			files = append(files, data)
		}
	}
	cut, taken := 0, 0
	for n, src := range files {
		l := &hclTokens{path: "f.tf", src: src}
		if l.pieces() == nil {
			continue
		}
		cut++
		for _, compat := range []bool{false, true} {
			want, got := piecesLinear(l, compat), l.ignorePieces(compat)
			if !slices.Equal(got, want) {
				t.Fatalf("file %d (compat %v): pieces %v, want %v\n%q", n, compat, got, want, src)
			}
			taken += len(got)
		}
	}
	if cut < 300 || taken < 300 {
		t.Fatalf("%d files cut, %d pieces taken: the test says little", cut, taken)
	}
	t.Logf("%d files cut, %d pieces taken", cut, taken)
}

// TestSrcLinesAsSplit checks srcLines against bytes.Split(src, "\n").
func TestSrcLinesAsSplit(t *testing.T) {
	for _, src := range []string{"", "\n", "a", "a\n", "\na", "a\n\nb\r\n", "\n\n\n", "x\ny\nz"} {
		want := bytes.Split([]byte(src), []byte("\n"))
		l := &srcLines{src: []byte(src)}
		if l.count() != len(want) {
			t.Fatalf("%q: %d lines, want %d", src, l.count(), len(want))
		}
		for i, w := range want {
			if !bytes.Equal(l.line(i), w) {
				t.Fatalf("%q: line %d is %q, want %q", src, i, l.line(i), w)
			}
		}
	}
}
