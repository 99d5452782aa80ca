package cloudformation

import (
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// FuzzParse feeds arbitrary bytes to Parse under three names (YAML, JSON and
// .template) and checks that it neither panics (the recover in
// ParseWithOptions would turn a panic into an "internal error" diagnostic)
// nor reports a position outside the file.
func FuzzParse(f *testing.F) {
	addFixtureSeeds(f)
	// Keys spelled with escapes, for the text test before the walk for
	// Fn::Transform (mayHold).
	f.Add([]byte("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {\"Fn::Tr\\x61nsform\": {Name: AWS::Include}}\n"))
	f.Add([]byte(`{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Fn::Tr\u0061nsform": {"Name": "AWS::Include"}}}}}`))
	f.Add([]byte(`{"Transform": "AWS::LanguageExtensions", "Resources": {"Fn::For\u0045ach::B": ["X", ["a"], {"B${X}": {"Type": "AWS::S3::Bucket"}}]}}`))
	f.Add([]byte("Resources:\n  \"Fn::For\\x45ach::B\": [X, [a], {\"B${X}\": {Type: AWS::S3::Bucket}}]\n"))
	// Regression seeds live in testdata/fuzz/FuzzParse and run with go test.
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"f.yaml", "f.json", "f.template"} {
			src := parser.Source{Path: name, Bytes: b}
			tm, diags := Parse(src)
			for _, d := range diags {
				if d.Summary == "internal error reading template" {
					t.Fatalf("%s: panic: %s", name, d.Detail)
				}
			}
			checkDiagPositions(t, src, diags)
			if tm == nil {
				continue
			}
			if !mayHold(b, "Transform") && holdsKey(tm.section, "Fn::Transform", 0) {
				t.Fatalf("%s: the text test says no Fn::Transform, the Resources read hold one", name)
			}
			if tm.noForEach {
				roots := allValues(tm)
				roots["section"] = tm.section
				for _, root := range roots {
					if holdsForEach(root, 0) {
						t.Fatalf("%s: the text test says no Fn::ForEach, the values read hold one", name)
					}
				}
			}
			lines := fileLines(b)
			check := func(what string, r parser.Range) {
				if err := checkRange(lines, len(b), name, r); err != nil {
					t.Fatalf("%s: %s: %v", name, what, err)
				}
			}
			for _, root := range allValues(tm) {
				walk(root, "", "", func(path, _ string, v *parser.Value) {
					check(path, v.Range)
					if !v.KeyRange.IsZero() {
						check(path+" key", v.KeyRange)
					}
					for _, s := range v.Via() {
						check(path+" via", s.Range)
					}
				})
			}
			for _, r := range tm.Resources {
				check("resource "+r.Name, r.Range)
			}
		}
	})
}
