package setting

import (
	"encoding/json"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// UnknownPiece marks an unknown piece of a partly known JSON document
// (a policy built with jsonencode around a reference) while it is decoded:
// text no document holds, valid inside a JSON string. FromJSON makes the
// strings holding it unknown.
const UnknownPiece = "\u2049soc2lint-unknown\u2049"

// FromJSON converts a decoded JSON document (encoding/json's any, numbers
// as json.Number or float64) to a Value placed where at, the string it was
// decoded from, is: the same range and references. Nesting deeper than 64
// levels is unknown.
func FromJSON(doc any, at *parser.Value) *parser.Value {
	return fromJSON(doc, at, 0)
}

func fromJSON(x any, at *parser.Value, depth int) *parser.Value {
	base := parser.Value{Range: at.Range}
	base.SetVia(at.Via())
	if depth > 64 {
		base.Kind = parser.Unknown
		return &base
	}
	switch t := x.(type) {
	case nil:
		base.Kind = parser.Null
	case bool:
		base.Kind, base.Bool = parser.Bool, t
	case json.Number:
		f, _ := t.Float64()
		base.Kind, base.Num, base.Str = parser.Number, f, t.String()
	case float64:
		n := parser.NumberValue(t, at.Range)
		n.SetVia(at.Via())
		return n
	case string:
		base.Kind, base.Str = parser.String, t
		if strings.Contains(t, UnknownPiece) {
			base.Kind, base.Str = parser.Unknown, ""
			base.SetWhy(at.Why())
			base.SetParts(strings.Split(t, UnknownPiece))
		}
	case []any:
		base.Kind = parser.List
		for _, e := range t {
			base.Elems = append(base.Elems, fromJSON(e, at, depth+1))
		}
	case map[string]any:
		base.Kind = parser.Object
		base.Attrs = make(map[string]*parser.Value, len(t))
		for k, e := range t {
			base.Attrs[k] = fromJSON(e, at, depth+1)
		}
	}
	return &base
}

// DecodedJSON decodes v, a string holding a JSON document (jsonencode, a
// file, a literal), to a Value placed where v is (FromJSON); ok is false
// when the text does not start with one JSON document. Numbers stay exact.
func DecodedJSON(v *parser.Value) (doc *parser.Value, ok bool) {
	dec := json.NewDecoder(strings.NewReader(v.Str))
	dec.UseNumber()
	var x any
	if dec.Decode(&x) != nil {
		return nil, false
	}
	return FromJSON(x, v), true
}
