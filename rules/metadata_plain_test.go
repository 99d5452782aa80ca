package rules

import (
	"io/fs"
	"reflect"
	"testing"
)

// TestPlainMetadataAsYAML: every metadata file plainMetadata reads gives
// yaml.v3's entries, and it reads nearly all of them (else start-up is
// yaml.v3's again).
func TestPlainMetadataAsYAML(t *testing.T) {
	files, read := 0, 0
	err := fs.WalkDir(metadataFiles, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := metadataFiles.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		got, ok := plainMetadata(data)
		if !ok {
			t.Logf("%s: left to yaml.v3", p)
			return nil
		}
		read++
		want, err := yamlMetadata(data)
		if err != nil {
			t.Errorf("%s: read plainly, but yaml.v3: %v", p, err)
			return nil
		}
		if !reflect.DeepEqual(got, want) {
			for id := range want {
				if !reflect.DeepEqual(got[id], want[id]) {
					t.Errorf("%s: %s read plainly as\n%#v\nyaml.v3:\n%#v", p, id, got[id], want[id])
				}
			}
			if len(got) != len(want) {
				t.Errorf("%s: %d entries read plainly, yaml.v3 %d", p, len(got), len(want))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 || read < files*9/10 {
		t.Errorf("%d of %d metadata files read plainly, want 90%% or more", read, files)
	}
}

// TestPlainMetadataCases: forms plainMetadata reads give yaml.v3's
// entries; the forms it leaves to yaml.v3 (where YAML reads something
// else than the line's text, or fails) are left.
func TestPlainMetadataCases(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		plain     bool
	}{
		{"every form", "AWS-1:\n  title: A title, with (parentheses) and a/slash\n  severity: high\n  checklist: [DATA-1, LOG-2]\n  precision: very high\n" +
			"  description: >-\n    Folded \"quoted\" # not a comment\n    text: kept.\n  fix: 'It''s fixed: so'\n  links:\n    - https://example.com/a#b\n    - https://example.com/c?d=e\n" +
			"  formats: [cloudformation]\n  why: Terraform has none\n\nAWS-2:\n  title: >-\n    Two\n    lines\n  severity: low\n", true},
		{"blank line inside a folded block", "AWS-1:\n  description: >-\n    one\n\n    two\n", false},
		{"blank lines after a folded block", "AWS-1:\n  description: >-\n    one\n\n\nAWS-2:\n  title: x\n", true},
		{"more-indented line in a folded block", "AWS-1:\n  description: >-\n    one\n      two\n    three\n", false},
		{"trailing space in a folded block", "AWS-1:\n  description: >-\n    one \n    two\n", false},
		{"plain scalar continued", "AWS-1:\n  title: one\n    two\n", false},
		{"mapping in a value", "AWS-1:\n  title: a: b\n", false},
		{"comment after a value", "AWS-1:\n  title: a #c\n", false},
		{"comment line", "# c\nAWS-1:\n  title: a\n", false},
		{"null", "AWS-1:\n  title: null\n", false},
		{"boolean", "AWS-1:\n  title: yes\n", false},
		{"number", "AWS-1:\n  title: 1.5\n", false},
		{"double quotes", "AWS-1:\n  title: \"a\\tb\"\n", false},
		{"single quote unbalanced", "AWS-1:\n  title: 'a'b'\n", false},
		{"single quote on two lines", "AWS-1:\n  title: 'a\n    b'\n", false},
		{"unknown field", "AWS-1:\n  owner: me\n", false},
		{"repeated field", "AWS-1:\n  title: a\n  title: b\n", false},
		{"repeated id", "AWS-1:\n  title: a\nAWS-1:\n  title: b\n", false},
		{"entry without fields", "AWS-1:\nAWS-2:\n  title: a\n", false},
		{"empty flow list", "AWS-1:\n  checklist: []\n", false},
		{"quoted flow item", "AWS-1:\n  checklist: ['DATA-1']\n", false},
		{"list given a scalar", "AWS-1:\n  checklist: DATA-1\n", false},
		{"scalar given a list", "AWS-1:\n  title: [a]\n", false},
		{"block list at the key's indentation", "AWS-1:\n  links:\n  - https://a\n", false},
		{"blank line in a block list", "AWS-1:\n  links:\n    - https://a\n\n    - https://b\n", false},
		{"anchor", "AWS-1:\n  title: &x a\n", false},
		{"tab", "AWS-1:\n\ttitle: a\n", false},
		{"document marker", "---\nAWS-1:\n  title: a\n", false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := plainMetadata([]byte(tc.src))
			if ok != tc.plain {
				t.Fatalf("read plainly: %v, want %v", ok, tc.plain)
			}
			if !ok {
				return
			}
			want, err := yamlMetadata([]byte(tc.src))
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("read plainly as\n%#v\nyaml.v3:\n%#v (%v)", got, want, err)
			}
		})
	}
}
