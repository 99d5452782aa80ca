package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateExamples = flag.Bool("update-examples", false, "rewrite testdata/golden from the current output")

// TestGoldenExamples pins the output of `soc2lint lint examples/`, run
// from the repository root, byte for byte in every format and for several
// worker counts: changes to how the scan is staged (streaming, sharing,
// re-reading sources for quotes) must not change a byte. A deliberate
// change of the output is recorded with
//
//	go test ./cmd/soc2lint -run TestGoldenExamples -update-examples
func TestGoldenExamples(t *testing.T) {
	golden, err := filepath.Abs("testdata/golden")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("../..")
	for _, format := range []string{"json", "sarif", "text", "checklist"} {
		file := filepath.Join(golden, "examples."+format+".golden")
		for _, workers := range []string{"1", "3", "8"} {
			t.Run(format+"/workers="+workers, func(t *testing.T) {
				code, out, stderr := runCLI(t, "lint", "--format", format, "--workers", workers, "examples/")
				if code != 1 {
					t.Fatalf("exit code %d, want 1 (findings); stderr:\n%s", code, stderr)
				}
				if *updateExamples && workers == "1" {
					if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("%v (record it with -update-examples)", err)
				}
				if !bytes.Equal([]byte(out), want) {
					t.Errorf("output differs from %s (%d bytes, want %d); first difference at byte %d",
						file, len(out), len(want), firstDifferentByte([]byte(out), want))
				}
			})
		}
	}
}

func firstDifferentByte(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
