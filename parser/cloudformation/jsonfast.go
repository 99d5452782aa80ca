package cloudformation

import (
	"encoding/json"

	"github.com/soc2lint/soc2lint/parser"
)

// readJSONFast reads a JSON document as readJSON does (the same Values,
// ranges and duplicate-key warnings) without encoding/json's token stream,
// which allocates for every token. It reads only valid JSON: ok is false
// for anything else, and readJSON then reads the file and reports its
// error. TestFastJSONSameAsReadJSON and FuzzFastJSON compare both readers.
func readJSONFast(t *text) (root *parser.Value, diags parser.Diagnostics, ok bool) {
	j := &fastJSON{fastYAML: fastYAML{r: &yamlReader{t: t}, t: t, b: t.b}}
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(fastBail); !ok {
				panic(e)
			}
			root, diags, ok = nil, nil, false
		}
	}()
	p := j.ws(0)
	if p >= len(j.b) {
		bail()
	}
	root, p = j.value(p, 0)
	if j.ws(p) != len(j.b) {
		bail() // more than one top-level value, or trailing text
	}
	return root, j.r.diags, true
}

type fastJSON struct {
	fastYAML
	count int // tokens read, as readJSON counts them
}

// token counts one token against readJSON's limit.
func (j *fastJSON) token() {
	if j.count++; j.count > maxNodes {
		bail()
	}
}

// ws skips JSON white space.
func (j *fastJSON) ws(p int) int {
	b := j.b
	for p < len(b) && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r') {
		p++
	}
	return p
}

// value reads the value at p; depth counts the containers around it.
func (j *fastJSON) value(p, depth int) (*parser.Value, int) {
	b := j.b
	j.token()
	switch c := b[p]; {
	case c == '{':
		if depth >= maxDepth {
			bail()
		}
		base, diags := len(j.ents), len(j.r.diags)
		start := j.t.pos(p)
		q := j.ws(p + 1)
		for q < len(b) && b[q] != '}' {
			if b[q] != '"' {
				bail()
			}
			j.token()
			key, ke := j.text(q)
			krng := j.t.rng(q, ke)
			q = j.ws(ke)
			if q >= len(b) || b[q] != ':' {
				bail()
			}
			q = j.ws(q + 1)
			if q >= len(b) {
				bail()
			}
			v, e := j.value(q, depth+1)
			j.ents = append(j.ents, fastEntry{key, krng, v})
			q = j.ws(e)
			if q < len(b) && b[q] == ',' {
				q = j.ws(q + 1)
				if q >= len(b) || b[q] != '"' {
					bail()
				}
			} else if q >= len(b) || b[q] != '}' {
				bail()
			}
		}
		if q >= len(b) {
			bail()
		}
		j.token()
		return &parser.Value{Kind: parser.Object, Attrs: j.attrs(base, diags), Range: j.t.rngAt(start, p, q+1)}, q + 1
	case c == '[':
		if depth >= maxDepth {
			bail()
		}
		base := len(j.elems)
		start := j.t.pos(p)
		q := j.ws(p + 1)
		for q < len(b) && b[q] != ']' {
			v, e := j.value(q, depth+1)
			j.elems = append(j.elems, v)
			q = j.ws(e)
			if q < len(b) && b[q] == ',' {
				q = j.ws(q + 1)
				if q >= len(b) || b[q] == ']' {
					bail()
				}
			} else if q >= len(b) || b[q] != ']' {
				bail()
			}
		}
		if q >= len(b) {
			bail()
		}
		j.token()
		return &parser.Value{Kind: parser.List, Elems: j.takeElems(base), Range: j.t.rngAt(start, p, q+1)}, q + 1
	case c == '"':
		s, e := j.text(p)
		return newScalar(tStr, s, j.t.rng(p, e)), e
	case c == '-' || c >= '0' && c <= '9':
		e, float := j.number(p)
		typ := tInt
		if float {
			typ = tFloat
		}
		return newScalar(typ, j.fastYAML.str(p, e), j.t.rng(p, e)), e
	}
	for _, lit := range [...]struct{ text, typ string }{{"true", tBool}, {"false", tBool}, {"null", tNull}} {
		if e := p + len(lit.text); e <= len(b) && string(b[p:e]) == lit.text {
			return newScalar(lit.typ, lit.text, j.t.rng(p, e)), e
		}
	}
	bail()
	return nil, 0
}

// text reads the string at p and returns it and the offset after it. One
// with escapes or bytes beyond ASCII is decoded by encoding/json, which
// also decides what is valid.
func (j *fastJSON) text(p int) (string, int) {
	b := j.b
	simple := true
	for q := p + 1; q < len(b); q++ {
		switch c := b[q]; {
		case c == '"':
			if simple {
				return j.fastYAML.str(p+1, q), q + 1
			}
			var s string
			if err := json.Unmarshal(b[p:q+1], &s); err != nil {
				bail()
			}
			return s, q + 1
		case c == '\\':
			simple = false
			q++
		case c < 0x20:
			bail()
		case c >= 0x80:
			simple = false
		}
	}
	bail()
	return "", 0
}

// number checks JSON's number grammar at p and returns the offset after it
// and whether it has a fraction or an exponent.
func (j *fastJSON) number(p int) (int, bool) {
	b := j.b
	q := p
	if b[q] == '-' {
		q++
	}
	digits := func() {
		s := q
		for q < len(b) && b[q] >= '0' && b[q] <= '9' {
			q++
		}
		if q == s {
			bail()
		}
	}
	switch {
	case q < len(b) && b[q] == '0':
		q++
	case q < len(b) && b[q] >= '1' && b[q] <= '9':
		digits()
	default:
		bail()
	}
	float := false
	if q < len(b) && b[q] == '.' {
		q++
		digits()
		float = true
	}
	if q < len(b) && (b[q] == 'e' || b[q] == 'E') {
		q++
		if q < len(b) && (b[q] == '+' || b[q] == '-') {
			q++
		}
		digits()
		float = true
	}
	return q, float
}
