package cloudformation

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/parser"
)

// shortForms maps the CloudFormation short-form tags to the key of their
// long form.
var shortForms = map[string]string{
	"!Ref":          "Ref",
	"!Condition":    "Condition",
	"!Sub":          "Fn::Sub",
	"!GetAtt":       "Fn::GetAtt",
	"!If":           "Fn::If",
	"!Join":         "Fn::Join",
	"!Select":       "Fn::Select",
	"!Split":        "Fn::Split",
	"!FindInMap":    "Fn::FindInMap",
	"!Equals":       "Fn::Equals",
	"!And":          "Fn::And",
	"!Or":           "Fn::Or",
	"!Not":          "Fn::Not",
	"!Base64":       "Fn::Base64",
	"!Cidr":         "Fn::Cidr",
	"!GetAZs":       "Fn::GetAZs",
	"!ImportValue":  "Fn::ImportValue",
	"!Transform":    "Fn::Transform",
	"!ToJsonString": "Fn::ToJsonString",
	"!Length":       "Fn::Length",
	// Functions of the Rules section.
	"!Contains":         "Fn::Contains",
	"!EachMemberEquals": "Fn::EachMemberEquals",
	"!EachMemberIn":     "Fn::EachMemberIn",
	"!RefAll":           "Fn::RefAll",
	"!ValueOf":          "Fn::ValueOf",
	"!ValueOfAll":       "Fn::ValueOfAll",
}

// yamlDocs decodes every document of a YAML stream. A syntax error ends the
// stream: the documents before it are returned with the error. A panic in
// the YAML library is turned into an error.
func yamlDocs(b []byte) (docs []*yaml.Node, err error) {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	for {
		doc, err := decodeOne(dec)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return docs, err
		}
		docs = append(docs, doc)
	}
}

func decodeOne(dec *yaml.Decoder) (doc *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("yaml: the YAML reader failed: %v", r)
		}
	}()
	var n yaml.Node
	if err := dec.Decode(&n); err != nil {
		return nil, err
	}
	return &n, nil
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserErrors are the messages of yaml.v3's parser stage (as opposed
// to its scanner). For those, yaml.v3 prints the 0-based line of the mark
// it reports, and no line at all for line 0.
var yamlParserErrors = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// yamlError turns a yaml.v3 error into a diagnostic. yaml.v3 reports a line
// but no column; the range starts at the line's first non-blank character.
func yamlError(t *text, err error, summary string) parser.Diagnostic {
	msg := err.Error()
	line := 1
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		if n, e := strconv.Atoi(m[1]); e == nil {
			line = n
		}
		msg = m[2]
		if yamlParserErrors[msg] {
			line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	return parser.Diagnostic{Severity: parser.SevError, Summary: summary, Detail: msg, Range: t.lineRange(line)}
}

// yamlDeref follows alias nodes a bounded number of times.
func yamlDeref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil
		}
		return yamlDeref(n.Content[0])
	}
	return n
}

func yamlGet(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := yamlDeref(m.Content[i]); k != nil && k.Kind == yaml.ScalarNode && k.Value == key {
			return yamlDeref(m.Content[i+1])
		}
	}
	return nil
}

// isTemplateYAML reports whether a document is a CloudFormation template,
// looking only at its top levels so that other files are not converted.
func isTemplateYAML(doc *yaml.Node) bool {
	root := yamlDeref(doc)
	if root == nil || root.Kind != yaml.MappingNode {
		return false
	}
	if yamlGet(root, "AWSTemplateFormatVersion") != nil {
		return true
	}
	res := yamlGet(root, "Resources")
	if res == nil || res.Kind != yaml.MappingNode {
		return false
	}
	for i := 1; i < len(res.Content); i += 2 {
		if typ := yamlGet(yamlDeref(res.Content[i]), "Type"); typ != nil && typ.Kind == yaml.ScalarNode && isResourceType(typ.Value) {
			return true
		}
	}
	return false
}

func isResourceType(s string) bool {
	return strings.HasPrefix(s, "AWS::") || strings.HasPrefix(s, "Custom::") || strings.HasPrefix(s, "Alexa::")
}

// yamlReader converts one yaml.v3 document to a node tree.
type yamlReader struct {
	t          *text
	diags      parser.Diagnostics
	fatal      *parser.Diagnostic
	budget     int
	aliasNodes int                 // nodes repeated by aliases so far
	active     map[*yaml.Node]bool // anchored nodes being converted, to catch cycles
	// anchored holds the converted anchored nodes, with their size and
	// height. Each use of an alias is a copy of the converted tree; its
	// size counts against the budget.
	anchored map[*yaml.Node]anchor
}

// anchor is a converted anchored node.
type anchor struct {
	v            *parser.Value
	size, height int
}

func newYAMLReader(t *text) *yamlReader {
	return &yamlReader{t: t, budget: maxNodes, active: map[*yaml.Node]bool{}, anchored: map[*yaml.Node]anchor{}}
}

func (r *yamlReader) fail(rng parser.Range, summary, detail string) {
	if r.fatal == nil {
		r.fatal = &parser.Diagnostic{Severity: parser.SevError, Summary: summary, Detail: detail, Range: rng}
	}
}

func (r *yamlReader) warn(rng parser.Range, summary, detail string) {
	r.diags = append(r.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

// endOf returns the byte offset (in t.b) where v ends.
func (r *yamlReader) endOf(v *parser.Value) int { return int(v.Range.End.Byte) - r.t.bom }

// conv converts n. parentIndent is the 0-based indentation of the block
// collection holding n (-1 at the top), which bounds block scalars.
func (r *yamlReader) conv(n *yaml.Node, depth, parentIndent int) *parser.Value {
	if r.fatal != nil || n == nil {
		return nil
	}
	off := r.t.offset(n.Line, n.Column)
	if depth > maxDepth {
		r.fail(r.t.rng(off, off), "nesting too deep", fmt.Sprintf("the document nests more than %d levels", maxDepth))
		return nil
	}
	r.budget--
	if r.budget < 0 {
		r.fail(r.t.rng(off, off), "document too large", fmt.Sprintf("the document has more than %d nodes", maxNodes))
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return &parser.Value{Kind: parser.Null, Range: r.t.rng(off, off)}
		}
		return r.conv(n.Content[0], depth, -1)
	case yaml.AliasNode:
		if n.Alias == nil {
			r.fail(r.t.rng(off, off), "invalid YAML", "alias *"+n.Value+" refers to no anchor")
			return nil
		}
		if r.active[n.Alias] {
			r.fail(r.t.rng(off, off), "invalid YAML", "alias *"+n.Value+" refers to a node that contains it")
			return nil
		}
		m, ok := r.anchored[n.Alias]
		if !ok {
			return r.conv(n.Alias, depth+1, parentIndent)
		}
		if depth+m.height > maxDepth {
			r.fail(r.t.rng(off, off), "nesting too deep", fmt.Sprintf("the document nests more than %d levels", maxDepth))
			return nil
		}
		r.budget -= m.size
		r.aliasNodes += m.size
		if r.budget < 0 || r.aliasNodes > maxAliasNodes {
			r.fail(r.t.rng(off, off), "alias expansion exceeds limit", fmt.Sprintf("YAML aliases repeat more than %d nodes", maxAliasNodes))
			return nil
		}
		return copyTree(m.v)
	}
	if n.Anchor != "" {
		r.active[n] = true
		defer delete(r.active, n)
	}
	content, tagOff, tagEnd := r.props(off, n)
	var out *parser.Value
	switch n.Kind {
	case yaml.ScalarNode:
		out = r.scalar(n, content, parentIndent)
	case yaml.SequenceNode:
		out = r.seq(n, content, depth)
	case yaml.MappingNode:
		out = r.mapping(n, content, depth)
	default:
		r.fail(r.t.rng(off, off), "invalid YAML", fmt.Sprintf("unexpected YAML node kind %d", n.Kind))
	}
	if out == nil {
		return nil
	}
	out = r.tagged(n, out, content, tagOff, tagEnd)
	if n.Anchor != "" {
		size, height := treeSize(out)
		r.anchored[n] = anchor{out, size, height}
	}
	return out
}

// tagged applies the tag of n to its converted content out: a short-form
// intrinsic function becomes its long form {"Fn::X": out}.
func (r *yamlReader) tagged(n *yaml.Node, out *parser.Value, content, tagOff, tagEnd int) *parser.Value {
	if n.Style&yaml.TaggedStyle == 0 || n.Tag == "" || n.Tag == "!" || strings.HasPrefix(n.Tag, "!!") {
		return out
	}
	fn, ok := shortForms[n.Tag]
	if !ok {
		// Another tool's tag, such as Rain's !Rain::Embed: read it as that
		// tool's long form {"Rain::Embed": value}, which nothing evaluates.
		fn = strings.TrimPrefix(n.Tag, "!")
		r.warn(r.tagRange(content, tagOff, tagEnd), "unknown tag", fmt.Sprintf("the tag %s is not a CloudFormation intrinsic function; it is read as {%q: value}", n.Tag, fn))
	}
	return r.longForm(fn, out, content, tagOff, tagEnd)
}

// longForm returns out, read after a tag whose long form's key is fn, as
// that long form {fn: out}.
func (r *yamlReader) longForm(fn string, out *parser.Value, content, tagOff, tagEnd int) *parser.Value {
	out.KeyRange = r.tagRange(content, tagOff, tagEnd)
	from := int(out.KeyRange.Start.Byte) - r.t.bom
	return &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{fn: out}, Range: r.t.rng(from, r.endOf(out))}
}

func (r *yamlReader) tagRange(content, tagOff, tagEnd int) parser.Range {
	if tagOff < 0 {
		return r.t.rng(content, content)
	}
	return r.t.rng(tagOff, tagEnd)
}

// props skips the anchor and tag written before a node at off and returns
// where its content starts and where its tag is (-1 when there is none).
func (r *yamlReader) props(off int, n *yaml.Node) (content, tagOff, tagEnd int) {
	b := r.t.b
	tagOff, tagEnd = -1, -1
	p := off
	seen := false
	for p < len(b) && (b[p] == '&' || b[p] == '!') {
		seen = true
		q := p + 1
		for q < len(b) && !isSpace(b[q]) && r.t.breakLen(q) == 0 && !strings.ContainsRune(",[]{}", rune(b[q])) {
			q++
		}
		if b[p] == '!' {
			tagOff, tagEnd = p, q
		}
		p = q
		for p < len(b) && isSpace(b[p]) {
			p++
		}
		if p < len(b) && (b[p] == '#' || r.t.breakLen(p) > 0) {
			// The content is on a later line, unless this is an empty scalar.
			if n.Kind == yaml.ScalarNode && n.Value == "" && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
				return p, tagOff, tagEnd
			}
			p = r.skipBlank(p)
		}
	}
	if !seen {
		return off, -1, -1
	}
	return p, tagOff, tagEnd
}

// skipBlank skips white space, line breaks and comments.
func (r *yamlReader) skipBlank(p int) int {
	b := r.t.b
	for p < len(b) {
		switch {
		case isSpace(b[p]):
			p++
		case b[p] == '#':
			for p < len(b) && r.t.breakLen(p) == 0 {
				p++
			}
		default:
			n := r.t.breakLen(p)
			if n == 0 {
				return p
			}
			p += n
		}
	}
	return p
}

// closing returns the offset after the bracket c that closes a flow
// collection whose last content ends at p, or p when it is not found.
func (r *yamlReader) closing(p int, c byte) int {
	b := r.t.b
	for q := p; q < len(b); {
		q = r.skipBlank(q)
		if q < len(b) && b[q] == ',' {
			q++
			continue
		}
		if q < len(b) && b[q] == c {
			return q + 1
		}
		break
	}
	return p
}

func scalarType(tag string) string {
	switch tag {
	case "!!int":
		return tInt
	case "!!float":
		return tFloat
	case "!!bool":
		return tBool
	case "!!null":
		return tNull
	}
	return tStr
}

func (r *yamlReader) scalar(n *yaml.Node, p, parentIndent int) *parser.Value {
	typ := tStr
	if n.Style&yaml.TaggedStyle == 0 || strings.HasPrefix(n.Tag, "!!") {
		typ = scalarType(n.Tag)
	}
	return newScalar(typ, n.Value, r.t.rng(p, r.scalarEnd(n, p, parentIndent)))
}

// plainKey reports whether a mapping key is a scalar that conv would
// return as it is: no anchor, and no tag that makes it an intrinsic
// function.
func plainKey(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Anchor == "" &&
		(n.Style&yaml.TaggedStyle == 0 || n.Tag == "" || n.Tag == "!" || strings.HasPrefix(n.Tag, "!!"))
}

// key reads a mapping key as conv does, returning its text and range and
// whether it is a scalar; ok is false when reading failed. A plain scalar
// key, nearly every key, is read without building a Value.
func (r *yamlReader) key(n *yaml.Node, depth, parentIndent int) (key string, rng parser.Range, scalar, ok bool) {
	if !plainKey(n) {
		v := r.conv(n, depth, parentIndent)
		if v == nil {
			return "", parser.Range{}, false, false
		}
		if !isScalar(v) {
			return "", v.Range, false, true
		}
		return keyText(r.t, v), v.Range, true, true
	}
	if r.fatal != nil {
		return "", parser.Range{}, false, false
	}
	off := r.t.offset(n.Line, n.Column)
	if depth > maxDepth {
		r.fail(r.t.rng(off, off), "nesting too deep", fmt.Sprintf("the document nests more than %d levels", maxDepth))
		return "", parser.Range{}, false, false
	}
	r.budget--
	if r.budget < 0 {
		r.fail(r.t.rng(off, off), "document too large", fmt.Sprintf("the document has more than %d nodes", maxNodes))
		return "", parser.Range{}, false, false
	}
	content, _, _ := r.props(off, n)
	return n.Value, r.t.rng(content, r.scalarEnd(n, content, parentIndent)), true, true
}

// scalarEnd finds where the text of a scalar starting at p ends.
func (r *yamlReader) scalarEnd(n *yaml.Node, p, parentIndent int) int {
	b := r.t.b
	if p >= len(b) {
		return len(b)
	}
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0 && b[p] == '"':
		for q := p + 1; q < len(b); q++ {
			switch b[q] {
			case '\\':
				q++
			case '"':
				return q + 1
			}
		}
		return len(b)
	case n.Style&yaml.SingleQuotedStyle != 0 && b[p] == '\'':
		for q := p + 1; q < len(b); q++ {
			if b[q] == '\'' {
				if q+1 < len(b) && b[q+1] == '\'' {
					q++
					continue
				}
				return q + 1
			}
		}
		return len(b)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && (b[p] == '|' || b[p] == '>'):
		return r.blockEnd(p, parentIndent)
	}
	return r.plainEnd(p, n.Value)
}

// plainEnd matches a plain scalar's value against the source, letting any
// run of white space in the value (blanks kept inside a line, tabs among
// them, and folded lines) match any run of white space and line breaks in
// the source.
func (r *yamlReader) plainEnd(p int, val string) int {
	b := r.t.b
	i, j := 0, p
	for i < len(val) {
		if val[i] == ' ' || val[i] == '\t' || val[i] == '\n' {
			for i < len(val) && (val[i] == ' ' || val[i] == '\t' || val[i] == '\n') {
				i++
			}
			k := j
			for k < len(b) && (isSpace(b[k]) || r.t.breakLen(k) > 0) {
				if n := r.t.breakLen(k); n > 0 {
					k += n
				} else {
					k++
				}
			}
			if k == j {
				return r.lineEnd(p)
			}
			j = k
			continue
		}
		if j >= len(b) || b[j] != val[i] {
			return r.lineEnd(p)
		}
		i++
		j++
	}
	return j
}

// lineEnd returns the end of the text from p to the end of its line, before
// any comment and trailing blanks.
func (r *yamlReader) lineEnd(p int) int {
	b := r.t.b
	e := r.t.end[r.t.lineOf(p)]
	for q := p; q < e; q++ {
		if b[q] == '#' && q > p && isSpace(b[q-1]) {
			e = q
			break
		}
	}
	for e > p && isSpace(b[e-1]) {
		e--
	}
	return e
}

// blockEnd finds the end of a literal or folded block scalar whose
// indicator is at p: the end of its last content line.
func (r *yamlReader) blockEnd(p, parentIndent int) int {
	t := r.t
	li := t.lineOf(p)
	end := r.lineEnd(p)
	explicit := false
	for k := p + 1; k < t.end[li] && !isSpace(t.b[k]) && t.b[k] != '#'; k++ {
		if t.b[k] >= '1' && t.b[k] <= '9' {
			explicit = true
		}
	}
	threshold := -1
	for l := li + 1; l < t.lines(); l++ {
		s, e := t.start[l], t.end[l]
		ind := 0
		for s+ind < e && t.b[s+ind] == ' ' {
			ind++
		}
		if s+ind == e {
			continue // blank line
		}
		if ind == 0 && e-s >= 3 && (string(t.b[s:s+3]) == "---" || string(t.b[s:s+3]) == "...") {
			break
		}
		if threshold < 0 {
			threshold = ind
			if explicit || threshold <= parentIndent {
				threshold = parentIndent + 1
			}
		}
		if ind < threshold {
			break
		}
		end = e
	}
	return end
}

func (r *yamlReader) seq(n *yaml.Node, p, depth int) *parser.Value {
	indent := int(r.t.pos(p).Column) - 1
	out := &parser.Value{Kind: parser.List, Elems: make([]*parser.Value, 0, len(n.Content))}
	end := p
	for _, c := range n.Content {
		it := r.conv(c, depth+1, indent)
		if it == nil {
			return nil
		}
		out.Elems = append(out.Elems, it)
		if e := r.endOf(it); e > end {
			end = e
		}
	}
	if n.Style&yaml.FlowStyle != 0 && p < len(r.t.b) && r.t.b[p] == '[' {
		if end == p {
			end = p + 1
		}
		end = r.closing(end, ']')
	}
	out.Range = r.t.rng(p, end)
	return out
}

// mapping converts a mapping. Its explicit entries come first, so an
// explicit key already present is a duplicate; merged entries come after
// and never replace a key already present.
func (r *yamlReader) mapping(n *yaml.Node, p, depth int) *parser.Value {
	attrs := make(map[string]*parser.Value, len(n.Content)/2)
	var merges []*yaml.Node
	end := p
	indent := -1
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.Kind == yaml.ScalarNode && kn.Tag == "!!merge" {
			merges = append(merges, vn)
			continue
		}
		key, krng, scalar, ok := r.key(kn, depth+1, indent)
		if !ok {
			return nil
		}
		if indent < 0 {
			indent = int(krng.Start.Column) - 1
		}
		v := r.conv(vn, depth+1, int(krng.Start.Column)-1)
		if v == nil {
			return nil
		}
		if e := r.endOf(v); e > end {
			end = e
		}
		if !scalar {
			r.warn(krng, "unsupported mapping key", "a mapping key must be a plain string; the entry is ignored")
			continue
		}
		putKey(attrs, key, krng, v, &r.diags)
	}
	merge := func(m *parser.Value) {
		for k, a := range m.Attrs {
			if _, ok := attrs[k]; !ok {
				attrs[k] = a
			}
		}
	}
	for _, mv := range merges {
		m := r.conv(mv, depth+1, indent)
		if m == nil {
			return nil
		}
		if e := r.endOf(m); e > end && mv.Kind != yaml.AliasNode {
			end = e
		}
		switch m.Kind {
		case parser.Object:
			merge(m)
		case parser.List:
			for _, it := range m.Elems {
				if it.Kind != parser.Object {
					r.warn(it.Range, "invalid merge", "a << merge list must hold mappings; the item is ignored")
					continue
				}
				merge(it)
			}
		default:
			r.warn(m.Range, "invalid merge", "the value of a << merge key must be a mapping or a list of mappings; it is ignored")
		}
	}
	if n.Style&yaml.FlowStyle != 0 && p < len(r.t.b) && r.t.b[p] == '{' {
		if end == p {
			end = p + 1
		}
		end = r.closing(end, '}')
	}
	return &parser.Value{Kind: parser.Object, Attrs: attrs, Range: r.t.rng(p, end)}
}
