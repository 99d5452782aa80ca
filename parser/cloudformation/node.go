package cloudformation

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// Limits that keep hostile input from exhausting the stack or memory.
const (
	maxDepth      = 500       // nesting levels of mappings and sequences
	maxNodes      = 1_000_000 // nodes built, counting every alias expansion
	maxAliasNodes = 100_000   // nodes that YAML aliases repeat
)

// scalar types of a scalar, from its YAML tag or JSON token.
const (
	tStr   = "str"
	tInt   = "int"
	tFloat = "float"
	tBool  = "bool"
	tNull  = "null"
)

// The YAML and the JSON reader build parser.Values as written straight
// away: aliases expanded (each use a copy), merge keys merged, duplicate
// keys dropped (the last one wins, as in most YAML and JSON readers, and
// explicit keys win over merged ones) and short-form tags turned into
// their long-form one-key objects ({"Fn::Sub": ...}). A value stored under
// a key has that key's range as its KeyRange.

// newScalar returns the Value of a scalar of type typ written as val at rng.
func newScalar(typ, val string, rng parser.Range) *parser.Value {
	v := &parser.Value{Range: rng}
	switch typ {
	case tNull:
		v.Kind = parser.Null
	case tBool:
		v.Kind = parser.Bool
		v.Bool = strings.EqualFold(val, "true")
	case tInt, tFloat:
		if f, ok := parseNumber(val); ok {
			v.Kind, v.Num, v.Str = parser.Number, f, val
		} else {
			v.Kind, v.Str = parser.String, val
		}
	default:
		v.Kind, v.Str = parser.String, val
	}
	return v
}

// isScalar reports whether v, as read, is a scalar.
func isScalar(v *parser.Value) bool {
	return v != nil && v.Kind != parser.Object && v.Kind != parser.List
}

// scalarText returns the text of a scalar as written, for a scalar that is
// not null. A boolean's text is read back from the source, so that "True"
// stays "True".
func scalarText(t *text, v *parser.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	switch v.Kind {
	case parser.String, parser.Number:
		return v.Str, true
	case parser.Bool:
		return sourceText(t, v), true
	}
	return "", false
}

// keyText returns the text of a scalar used as a mapping key; a null key's
// text is its source ("~", "null" or nothing).
func keyText(t *text, v *parser.Value) string {
	if s, ok := scalarText(t, v); ok {
		return s
	}
	return sourceText(t, v)
}

// sourceText returns the source text of a plain scalar, without quotes.
func sourceText(t *text, v *parser.Value) string {
	from, to := int(v.Range.Start.Byte)-t.bom, int(v.Range.End.Byte)-t.bom
	if from < 0 || to > len(t.b) || from > to {
		return ""
	}
	s := string(t.b[from:to])
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	}
	return s
}

// treeSize returns the number of nodes of a tree as read, counting a key
// as a node, and its height in levels: what an alias of it repeats.
func treeSize(v *parser.Value) (size, height int) {
	size, height = 1, 1
	for _, a := range v.Attrs {
		s, h := treeSize(a)
		size += 1 + s
		height = max(height, h+1)
	}
	for _, el := range v.Elems {
		s, h := treeSize(el)
		size += s
		height = max(height, h+1)
	}
	return size, height
}

// copyTree returns a deep copy of a tree as read, for one use of a YAML
// alias; the copy is stored under no key until its parent puts it under
// one.
func copyTree(v *parser.Value) *parser.Value {
	c := copySubtree(v)
	c.KeyRange = parser.Range{}
	return c
}

func copySubtree(v *parser.Value) *parser.Value {
	c := *v
	if v.Attrs != nil {
		c.Attrs = make(map[string]*parser.Value, len(v.Attrs))
		for k, a := range v.Attrs {
			c.Attrs[k] = copySubtree(a)
		}
	}
	if v.Elems != nil {
		c.Elems = make([]*parser.Value, len(v.Elems))
		for i, el := range v.Elems {
			c.Elems[i] = copySubtree(el)
		}
	}
	return &c
}

// putKey stores v under key in attrs, an object's attributes being read:
// a key already there is reported (CloudFormation rejects templates with
// duplicate keys) and replaced.
func putKey(attrs map[string]*parser.Value, key string, krng parser.Range, v *parser.Value, diags *parser.Diagnostics) {
	if old, ok := attrs[key]; ok {
		*diags = append(*diags, parser.Diagnostic{
			Severity: parser.SevWarning,
			Summary:  "duplicate key",
			Detail: fmt.Sprintf("key %q is already defined at line %d; the last definition is used, but CloudFormation rejects templates with duplicate keys",
				key, old.KeyRange.Start.Line),
			Range: krng,
		})
	}
	v.KeyRange = krng
	attrs[key] = v
}

// parseNumber parses a YAML or JSON number. Infinities and NaN are not
// numbers to the model: they stay strings.
func parseNumber(s string) (float64, bool) {
	plain := strings.ReplaceAll(s, "_", "")
	if i, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return float64(i), true
	}
	if u, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return float64(u), true
	}
	f, err := strconv.ParseFloat(plain, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}
