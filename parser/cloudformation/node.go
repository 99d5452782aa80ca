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

type nodeKind uint8

const (
	scalarNode nodeKind = iota
	mapNode
	seqNode
)

// scalar types of a scalarNode.
const (
	tStr   = "str"
	tInt   = "int"
	tFloat = "float"
	tBool  = "bool"
	tNull  = "null"
)

// node is the ordered syntax tree that both the YAML and the JSON reader
// produce: aliases expanded, merge keys merged, duplicate keys dropped and
// short-form tags turned into their long-form one-key mappings.
type node struct {
	kind  nodeKind
	typ   string // scalar type, one of the t* constants
	val   string // scalar text, unquoted and unescaped
	pairs []pair // mapNode entries in source order
	items []*node
	rng   parser.Range
	// size counts the nodes of the tree below and including n, and height
	// its levels; a subtree shared through YAML aliases counts each time.
	size, height int
}

// sized sets n.size and n.height from its children.
func sized(n *node) *node {
	n.size, n.height = 1, 1
	grow := func(c *node) {
		n.size += c.size
		if c.height+1 > n.height {
			n.height = c.height + 1
		}
	}
	for _, p := range n.pairs {
		grow(p.key)
		grow(p.val)
	}
	for _, it := range n.items {
		grow(it)
	}
	return n
}

type pair struct {
	key *node // always a scalar
	val *node
}

// get returns the value of key in a mapping node, or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != mapNode {
		return nil
	}
	for _, p := range n.pairs {
		if p.key.val == key {
			return p.val
		}
	}
	return nil
}

// str returns the text of a scalar node that is not null.
func (n *node) str() (string, bool) {
	if n == nil || n.kind != scalarNode || n.typ == tNull {
		return "", false
	}
	return n.val, true
}

// mapBuilder collects the entries of one mapping, dropping an earlier entry
// when a key repeats (the last one wins, as in most YAML and JSON readers)
// and letting explicit keys win over merged ones. Most mappings have a few
// keys: they are looked up by a scan, and an index is built only for large
// ones, so that a small mapping costs no map.
type mapBuilder struct {
	pairs []pair
	// explicit tells, for each entry of pairs, whether it was added
	// explicitly rather than merged.
	explicit []bool
	index    map[string]int // built past indexFrom entries
	diags    *parser.Diagnostics
}

// indexFrom is the number of entries from which a mapBuilder indexes keys.
const indexFrom = 16

func newMapBuilder(diags *parser.Diagnostics, hint int) mapBuilder {
	return mapBuilder{pairs: make([]pair, 0, hint), explicit: make([]bool, 0, hint), diags: diags}
}

// find returns the index of the live entry for key, or -1.
func (m *mapBuilder) find(key string) int {
	if m.index != nil {
		if i, ok := m.index[key]; ok {
			return i
		}
		return -1
	}
	for i := len(m.pairs) - 1; i >= 0; i-- {
		if k := m.pairs[i].key; k != nil && k.val == key {
			return i
		}
	}
	return -1
}

func (m *mapBuilder) push(k, v *node, explicit bool) {
	m.pairs = append(m.pairs, pair{k, v})
	m.explicit = append(m.explicit, explicit)
	switch {
	case m.index != nil:
		m.index[k.val] = len(m.pairs) - 1
	case len(m.pairs) == indexFrom:
		m.index = make(map[string]int, 2*indexFrom)
		for i, p := range m.pairs {
			if p.key != nil {
				m.index[p.key.val] = i
			}
		}
	}
}

// add adds an explicit entry; a repeated key is reported and replaces the
// earlier entry.
func (m *mapBuilder) add(k, v *node) {
	if i := m.find(k.val); i >= 0 {
		if m.explicit[i] {
			*m.diags = append(*m.diags, parser.Diagnostic{
				Severity: parser.SevWarning,
				Summary:  "duplicate key",
				Detail: fmt.Sprintf("key %q is already defined at line %d; the last definition is used, but CloudFormation rejects templates with duplicate keys",
					k.val, m.pairs[i].key.rng.Start.Line),
				Range: k.rng,
			})
		}
		m.pairs[i].key = nil
	}
	m.push(k, v, true)
}

// merge adds an entry from a `<<` merge unless the key is already present.
func (m *mapBuilder) merge(k, v *node) {
	if m.find(k.val) >= 0 {
		return
	}
	m.push(k, v, false)
}

func (m *mapBuilder) result() []pair {
	out := m.pairs[:0]
	for _, p := range m.pairs {
		if p.key != nil {
			out = append(out, p)
		}
	}
	return out
}

// scalarValue returns the Value of a scalar node.
func scalarValue(n *node) *parser.Value {
	v := &parser.Value{Range: n.rng}
	switch n.typ {
	case tNull:
		v.Kind = parser.Null
	case tBool:
		v.Kind = parser.Bool
		v.Bool = strings.EqualFold(n.val, "true")
	case tInt, tFloat:
		if f, ok := parseNumber(n.val); ok {
			v.Kind, v.Num, v.Str = parser.Number, f, n.val
		} else {
			v.Kind, v.Str = parser.String, n.val
		}
	default:
		v.Kind, v.Str = parser.String, n.val
	}
	return v
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

// toValue converts a node tree to an unresolved Value tree: intrinsic
// functions stay one-key objects such as {"Fn::Sub": ...}.
func toValue(n *node) *parser.Value {
	if n == nil {
		return nil
	}
	switch n.kind {
	case mapNode:
		v := &parser.Value{Kind: parser.Object, Attrs: make(map[string]*parser.Value, len(n.pairs)), Range: n.rng}
		for _, p := range n.pairs {
			a := toValue(p.val)
			a.KeyRange = p.key.rng
			v.Attrs[p.key.val] = a
		}
		return v
	case seqNode:
		v := &parser.Value{Kind: parser.List, Elems: make([]*parser.Value, 0, len(n.items)), Range: n.rng}
		for _, it := range n.items {
			v.Elems = append(v.Elems, toValue(it))
		}
		return v
	}
	return scalarValue(n)
}
