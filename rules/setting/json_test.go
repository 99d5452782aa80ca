package setting

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func TestFromJSON(t *testing.T) {
	at := parser.StringValue("", parser.Range{})
	deep := strings.Repeat("[", 70) + strings.Repeat("]", 70)
	tests := []struct {
		name, doc string
		useNumber bool
		path      []string
		kind      parser.Kind
		want      string
	}{
		{"json.Number keeps its text", `{"n": 1.50}`, true, []string{"n"}, parser.Number, "1.50"},
		{"float64", `{"n": 2}`, false, []string{"n"}, parser.Number, "2"},
		{"string", `{"s": "x"}`, false, []string{"s"}, parser.String, "x"},
		{"bool", `{"b": true}`, false, []string{"b"}, parser.Bool, "true"},
		{"null", `{"z": null}`, false, []string{"z"}, parser.Null, ""},
		{"unknown piece", `{"s": "arn:` + UnknownPiece + `:x"}`, false, []string{"s"}, parser.Unknown, ""},
		{"too deep", deep, false, nil, parser.List, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := json.NewDecoder(strings.NewReader(tt.doc))
			if tt.useNumber {
				dec.UseNumber()
			}
			var doc any
			if err := dec.Decode(&doc); err != nil {
				t.Fatal(err)
			}
			v := FromJSON(doc, at)
			for _, k := range tt.path {
				v = v.Get(k)
			}
			if v.Kind != tt.kind {
				t.Fatalf("kind %v, want %v", v.Kind, tt.kind)
			}
			if tt.want != "" {
				if s, _ := v.AsString(); s != tt.want {
					t.Errorf("value %q, want %q", s, tt.want)
				}
			}
			if tt.name == "too deep" {
				for v.Kind == parser.List {
					v = v.Elems[0]
				}
				if v.Kind != parser.Unknown {
					t.Errorf("nesting past 64 levels is %v, want unknown", v.Kind)
				}
			}
		})
	}
}

func TestDecodedJSON(t *testing.T) {
	tests := []struct {
		name, text string
		ok         bool
		kind       parser.Kind
		path       []string
		want       string
	}{
		{"object, numbers exact", `{"a": {"n": 1.50}}`, true, parser.Number, []string{"a", "n"}, "1.50"},
		{"array", `[{"name": "x"}]`, true, parser.List, nil, ""},
		{"first document of several", `{"s": "x"} trailing`, true, parser.String, []string{"s"}, "x"},
		{"not JSON", `name = "x"`, false, 0, nil, ""},
		{"empty", ``, false, 0, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := parser.StringValue(tt.text, parser.Range{File: "main.tf", Start: parser.Pos{Line: 7}})
			v, ok := DecodedJSON(at)
			if ok != tt.ok {
				t.Fatalf("ok %v, want %v", ok, tt.ok)
			}
			if !ok {
				if v != nil {
					t.Errorf("value %v for text that is not JSON, want nil", v)
				}
				return
			}
			if v.Range.Start.Line != 7 {
				t.Errorf("decoded document at line %d, want the string's line 7", v.Range.Start.Line)
			}
			for _, k := range tt.path {
				v = v.Get(k)
			}
			if v.Kind != tt.kind {
				t.Fatalf("kind %v, want %v", v.Kind, tt.kind)
			}
			if tt.want != "" && v.Str != tt.want {
				t.Errorf("value %q, want %q", v.Str, tt.want)
			}
		})
	}
}
