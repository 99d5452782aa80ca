package cloudformation

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// fastSources returns every YAML, JSON and template file of the repository
// (fixtures, examples, testdata) and of the shared real-world corpus when it
// is present.
func fastSources(t testing.TB) []parser.Source {
	t.Helper()
	var srcs []parser.Source
	for _, root := range []string{"../..", "../../../shared/corpus/realworld"} {
		if _, err := os.Stat(root); err == nil {
			srcs = append(srcs, templateFiles(t, root)...)
		}
	}
	for i := range 3 {
		srcs = append(srcs, generatedTemplate(i, 50))
	}
	for i, s := range sharingTemplates {
		srcs = append(srcs, parser.Source{Path: fmt.Sprintf("share%d.yaml", i), Bytes: []byte(s)})
	}
	return srcs
}

// compareFast reads b with the fast reader and, when it accepts it, with
// yaml.v3 and conv, and reports any difference in the Values (kinds,
// scalars, ranges, key ranges), the diagnostics or the template test. It
// returns whether the fast reader accepted the file.
func compareFast(path string, b []byte) (bool, error) {
	src := parser.Source{Path: path, Bytes: b}
	t := newText(src)
	root, r, ok := readYAMLFast(t)
	if !ok {
		return false, nil
	}
	docs, err := yamlDocs(b)
	if err != nil {
		return true, fmt.Errorf("fast reader accepted a file yaml.v3 rejects: %v", err)
	}
	if len(docs) != 1 {
		return true, fmt.Errorf("fast reader accepted %d documents", len(docs))
	}
	r2 := newYAMLReader(t)
	root2 := r2.conv(docs[0], 0, -1)
	if r2.fatal != nil {
		return true, fmt.Errorf("fast reader accepted a document conv refuses: %v", r2.fatal.Error())
	}
	if d := diffValues("$", root, root2); d != "" {
		return true, fmt.Errorf("values differ: %s", d)
	}
	if !reflect.DeepEqual(r.diags, r2.diags) {
		return true, fmt.Errorf("diagnostics differ:\nfast: %v\nyaml.v3: %v", r.diags, r2.diags)
	}
	if is, known := fastIsTemplate(root); known && is != isTemplateYAML(docs[0]) {
		return true, fmt.Errorf("template test differs: fast %v, yaml.v3 %v", is, !is)
	}
	return true, nil
}

// diffValues describes the first difference between two trees as read.
func diffValues(path string, a, b *parser.Value) string {
	if a == nil || b == nil {
		if a != b {
			return fmt.Sprintf("%s: %v vs %v", path, a, b)
		}
		return ""
	}
	if a.Kind != b.Kind || a.Str != b.Str || a.Num != b.Num || a.Bool != b.Bool {
		return fmt.Sprintf("%s: %v %q %v %v vs %v %q %v %v", path, a.Kind, a.Str, a.Num, a.Bool, b.Kind, b.Str, b.Num, b.Bool)
	}
	if a.Range != b.Range {
		return fmt.Sprintf("%s: range %s vs %s", path, fullRange(a.Range), fullRange(b.Range))
	}
	if a.KeyRange != b.KeyRange {
		return fmt.Sprintf("%s: key range %s vs %s", path, fullRange(a.KeyRange), fullRange(b.KeyRange))
	}
	if (a.Attrs == nil) != (b.Attrs == nil) || (a.Elems == nil) != (b.Elems == nil) || len(a.Attrs) != len(b.Attrs) || len(a.Elems) != len(b.Elems) {
		return fmt.Sprintf("%s: shape %d/%d attrs, %d/%d elems", path, len(a.Attrs), len(b.Attrs), len(a.Elems), len(b.Elems))
	}
	keys := make([]string, 0, len(a.Attrs))
	for k := range a.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		bv, ok := b.Attrs[k]
		if !ok {
			return fmt.Sprintf("%s: key %q only in the fast reader's", path, k)
		}
		if d := diffValues(path+"."+k, a.Attrs[k], bv); d != "" {
			return d
		}
	}
	for i := range a.Elems {
		if d := diffValues(fmt.Sprintf("%s[%d]", path, i), a.Elems[i], b.Elems[i]); d != "" {
			return d
		}
	}
	if !reflect.DeepEqual(a, b) {
		return fmt.Sprintf("%s: other fields differ: %+v vs %+v", path, *a, *b)
	}
	return ""
}

// TestFastYAMLSameAsYAMLV3 reads every CloudFormation and YAML file of the
// repository and of the corpus with both readers and compares them.
func TestFastYAMLSameAsYAMLV3(t *testing.T) {
	srcs := fastSources(t)
	var fast, templates int
	for _, s := range srcs {
		ok, err := compareFast(s.Path, s.Bytes)
		if err != nil {
			t.Errorf("%s: %v", s.Path, err)
		}
		if ok {
			fast++
		}
		if tm, _ := Parse(s); tm != nil {
			templates++
		}
	}
	t.Logf("%d files, %d read by the fast reader, %d templates", len(srcs), fast, templates)
	for _, s := range srcs {
		if strings.HasPrefix(s.Path, "generated") && !mustFast(s) {
			t.Errorf("%s: the generated template is not read by the fast reader", s.Path)
		}
	}
}

func mustFast(s parser.Source) bool {
	_, _, ok := readYAMLFast(newText(s))
	return ok
}

// TestFastYAMLParseSame compares Parse with the fast reader on and off on
// every file: templates, their resources and values, and diagnostics.
func TestFastYAMLParseSame(t *testing.T) {
	srcs := fastSources(t)
	defer func() { fastReaders = true }()
	for _, s := range srcs {
		fastReaders = true
		tm1, d1 := Parse(s)
		fastReaders = false
		tm2, d2 := Parse(s)
		if !reflect.DeepEqual(d1, d2) {
			t.Errorf("%s: diagnostics differ:\n%v\n%v", s.Path, d1, d2)
		}
		if (tm1 == nil) != (tm2 == nil) {
			t.Errorf("%s: template %v vs %v", s.Path, tm1 != nil, tm2 != nil)
			continue
		}
		if tm1 == nil {
			continue
		}
		if len(tm1.Resources) != len(tm2.Resources) {
			t.Errorf("%s: %d vs %d resources", s.Path, len(tm1.Resources), len(tm2.Resources))
			continue
		}
		v1, v2 := allValues(tm1), allValues(tm2)
		for k, a := range v1 {
			if d := diffValues(k, a, v2[k]); d != "" {
				t.Errorf("%s: %s", s.Path, d)
				break
			}
		}
	}
}

// Cases the fast reader reads, and cases it leaves to yaml.v3.
func TestFastYAMLCases(t *testing.T) {
	for _, tc := range []struct {
		src  string
		fast bool
	}{
		{"a: b\n", true},
		{"---\na: b\n", true},
		{"# c\n--- # c\na: b # c\nc:\n  - x\n  -\n  - y: z\n    w: |\n      l1\n\n      l2\n    v: >-\n      f1\n      f2\n\n       more\n      f3\n", true},
		{"a: !Ref b\nc: !Sub |\n  x\nd: !If\n  - a\n  - [b, !Ref c]\ne: {x: 1, 'y': \"z\\t\", z: [1.5, 0x1F, 0o17, -0b11, .inf, ~, null, true, yes, on, 2001-01-01]}\n", true},
		{"a:\n- 1\n- 2\nb: c\n", true},
		{"a: 'it''s'\nb: \"\\u00e9\\x41\\U0001F600\"\n", true},
		{"k :  v  \n\"q k\": \n", true},
		{"a: &x 1\nb: *x\n", false},
		{"a: b\n---\nc: d\n", false},
		{"a: long\n  folded\n", true},
		{"a: long  \n\n   folded\n\n\n     more # c\n  # c\nb: x\n- y\n", false},
		{"a: long  \n\n   folded\n\n\n     more # c\n  # c\nb: x\nc:\n  - y\n    z\n  - k: v\n     w\n", true},
		{"a: long\n  b: c\n", false},
		{"a: [x, !GetAZs , !GetAZs ]\n", true},
		{"a: \"multi\n  line\"\n", true},
		{"a: 'x  \n\n   y ''q''\n\n\n z'\nb: \"p \\\n   q\\\n\n r\\t\"\n", true},
		{"- !GetAZs\nb:\n  - !GetAZs # c\n  - - x\n    - - y\n  - !Join\n    - ''\n    - - a\nc: !Join\n- x\n", false},
		{"a:\n  - !GetAZs\n  - !GetAZs # c\n  - - x\n    - - y\n  - !Join\n    - ''\n    - - a\nc: !Join\n- x\nd: !Ref\n", true},
		{"<<: {a: b}\n", false},
		{"? a\n: b\n", false},
		{"a:\tb\n", false},
		{"a: b: c\n", false},
		{"a: !!str 1\n", false},
		{"a: \"\\/\"\n", false},
		{"a: |2\n   x\n", false},
		{"a: [b, c,]\n", false},
		{"%YAML 1.2\n---\na: b\n", false},
		{"a: [b\n", false},
		{"- a\n", false},
		{"a: b # \x9e\n", false},
		{"Resources:\n  X:\n    !Foo\n    Type: AWS::S3::Bucket\n", false},
		{"a: !ToJsonString {b: c}\n", false},
		{"Resources: !Foo {X: {Type: AWS::S3::Bucket}}\n", false},
		{"Resources: {X: !Foo {Type: AWS::S3::Bucket}}\n", false},
		{"Resources:\n  X: !Foo {Type: AWS::S3::Bucket}\n", false},
		{"Resources:\n  X:\n    Type: AWS::EC2::Instance\n    Properties:\n      UserData: !Base64 {\"Fn::Sub\": x}\n", true},
		{"Resources:\n  X:\n    Type: !Foo {a: b}\n", true},
		{"Resources: {X: {Type: AWS::S3::Bucket, Properties: !Foo {a: b}}}\n", true},
		{"a:\n  b:\n    c: !ToJsonString\n      d: e\n", true},
		{"a: b # \u00e9\n", true},
		{"a \tb: c\n0       \t0: d \t e\n", true}, // blanks with a tab inside a plain key and value
	} {
		ok, err := compareFast("t.yaml", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
		}
		if ok != tc.fast {
			t.Errorf("%q: fast reader accepted %v, want %v", tc.src, ok, tc.fast)
		}
	}
}

// FuzzFastYAML checks that the fast reader never panics and, whenever it
// accepts an input, reads it exactly as yaml.v3 and conv do.
func FuzzFastYAML(f *testing.F) {
	addFixtureSeeds(f)
	for _, s := range sharingTemplates {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := compareFast("f.yaml", b); err != nil {
			t.Fatal(err)
		}
	})
}

// fullRange prints a range with both ends and byte offsets, so a difference
// in the end or the offset shows (Range's String gives the start only).
func fullRange(r parser.Range) string {
	return fmt.Sprintf("%s %+v-%+v", r.File, r.Start, r.End)
}
