package cloudformation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// looksLikeJSON reports whether the text starts, after white space, with
// a JSON object or array.
func looksLikeJSON(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}

// readJSON reads a JSON document into Values as written, with exact
// positions. It is built on encoding/json's token stream, so it accepts
// what encoding/json accepts (tabs included) and reports syntax errors at
// their byte offset. Duplicate keys are reported as warnings into diags.
func readJSON(t *text, diags *parser.Diagnostics) (root *parser.Value, fatal *parser.Diagnostic) {
	type frame struct {
		v *parser.Value // an Object or a List
		// key is the key read for the next value of an object, when
		// hasKey is set.
		key    string
		krng   parser.Range
		hasKey bool
	}
	b := t.b
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var stack []*frame
	errAt := func(off int, msg string) *parser.Diagnostic {
		return &parser.Diagnostic{Severity: parser.SevError, Summary: "invalid JSON", Detail: msg, Range: t.rng(off, off)}
	}
	prev := 0
	count := 0
	for {
		start := prev
		for start < len(b) && (b[start] == ' ' || b[start] == '\t' || b[start] == '\r' || b[start] == '\n' || b[start] == ',' || b[start] == ':') {
			start++
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				off := int(se.Offset)
				if off > 0 {
					off-- // Offset counts the offending byte
				}
				return nil, errAt(off, strings.TrimPrefix(se.Error(), "json: "))
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, errAt(len(b), "unexpected end of JSON input")
			}
			return nil, errAt(start, err.Error())
		}
		end := int(dec.InputOffset())
		prev = end
		if count++; count > maxNodes {
			return nil, errAt(start, fmt.Sprintf("document too large: more than %d nodes", maxNodes))
		}
		var n *parser.Value
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if len(stack) >= maxDepth {
					d := errAt(start, fmt.Sprintf("the document nests more than %d levels", maxDepth))
					d.Summary = "nesting too deep"
					return nil, d
				}
				f := &frame{v: &parser.Value{Kind: parser.List, Range: t.rng(start, end)}}
				if v == '{' {
					f.v.Kind, f.v.Attrs = parser.Object, map[string]*parser.Value{}
				} else {
					f.v.Elems = []*parser.Value{}
				}
				stack = append(stack, f)
				continue
			default: // '}' or ']'
				f := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				f.v.Range = t.rng(int(f.v.Range.Start.Byte)-t.bom, end)
				n = f.v
			}
		case string:
			if len(stack) > 0 {
				if f := stack[len(stack)-1]; f.v.Kind == parser.Object && !f.hasKey {
					f.key, f.krng, f.hasKey = v, t.rng(start, end), true
					continue
				}
			}
			n = newScalar(tStr, v, t.rng(start, end))
		case json.Number:
			typ := tInt
			if strings.ContainsAny(string(v), ".eE") {
				typ = tFloat
			}
			n = newScalar(typ, string(v), t.rng(start, end))
		case bool:
			n = newScalar(tBool, strconv.FormatBool(v), t.rng(start, end))
		case nil:
			n = newScalar(tNull, "null", t.rng(start, end))
		default:
			return nil, errAt(start, fmt.Sprintf("unexpected JSON token %v", tok))
		}
		if len(stack) == 0 {
			if root != nil {
				return nil, errAt(start, "more than one top-level JSON value")
			}
			root = n
			continue
		}
		f := stack[len(stack)-1]
		if f.v.Kind == parser.Object {
			putKey(f.v.Attrs, f.key, f.krng, n, diags)
			f.hasKey = false
		} else {
			f.v.Elems = append(f.v.Elems, n)
		}
	}
	if len(stack) > 0 {
		return nil, errAt(len(b), "unexpected end of JSON input")
	}
	return root, nil
}
