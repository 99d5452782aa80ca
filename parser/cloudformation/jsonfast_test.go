package cloudformation

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

// compareFastJSON reads b with readJSONFast and, when it accepts it, with
// readJSON, and reports any difference. It returns whether the fast reader
// accepted the file.
func compareFastJSON(path string, b []byte) (bool, error) {
	t := newText(parser.Source{Path: path, Bytes: b})
	root, diags, ok := readJSONFast(t)
	if !ok {
		return false, nil
	}
	var diags2 parser.Diagnostics
	root2, fatal := readJSON(t, &diags2)
	if fatal != nil {
		return true, fmt.Errorf("fast reader accepted what readJSON refuses: %s", fatal.Error())
	}
	if d := diffValues("$", root, root2); d != "" {
		return true, fmt.Errorf("values differ: %s", d)
	}
	if !reflect.DeepEqual(diags, diags2) {
		return true, fmt.Errorf("diagnostics differ:\nfast: %v\nreadJSON: %v", diags, diags2)
	}
	return true, nil
}

// TestFastJSONSameAsReadJSON reads every JSON-looking file of the
// repository and of the corpus with both readers and compares them.
func TestFastJSONSameAsReadJSON(t *testing.T) {
	var files, fast int
	for _, s := range fastSources(t) {
		if !looksLikeJSON(newText(s).b) {
			continue
		}
		files++
		ok, err := compareFastJSON(s.Path, s.Bytes)
		if err != nil {
			t.Errorf("%s: %v", s.Path, err)
		}
		if ok {
			fast++
		}
	}
	t.Logf("%d JSON files, %d read by the fast reader", files, fast)
	for _, tc := range []struct {
		src  string
		fast bool
	}{
		{`{"a": [1, -2.5e3, 0, true, false, null, "x\n\u00e9\ud83d\ude00", {}, []], "a": {"b": "c"}}`, true},
		{"\t{ \"k\" :\r\n\"v\" }  \n", true},
		{`{"a": 01}`, false},
		{`{"a": 1,}`, false},
		{`[1, 2,]`, false},
		{`{"a": 1} {}`, false},
		{`{"a": "\x"}`, false},
		{`{"a": "` + "\xff" + `"}`, true},
		{`{"a": "` + "\x01" + `"}`, false},
		{`{"a" 1}`, false},
		{`{"a": tru}`, false},
		{`{"a": -}`, false},
		{`{"a": 1.}`, false},
	} {
		ok, err := compareFastJSON("t.json", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
		}
		if ok != tc.fast {
			t.Errorf("%q: fast reader accepted %v, want %v", tc.src, ok, tc.fast)
		}
	}
}

// FuzzFastJSON checks that readJSONFast never panics and reads whatever it
// accepts exactly as readJSON does.
func FuzzFastJSON(f *testing.F) {
	addFixtureSeeds(f)
	f.Add([]byte(`{"a": [1, -2.5e3, {"b": null}], "c": "\u00e9"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := compareFastJSON("f.json", b); err != nil {
			t.Fatal(err)
		}
	})
}
