package cloudformation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// looksLikeJSON reports whether the text starts, after white space, with
// a JSON object or array.
func looksLikeJSON(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}

// readJSON reads a JSON document into a node tree with exact positions.
// It is built on encoding/json's token stream, so it accepts what
// encoding/json accepts (tabs included) and reports syntax errors at their
// byte offset. Duplicate keys are reported as warnings into diags.
func readJSON(t *text, diags *parser.Diagnostics) (root *node, fatal *parser.Diagnostic) {
	type frame struct {
		n   *node
		mb  mapBuilder
		obj bool
		key *node
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
		var n *node
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if len(stack) >= maxDepth {
					d := errAt(start, fmt.Sprintf("the document nests more than %d levels", maxDepth))
					d.Summary = "nesting too deep"
					return nil, d
				}
				f := &frame{n: &node{kind: seqNode, rng: t.rng(start, end)}}
				if v == '{' {
					f.n.kind = mapNode
					f.obj, f.mb = true, newMapBuilder(diags, 0)
				}
				stack = append(stack, f)
				continue
			default: // '}' or ']'
				f := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if f.obj {
					f.n.pairs = f.mb.result()
				}
				f.n.rng = t.rng(f.n.rng.Start.Byte-t.bom, end)
				n = f.n
			}
		case string:
			n = &node{kind: scalarNode, typ: tStr, val: v, rng: t.rng(start, end)}
			if len(stack) > 0 {
				if f := stack[len(stack)-1]; f.obj && f.key == nil {
					f.key = n
					continue
				}
			}
		case json.Number:
			typ := tInt
			if strings.ContainsAny(string(v), ".eE") {
				typ = tFloat
			}
			n = &node{kind: scalarNode, typ: typ, val: string(v), rng: t.rng(start, end)}
		case bool:
			n = &node{kind: scalarNode, typ: tBool, val: fmt.Sprint(v), rng: t.rng(start, end)}
		case nil:
			n = &node{kind: scalarNode, typ: tNull, val: "null", rng: t.rng(start, end)}
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
		if f.obj {
			f.mb.add(f.key, n)
			f.key = nil
		} else {
			f.n.items = append(f.n.items, n)
		}
	}
	if len(stack) > 0 {
		return nil, errAt(len(b), "unexpected end of JSON input")
	}
	return root, nil
}
