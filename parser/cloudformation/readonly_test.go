package cloudformation

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// TestReadOnlyAsParse: ReadOnly, bench/floor's parse-only read, takes a
// file for a template exactly when Parse returns one, on every YAML and
// JSON file of the repository's testdata and on files that are not
// templates.
func TestReadOnlyAsParse(t *testing.T) {
	srcs := templateFiles(t, "../../testdata")
	srcs = append(srcs,
		parser.Source{Path: "a.yaml", Bytes: []byte("Resources: 1\n")},
		parser.Source{Path: "b.json", Bytes: []byte(`{"Resources": {"X": {"Type": "Custom"}}}`)},
		parser.Source{Path: "c.yaml", Bytes: []byte("Resources:\n  X:\n    Type: AWS::S3::Bucket\n")},
		parser.Source{Path: "d.template", Bytes: []byte("{not json")},
	)
	templates := 0
	for _, src := range srcs {
		tmpl, _ := Parse(src)
		if got, want := ReadOnly(src), tmpl != nil; got != want {
			t.Errorf("%s: ReadOnly = %v, Parse gives a template: %v", src.Path, got, want)
		}
		if tmpl != nil {
			templates++
		}
	}
	if templates < 100 || templates == len(srcs) {
		t.Fatalf("%d templates of %d files: the comparison needs both kinds", templates, len(srcs))
	}
}
