package jsonindent

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
)

// TestEncodeAsEncoder compares Encode with encoding/json's Encoder set to
// indent by two spaces, on values of every JSON kind, nested, empty and
// holding the bytes that matter to the scanner inside strings (quotes,
// backslashes, brackets, colons, commas, HTML characters, control
// characters, invalid UTF-8, U+2028).
func TestEncodeAsEncoder(t *testing.T) {
	type inner struct {
		A string            `json:"a"`
		B []int             `json:"b"`
		C map[string]any    `json:"c,omitempty"`
		D []inner           `json:"d"`
		E *inner            `json:"e,omitempty"`
		F map[string]string `json:"f"`
	}
	strs := []string{"", "x", `"`, `\`, `\"`, `"\\"`, "{", "}", "[", "]", ",", ":", `{"a":[1,2]}`, "<a&b>", "\n\t\x01", "\xff\xfe", "\u2028\u2029", "é", "a\\", "\\\\\""}
	r := rand.New(rand.NewSource(1))
	var gen func(depth int) any
	gen = func(depth int) any {
		switch k := r.Intn(9); {
		case k == 0 || depth > 4:
			return strs[r.Intn(len(strs))]
		case k == 1:
			return r.Intn(1000) - 500
		case k == 2:
			return r.Float64() * 1e6
		case k == 3:
			return r.Intn(2) == 0
		case k == 4:
			return nil
		case k == 5:
			var l []any
			for range r.Intn(4) {
				l = append(l, gen(depth+1))
			}
			if l == nil && r.Intn(2) == 0 {
				return []any{}
			}
			return l
		case k == 6:
			m := map[string]any{}
			for range r.Intn(4) {
				m[strs[r.Intn(len(strs))]] = gen(depth + 1)
			}
			return m
		default:
			v := inner{A: strs[r.Intn(len(strs))], B: []int{}, F: map[string]string{}}
			for range r.Intn(3) {
				v.B = append(v.B, r.Intn(10))
				v.D = append(v.D, inner{A: strs[r.Intn(len(strs))]})
			}
			if r.Intn(2) == 0 {
				v.C = map[string]any{"x": gen(depth + 1)}
				v.E = &inner{F: map[string]string{strs[r.Intn(len(strs))]: strs[r.Intn(len(strs))]}}
			}
			return v
		}
	}
	values := []any{nil, 1, "s", []any{}, map[string]any{}, [][]any{{}, {}}, map[string]any{"a": map[string]any{}, "b": []any{}}}
	for range 3000 {
		values = append(values, gen(0))
	}
	for _, v := range values {
		for _, html := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(html)
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := Encode(&got, v, html); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("Encode(%#v, %v):\n%s\nwant\n%s", v, html, got.String(), want.String())
			}
		}
	}
	if err := Encode(&bytes.Buffer{}, func() {}, true); err == nil || !strings.Contains(err.Error(), "unsupported type") {
		t.Errorf("a function encoded: %v", err)
	}
}
