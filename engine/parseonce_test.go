package engine

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRootsKnownOnlyOnceParsed checks the roots that the module calls read
// before parsing do not tell: a directory called only from a file with a
// syntax error (which its module leaves out) is a root, found once every
// module is parsed; one whose only configuration file has a syntax error
// is none; one called from a module that parses is none.
func TestRootsKnownOnlyOnceParsed(t *testing.T) {
	tree := t.TempDir()
	write(t, filepath.Join(tree, "a", "main.tf"), `resource "aws_vpc" "a" {}`)
	write(t, filepath.Join(tree, "a", "broken.tf"), "module \"b\" {\n  source = \"../b\"\n}\nresource \"x\" {\n")
	write(t, filepath.Join(tree, "b", "main.tf"), `resource "aws_vpc" "b" {}`)
	write(t, filepath.Join(tree, "c", "main.tf"), "resource \"aws_vpc\" \"c\" {}\nresource \"x\" {\n")
	write(t, filepath.Join(tree, "d", "main.tf"), "module \"e\" {\n  source = \"../e\"\n}\n")
	write(t, filepath.Join(tree, "e", "main.tf"), `resource "aws_vpc" "e" {}`)
	for _, workers := range []int{1, 3} {
		got, diags := scanAddresses(t, []string{tree}, Config{Workers: workers})
		for i := range got {
			// Paths are reported relative to the working directory.
			_, got[i], _ = strings.Cut(filepath.ToSlash(got[i]), "/"+filepath.Base(tree)+"/")
		}
		want := []string{"a/main.tf|aws_vpc.a", "b/main.tf|aws_vpc.b", "e/main.tf|module.e.aws_vpc.e"}
		if !slices.Equal(got, want) {
			t.Errorf("workers %d: read %q, want %q", workers, got, want)
		}
		var errs []string
		for _, d := range diags {
			if d.Severity == "error" {
				errs = append(errs, filepath.Base(filepath.Dir(d.Range.File))+"/"+filepath.Base(d.Range.File))
			}
		}
		if !slices.Equal(errs, []string{"a/broken.tf", "c/main.tf"}) {
			t.Errorf("workers %d: errors in %q, want a/broken.tf and c/main.tf: %v", workers, errs, diags)
		}
	}
}
