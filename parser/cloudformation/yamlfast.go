package cloudformation

import (
	"encoding/binary"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/parser"
)

// The fast YAML reader builds parser.Values straight from the source, without
// yaml.v3's node tree, for the YAML that CloudFormation templates are written
// in: one document (an optional leading ---), block and flow mappings and
// sequences, plain, quoted, literal and folded scalars on which yaml.v3 and
// the YAML 1.1/1.2 rules agree, comments, and the short-form tags. It yields
// exactly the Values, positions and diagnostics that yaml.v3 followed by
// yamlReader.conv yields; anything outside that subset (anchors, aliases,
// merge keys, complex keys, duplicate keys, explicit indentation of block scalars, tabs
// outside scalars, !! and verbatim tags, a tag on a mapping the template test looks into
// (Resources' value, a resource), directives,
// several documents, characters yaml.v3 refuses, any syntax error...) makes
// it give up, and the file is read by yaml.v3 as before.
// TestFastYAMLSameAsYAMLV3, TestFastYAMLCases and FuzzFastYAML compare both
// readers.

// fastBail is the panic value with which the fast reader gives up.
type fastBail struct{}

type fastEntry struct {
	key  string
	krng parser.Range
	v    *parser.Value
}

type fastYAML struct {
	r *yamlReader
	t *text
	b []byte
	// cache holds recent short strings by hash, so that a key or a
	// scalar written many times in a file (Type, Properties, a logical
	// id, tcp...) is one string.
	cache [256]string
	elems []*parser.Value
	ents  []fastEntry
	at    int // the last content nextContent found, for tests
	// dupsToSlowPath leaves every mapping with a duplicate key to the
	// slow path (YAML: yaml.v3's template test reads every entry of
	// Resources, where the Values keep one per key).
	dupsToSlowPath bool
}

func bail() { panic(fastBail{}) }

// str returns b[from:to] as a string, the cached one when it is there.
func (f *fastYAML) str(from, to int) string {
	bs := f.b[from:to]
	if len(bs) > 40 {
		return string(bs)
	}
	h := uint32(2166136261)
	for _, c := range bs {
		h = (h ^ uint32(c)) * 16777619
	}
	slot := &f.cache[h%uint32(len(f.cache))]
	if *slot != string(bs) {
		*slot = string(bs)
	}
	return *slot
}

// readYAMLFast reads t as one YAML document whose root is a block mapping.
// ok is false when the file is outside the subset the fast reader handles.
func readYAMLFast(t *text) (root *parser.Value, r *yamlReader, ok bool) {
	if !fastYAMLPlausible(t.b) {
		return nil, nil, false
	}
	f := &fastYAML{r: &yamlReader{t: t, budget: maxNodes}, t: t, b: t.b, dupsToSlowPath: true}
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(fastBail); !ok {
				panic(e)
			}
			root, r, ok = nil, nil, false
		}
	}()
	root = f.document()
	return root, f.r, true
}

// fastYAMLPlausible rejects, before reading, what the fast reader does not
// handle anywhere in a file: characters yaml.v3 refuses, line breaks other
// than \n, \r\n and \r, byte order marks inside the text, directives, and
// document markers after the first line of content.
func fastYAMLPlausible(b []byte) bool {
	lineStart := true
	content := false // a line of content seen
	for i := 0; i < len(b); {
		// Eight bytes at a time inside a line while they are printable
		// ASCII other than #: content unless they are all spaces.
		if !lineStart && i+8 <= len(b) {
			if x := binary.LittleEndian.Uint64(b[i:]); x&highBits == 0 && (x-lowBits*0x20)&^x&highBits == 0 &&
				!hasByte(x, 0x7f) && !hasByte(x, '#') {
				content = content || x != lowBits*' '
				i += 8
				continue
			}
		}
		c := b[i]
		if lineStart {
			lineStart = false
			if c == '%' {
				return false
			}
			if i+3 <= len(b) && (string(b[i:i+3]) == "---" || string(b[i:i+3]) == "...") &&
				(i+3 == len(b) || b[i+3] == ' ' || b[i+3] == '\t' || b[i+3] == '\n' || b[i+3] == '\r') {
				if content || b[i] == '.' {
					return false
				}
			}
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\r':
				lineStart = true
			case c == '\t' || c == ' ':
			case c == '#':
				// A comment line is not content; skip to its end.
				// yaml.v3 checks every character of the input, a
				// comment's too.
				for i < len(b) && b[i] != '\n' && b[i] != '\r' {
					if b[i] >= utf8.RuneSelf {
						w, ok := fastRuneOK(b[i:])
						if !ok {
							return false
						}
						i += w
						continue
					}
					if b[i] < 0x20 && b[i] != '\t' || b[i] == 0x7f {
						return false
					}
					i++
				}
				continue
			case c < 0x20 || c == 0x7f:
				return false
			default:
				content = true
			}
			i++
			continue
		}
		content = true
		w, ok := fastRuneOK(b[i:])
		if !ok {
			return false
		}
		i += w
	}
	return true
}

// fastRuneOK decodes the non-ASCII character at the start of b and says
// whether the fast reader may read it: valid UTF-8 that yaml.v3 accepts
// (#x85, [#xA0-#xD7FF], [#xE000-#xFFFD] and [#x10000-#x10FFFF]), less NEL,
// LS and PS, which break lines, and a byte order mark, all left to yaml.v3.
func fastRuneOK(b []byte) (width int, ok bool) {
	r, w := utf8.DecodeRune(b)
	if r == utf8.RuneError && w <= 1 {
		return w, false
	}
	if r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xFEFF ||
		!(r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
		return w, false
	}
	return w, true
}

// enter counts a node against the limits as conv does; the fast reader
// leaves a document over them to yaml.v3's path, which reports it.
func (f *fastYAML) enter(depth int) {
	if depth > maxDepth {
		bail()
	}
	f.r.budget--
	if f.r.budget < 0 {
		bail()
	}
}

func (f *fastYAML) document() *parser.Value {
	f.enter(0) // the document node
	c := f.nextContent(0)
	if c+3 <= len(f.b) && string(f.b[c:c+3]) == "---" && f.col(c) == 0 {
		q := f.skipBlanks(c + 3)
		if !f.atLineEnd(q) {
			bail()
		}
		c = f.nextContent(q)
	}
	if c >= len(f.b) {
		bail()
	}
	if !f.keyAhead(c) {
		bail() // the root is not a block mapping
	}
	root, c := f.mapping(c, 0)
	if c < len(f.b) {
		bail() // content left of the root mapping
	}
	return root
}

// col returns the column (0-based, in bytes) of p; the fast reader asks it
// only where a line's indentation or "- " indicators precede p.
func (f *fastYAML) col(p int) int { return p - f.t.start[f.t.lineOf(p)] }

// skipBlanks skips spaces; a tab gives up.
func (f *fastYAML) skipBlanks(p int) int {
	for p < len(f.b) && f.b[p] == ' ' {
		p++
	}
	if p < len(f.b) && f.b[p] == '\t' {
		bail()
	}
	return p
}

// atLineEnd reports whether p (after blanks) ends its line's content: the
// end of the file, a line break or a comment.
func (f *fastYAML) atLineEnd(p int) bool {
	if p >= len(f.b) || f.b[p] == '\n' || f.b[p] == '\r' {
		return true
	}
	if f.b[p] == '#' {
		if p > 0 && f.b[p-1] != ' ' && f.b[p-1] != '\n' && f.b[p-1] != '\r' {
			bail()
		}
		return true
	}
	return false
}

// nextContent returns the offset of the next content from p on: blanks,
// comments and line breaks skipped. len(b) at the end of the file.
func (f *fastYAML) nextContent(p int) int {
	b := f.b
	for {
		p = f.skipBlanks(p)
		if p >= len(b) {
			return len(b)
		}
		if b[p] == '#' {
			f.atLineEnd(p)
			for p < len(b) && b[p] != '\n' && b[p] != '\r' {
				p++
			}
			continue
		}
		if b[p] == '\r' || b[p] == '\n' {
			p += f.t.breakLen(p)
			continue
		}
		f.at = p
		return p
	}
}

// endLine checks that nothing but blanks and a comment follows p on its
// line, and returns the next content after it.
func (f *fastYAML) endLine(p int) int {
	p = f.skipBlanks(p)
	if !f.atLineEnd(p) {
		bail()
	}
	return f.nextContent(p)
}

func isBlankz(b []byte, p int) bool {
	return p >= len(b) || b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r'
}

// keyAhead reports whether the line's content at p is a block mapping key:
// a plain or quoted scalar followed by ':' and a blank on the same line.
func (f *fastYAML) keyAhead(p int) bool {
	b := f.b
	switch b[p] {
	case '"', '\'':
		_, e := f.quoted(p)
		if !f.oneLine(p, e) {
			return false
		}
		e = f.skipBlanks(e)
		return e < len(b) && b[e] == ':' && isBlankz(b, e+1)
	}
	if !f.plainStart(p, false) {
		return false
	}
	_, isKey := f.plainEnd(p, false)
	return isKey
}

// plainStart reports whether a plain scalar may start at p, as yaml.v3's
// scanner decides.
func (f *fastYAML) plainStart(p int, flow bool) bool {
	b := f.b
	switch b[p] {
	case '-':
		return !isBlankz(b, p+1)
	case '?', ':':
		return !flow && !isBlankz(b, p+1) && !(p+1 < len(b) && strings.IndexByte(",[]{}", b[p+1]) >= 0)
	case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\t', '\n', '\r':
		return false
	}
	return true
}

// plainEnd scans a plain scalar on one line from p: it returns the end of
// its text and whether it ends at a ':' that makes it a mapping key.
func (f *fastYAML) plainEnd(p int, flow bool) (end int, isKey bool) {
	b := f.b
	end = p
	for q := p; q < len(b); {
		c := b[q]
		switch c {
		case '\n', '\r':
			return end, false
		case ' ', '\t':
			q++
			continue
		case ':':
			if isBlankz(b, q+1) {
				return end, true
			}
			if flow && strings.IndexByte(",[]{}", b[q+1]) >= 0 {
				bail()
			}
		case '#':
			if b[q-1] == ' ' || b[q-1] == '\t' {
				return end, false
			}
		case ',', '?', '[', ']', '{', '}':
			if flow {
				return end, false
			}
		}
		q++
		end = q
	}
	return end, false
}

// quoted reads a quoted scalar at p as yaml_parser_scan_flow_scalar does
// (escapes, and line breaks folded) and returns its value and the offset
// after its closing quote.
func (f *fastYAML) quoted(p int) (string, int) {
	b := f.b
	q := b[p]
	single := q == '\''
	i := p + 1
	// The common case: one line, no escapes.
	for j := i; j < len(b); j++ {
		c := b[j]
		if c == q {
			if single && j+1 < len(b) && b[j+1] == '\'' {
				break
			}
			return f.str(i, j), j + 1
		}
		if c == '\\' && !single || c == '\n' || c == '\r' {
			break
		}
	}
	var s, ws []byte
	leadingBreak, trailing := false, 0
	for {
		if i >= len(b) {
			bail() // unexpected end of stream
		}
		leadingBlanks := false
	chars:
		for i < len(b) && !isBlankz(b, i) {
			c := b[i]
			switch {
			case single && c == '\'' && i+1 < len(b) && b[i+1] == '\'':
				s = append(s, '\'')
				i += 2
			case single && c == '\'', !single && c == '"':
				break chars
			case !single && c == '\\' && i+1 < len(b) && (b[i+1] == '\n' || b[i+1] == '\r'):
				i++
				i += f.t.breakLen(i)
				leadingBlanks = true
				break chars
			case !single && c == '\\':
				s, i = f.escape(s, i)
			default:
				s = append(s, c)
				i++
			}
		}
		if i >= len(b) {
			bail()
		}
		if b[i] == q {
			break
		}
		for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
			if b[i] == ' ' || b[i] == '\t' {
				if !leadingBlanks {
					ws = append(ws, b[i])
				}
				i++
				continue
			}
			if !leadingBlanks {
				ws = ws[:0]
				leadingBreak, leadingBlanks = true, true
			} else {
				trailing++
			}
			i += f.t.breakLen(i)
		}
		if leadingBlanks {
			if leadingBreak && trailing == 0 {
				s = append(s, ' ')
			}
			for ; trailing > 0; trailing-- {
				s = append(s, '\n')
			}
			leadingBreak = false
		} else {
			s = append(s, ws...)
			ws = ws[:0]
		}
	}
	return string(s), i + 1
}

// yamlEscapes are the one-character escapes of yaml.v3's double-quoted
// scalars and what they stand for.
var yamlEscapes = map[byte]string{
	'0': "\x00", 'a': "\x07", 'b': "\x08", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\x0B", 'f': "\x0C",
	'r': "\r", 'e': "\x1B", ' ': " ", '"': "\"", '\'': "'", '\\': "\\",
	'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// escape decodes the escape sequence at b[i] == '\\' of a double-quoted
// scalar onto s.
func (f *fastYAML) escape(s []byte, i int) ([]byte, int) {
	b := f.b
	if i+1 >= len(b) {
		bail()
	}
	n := 0
	switch c := b[i+1]; c {
	case 'x':
		n = 2
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		e, ok := yamlEscapes[c]
		if !ok {
			bail()
		}
		s = append(s, e...)
	}
	i += 2
	if n > 0 {
		if i+n > len(b) {
			bail()
		}
		v, err := strconv.ParseUint(string(b[i:i+n]), 16, 32)
		if err != nil || v >= 0xD800 && v <= 0xDFFF || v > 0x10FFFF {
			bail()
		}
		s = utf8.AppendRune(s, rune(v))
		i += n
	}
	return s, i
}

// oneLine reports whether b[p:e] holds no line break.
func (f *fastYAML) oneLine(p, e int) bool {
	for _, c := range f.b[p:e] {
		if c == '\n' || c == '\r' {
			return false
		}
	}
	return true
}

// mapping reads a block mapping whose first key is at p, the first content
// of its line or after "- ". Its keys are at p's column.
func (f *fastYAML) mapping(p, depth int) (*parser.Value, int) {
	f.enter(depth)
	m := f.col(p)
	start := f.t.pos(p)
	base := len(f.ents)
	diags := len(f.r.diags)
	end := p
	c := p
	for {
		key, kfrom, kto, after := f.key(c)
		f.enter(depth + 1)
		krng := f.t.rng(kfrom, kto)
		v, q := f.mapValue(after, m, depth+1)
		if e := f.r.endOf(v); e > end {
			end = e
		}
		f.ents = append(f.ents, fastEntry{key, krng, v})
		c = f.nextContent(q)
		if c >= len(f.b) {
			break
		}
		if ind := f.col(c); ind < m {
			break
		} else if ind > m {
			bail()
		}
	}
	attrs := f.attrs(base, diags)
	return &parser.Value{Kind: parser.Object, Attrs: attrs, Range: f.t.rngAt(start, p, end)}, c
}

// takeElems returns the elements read since base as a slice of their own.
func (f *fastYAML) takeElems(base int) []*parser.Value {
	elems := make([]*parser.Value, len(f.elems)-base)
	copy(elems, f.elems[base:])
	clear(f.elems[base:])
	f.elems = f.elems[:base]
	return elems
}

// attrs builds the attributes of a mapping from the entries read since
// base, in order, as conv's putKey does.
func (f *fastYAML) attrs(base, diags int) map[string]*parser.Value {
	ents := f.ents[base:]
	attrs := make(map[string]*parser.Value, len(ents))
	for i := range ents {
		e := &ents[i]
		if _, dup := attrs[e.key]; dup {
			if f.dupsToSlowPath || len(f.r.diags) != diags {
				// The duplicate's warning would come after the
				// warnings of the values read since; leave the order
				// to the slow path, as every YAML duplicate
				// (dupsToSlowPath).
				bail()
			}
			putKey(attrs, e.key, e.krng, e.v, &f.r.diags)
			continue
		}
		// putKey without its second look for a duplicate.
		e.v.KeyRange = e.krng
		attrs[e.key] = e.v
	}
	clear(ents)
	f.ents = f.ents[:base]
	return attrs
}

// key reads a block mapping key at c and returns its text, its range and
// the offset after its ':'.
func (f *fastYAML) key(c int) (key string, from, to, after int) {
	b := f.b
	switch b[c] {
	case '"', '\'':
		key, to = f.quoted(c)
		if !f.oneLine(c, to) {
			bail()
		}
		e := f.skipBlanks(to)
		if e >= len(b) || b[e] != ':' || !isBlankz(b, e+1) {
			bail()
		}
		after = e + 1
	default:
		if !f.plainStart(c, false) {
			bail()
		}
		var isKey bool
		to, isKey = f.plainEnd(c, false)
		if !isKey {
			bail()
		}
		key = f.str(c, to)
		if key == "<<" {
			bail() // a merge key
		}
		after = f.skipBlanks(to)
		after++ // the ':'
	}
	if to-c > 1000 {
		bail() // yaml.v3 limits simple keys to 1024 characters
	}
	return key, c, to, after
}

// mapValue reads the value of a block mapping entry whose ':' ends at p; m
// is the mapping's indentation. It returns the value and the offset where
// its last line's content ends.
func (f *fastYAML) mapValue(p, m, depth int) (*parser.Value, int) {
	b := f.b
	q := f.skipBlanks(p)
	if f.atLineEnd(q) {
		c := f.nextContent(q)
		if c < len(b) {
			if ind := f.col(c); ind > m {
				return f.ownLine(c, m, depth, false)
			} else if ind == m && b[c] == '-' && isBlankz(b, c+1) {
				return f.sequence(c, depth)
			}
		}
		return f.empty(p, depth), p
	}
	return f.inline(q, m, depth, false, false)
}

// empty returns the null scalar yaml.v3 makes of an empty value whose
// indicator ends at p.
func (f *fastYAML) empty(p, depth int) *parser.Value {
	f.enter(depth)
	return &parser.Value{Kind: parser.Null, Range: f.t.rng(p, p)}
}

// ownLine reads a block node that starts a line at c, inside a block
// collection of indentation parent.
func (f *fastYAML) ownLine(c, parent, depth int, tag bool) (*parser.Value, int) {
	b := f.b
	if b[c] == '-' && isBlankz(b, c+1) {
		return f.sequence(c, depth)
	}
	return f.inline(c, parent, depth, true, tag)
}

// sequence reads a block sequence whose first "-" is at p. It returns the
// sequence and the next content after it.
func (f *fastYAML) sequence(p, depth int) (*parser.Value, int) {
	f.enter(depth)
	b := f.b
	s := f.col(p)
	start := f.t.pos(p)
	base := len(f.elems)
	end := p
	c, q := p, p
	for {
		var it *parser.Value
		after := f.skipBlanks(c + 1)
		if f.atLineEnd(after) {
			nc := f.nextContent(after)
			if nc < len(b) && f.col(nc) > s {
				it, q = f.ownLine(nc, s, depth+1, false)
			} else {
				it, q = f.empty(c+1, depth+1), c+1
			}
		} else {
			if b[after] == '-' && isBlankz(b, after+1) {
				it, q = f.sequence(after, depth+1) // - - x
			} else {
				it, q = f.inline(after, s, depth+1, true, false)
			}
		}
		if e := f.r.endOf(it); e > end {
			end = e
		}
		f.elems = append(f.elems, it)
		c = f.nextContent(q)
		if c >= len(b) {
			break
		}
		if ind := f.col(c); ind < s {
			break
		} else if ind > s {
			bail()
		}
		if b[c] != '-' || !isBlankz(b, c+1) {
			break // the end of an indentless sequence; the mapping checks
		}
	}
	return &parser.Value{Kind: parser.List, Elems: f.takeElems(base), Range: f.t.rngAt(start, p, end)}, c
}

// inline reads a node starting at c on a line whose indicator (":" or "-")
// belongs to a block collection of indentation parent. A block mapping may
// start there when mapOK (after "- " or at a line's start).
func (f *fastYAML) inline(c, parent, depth int, mapOK, tag bool) (*parser.Value, int) {
	b := f.b
	switch b[c] {
	case '!':
		if tag {
			bail()
		}
		return f.tagged(c, parent, depth, false, !mapOK)
	case '&', '*', '?', '%', '@', '`', ',', ']', '}', '#':
		bail()
	case '-':
		if isBlankz(b, c+1) {
			bail()
		}
	case '|', '>':
		f.enter(depth)
		return f.blockScalar(c, parent)
	case '[', '{':
		v, q := f.flow(c, parent, depth)
		q = f.skipBlanks(q)
		if !f.atLineEnd(q) {
			bail() // a flow key or trailing text
		}
		return v, q
	case '"', '\'':
		if f.keyAhead(c) {
			if !mapOK {
				bail()
			}
			return f.mapping(c, depth)
		}
		f.enter(depth)
		s, e := f.quoted(c)
		q := f.skipBlanks(e)
		if !f.atLineEnd(q) {
			bail()
		}
		return newScalar(tStr, s, f.t.rng(c, e)), q
	}
	if !f.plainStart(c, false) {
		bail()
	}
	e, isKey := f.plainEnd(c, false)
	if isKey {
		if !mapOK {
			bail()
		}
		return f.mapping(c, depth)
	}
	f.enter(depth)
	var s string
	if f.continues(e, parent) {
		s = f.plainLines(c, parent)
		e = f.r.plainEnd(c, s)
	} else {
		s = f.str(c, e)
	}
	typ := tStr
	if !tag {
		typ = plainType(s)
	}
	return newScalar(typ, s, f.t.rng(c, e)), e
}

// continues reports whether the plain scalar whose first line ends at e
// goes on to the next lines: a line deeper than parent that is not a
// comment follows, after blank lines only.
func (f *fastYAML) continues(e, parent int) bool {
	b := f.b
	q := e
	for q < len(b) && (b[q] == ' ' || b[q] == '\t') {
		q++
	}
	if q >= len(b) || b[q] == '#' {
		return false
	}
	for q < len(b) {
		if n := f.t.breakLen(q); n > 0 {
			q += n
			ls := q
			for q < len(b) && b[q] == ' ' {
				q++
			}
			if q < len(b) && f.t.breakLen(q) == 0 {
				return q-ls > parent && b[q] != '#'
			}
			continue
		}
		return false
	}
	return false
}

// plainLines reads a plain scalar of several lines at p, in a block
// collection of indentation parent, as yaml_parser_scan_plain_scalar does.
func (f *fastYAML) plainLines(p, parent int) string {
	b := f.b
	indent := parent + 1
	var s, ws []byte
	leadingBlanks, leadingBreak, trailing := false, false, 0
	i := p
	lines := 0
	for {
		if i >= len(b) || b[i] == '#' {
			break
		}
		for i < len(b) && !isBlankz(b, i) {
			if b[i] == ':' && isBlankz(b, i+1) {
				if lines > 0 {
					bail() // a key after a scalar of several lines
				}
				break
			}
			if leadingBlanks || len(ws) > 0 {
				if leadingBlanks {
					if leadingBreak && trailing == 0 {
						s = append(s, ' ')
					}
					for ; trailing > 0; trailing-- {
						s = append(s, '\n')
					}
					leadingBreak, leadingBlanks = false, false
				} else {
					s = append(s, ws...)
				}
				ws = ws[:0]
			}
			s = append(s, b[i])
			i++
		}
		if i >= len(b) || !(b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
			break
		}
		for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
			switch {
			case b[i] == '\t' && leadingBlanks:
				bail()
			case b[i] == ' ' || b[i] == '\t':
				if !leadingBlanks {
					ws = append(ws, b[i])
				}
				i++
			case !leadingBlanks:
				ws = ws[:0]
				leadingBreak, leadingBlanks = true, true
				i += f.t.breakLen(i)
				lines++
			default:
				trailing++
				i += f.t.breakLen(i)
				lines++
			}
		}
		if leadingBlanks && (i >= len(b) || f.col(i) < indent) {
			break
		}
	}
	return string(s)
}

func isTagChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ':'
}

// tagged reads a node with a local tag such as !Ref at c and returns its
// long form, as conv does. indentless tells that the node is a block
// mapping's value, which may be a sequence at the mapping's indentation.
func (f *fastYAML) tagged(c, parent, depth int, flow, indentless bool) (*parser.Value, int) {
	b := f.b
	q := c + 1
	for q < len(b) && isTagChar(b[q]) {
		q++
	}
	if q == c+1 || !isBlankz(b, q) {
		bail()
	}
	p := f.skipBlanks(q)
	var out *parser.Value
	var end int
	switch {
	case f.atLineEnd(p):
		if flow {
			bail()
		}
		nc := f.nextContent(p)
		if indentless && nc < len(b) && f.col(nc) == parent && b[nc] == '-' && isBlankz(b, nc+1) {
			// Key: !Join
			// - ...
			p = nc
			out, end = f.sequence(nc, depth)
			break
		}
		if nc >= len(b) || f.col(nc) <= parent {
			// An empty scalar, as in !GetAZs with no argument. yaml.v3
			// puts it after the tag and the blanks that follow it.
			f.enter(depth)
			out, end = newScalar(tStr, "", f.t.rng(p, p)), p
			break
		}
		p = nc
		out, end = f.ownLine(nc, parent, depth, true)
	case flow && (b[p] == ',' || b[p] == ']' || b[p] == '}'):
		// [!GetAZs ]: an empty scalar where the tag's blanks end.
		f.enter(depth)
		out, end = newScalar(tStr, "", f.t.rng(p, p)), p
	case flow:
		out, end = f.flowItem(p, parent, depth, true)
	default:
		out, end = f.inline(p, parent, depth, false, true)
	}
	if out.Kind == parser.Object && p < len(b) && b[p] != '!' && depth <= 2 {
		// A tag on a mapping where the template test looks (Resources'
		// value, a resource): yaml.v3's test looks through the tag into
		// the mapping, the Values see its long form; left to yaml.v3.
		// Deeper (!Base64 {Fn::Sub: ...} in a property), the test does
		// not look and the long form is what both readers make.
		bail()
	}
	if fn, ok := shortForms[string(b[c:q])]; ok {
		// A CloudFormation short form: no string for the tag.
		return f.r.longForm(fn, out, p, c, q), end
	}
	n := yaml.Node{Style: yaml.TaggedStyle, Tag: f.str(c, q)}
	return f.r.tagged(&n, out, p, c, q), end
}

// flowSkip skips blanks, comments and line breaks inside a flow collection;
// a line that does not go deeper than the block collection around gives up.
func (f *fastYAML) flowSkip(p, parent int) int {
	c := f.nextContent(p)
	if c >= len(f.b) {
		bail()
	}
	if f.t.lineOf(c) != f.t.lineOf(p) && f.col(c) <= parent {
		bail()
	}
	return c
}

// flow reads a flow collection at p, inside a block collection of
// indentation parent, and returns it and the offset after it.
func (f *fastYAML) flow(p, parent, depth int) (*parser.Value, int) {
	f.enter(depth)
	b := f.b
	end := p
	q := f.flowSkip(p+1, parent)
	if b[p] == '[' {
		base := len(f.elems)
		for b[q] != ']' {
			it, e := f.flowItem(q, parent, depth+1, false)
			if e := f.r.endOf(it); e > end {
				end = e
			}
			f.elems = append(f.elems, it)
			q = f.flowSkip(e, parent)
			if b[q] == ',' {
				q = f.flowSkip(q+1, parent)
				if b[q] == ']' || b[q] == ',' {
					bail()
				}
			} else if b[q] != ']' {
				bail()
			}
		}
		elems := f.takeElems(base)
		if end == p {
			end = p + 1
		}
		return &parser.Value{Kind: parser.List, Elems: elems, Range: f.t.rng(p, f.r.closing(end, ']'))}, q + 1
	}
	base := len(f.ents)
	diags := len(f.r.diags)
	for b[q] != '}' {
		var key string
		var kto int
		switch b[q] {
		case '"', '\'':
			key, kto = f.quoted(q)
			if !f.oneLine(q, kto) {
				bail()
			}
		default:
			if !f.plainStart(q, true) {
				bail()
			}
			kto, _ = f.plainEnd(q, true)
			key = f.str(q, kto)
			if key == "<<" {
				bail()
			}
		}
		f.enter(depth + 1)
		krng := f.t.rng(q, kto)
		e := f.skipBlanks(kto)
		if e >= len(b) || b[e] != ':' || !isBlankz(b, e+1) {
			bail()
		}
		q = f.flowSkip(e+1, parent)
		v, e := f.flowItem(q, parent, depth+1, false)
		if e := f.r.endOf(v); e > end {
			end = e
		}
		f.ents = append(f.ents, fastEntry{key, krng, v})
		q = f.flowSkip(e, parent)
		if b[q] == ',' {
			q = f.flowSkip(q+1, parent)
			if b[q] == '}' || b[q] == ',' {
				bail()
			}
		} else if b[q] != '}' {
			bail()
		}
	}
	attrs := f.attrs(base, diags)
	if end == p {
		end = p + 1
	}
	return &parser.Value{Kind: parser.Object, Attrs: attrs, Range: f.t.rng(p, f.r.closing(end, '}'))}, q + 1
}

// flowItem reads a node inside a flow collection at q.
func (f *fastYAML) flowItem(q, parent, depth int, tag bool) (*parser.Value, int) {
	b := f.b
	switch b[q] {
	case '[', '{':
		return f.flow(q, parent, depth)
	case '"', '\'':
		f.enter(depth)
		s, e := f.quoted(q)
		return newScalar(tStr, s, f.t.rng(q, e)), e
	case '!':
		if tag {
			bail()
		}
		return f.tagged(q, parent, depth, true, false)
	}
	if !f.plainStart(q, true) {
		bail()
	}
	e, isKey := f.plainEnd(q, true)
	if isKey {
		bail() // a single-pair mapping in a sequence, or a: b: c
	}
	f.enter(depth)
	s := f.str(q, e)
	typ := tStr
	if !tag {
		typ = plainType(s)
	}
	return newScalar(typ, s, f.t.rng(q, e)), e
}

// blockScalar reads a literal or folded scalar whose indicator is at p, in
// a block collection of indentation parent, as yaml.v3's scanner does. It
// returns the scalar and the start of the line where it stopped.
func (f *fastYAML) blockScalar(p, parent int) (*parser.Value, int) {
	t, b := f.t, f.b
	literal := b[p] == '|'
	i := p + 1
	chomp := 0
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		chomp = 1
		if b[i] == '-' {
			chomp = -1
		}
		i++
	}
	if i < len(b) && b[i] >= '0' && b[i] <= '9' {
		bail() // an explicit indentation
	}
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i < len(b) && b[i] == '#' {
		if b[i-1] != ' ' && b[i-1] != '\t' {
			bail()
		}
		for i < len(b) && b[i] != '\n' && b[i] != '\r' {
			i++
		}
	}
	if i < len(b) && b[i] != '\n' && b[i] != '\r' {
		bail()
	}
	rng := f.t.rng(p, f.r.blockEnd(p, parent))
	if i >= len(b) {
		return newScalar(tStr, "", rng), len(b)
	}
	l := t.lineOf(p) + 1
	indent, trailing := 0, 0
	// breaks eats the indentation and the empty lines from line l on, as
	// yaml_parser_scan_block_scalar_breaks, and returns the column reached.
	breaks := func() int {
		maxInd, k := 0, 0
		for {
			st, en := t.start[l], t.end[l]
			k = 0
			for (indent == 0 || k < indent) && st+k < en && b[st+k] == ' ' {
				k++
			}
			maxInd = max(maxInd, k)
			if (indent == 0 || k < indent) && st+k < en && b[st+k] == '\t' {
				bail()
			}
			if st+k < en || en == len(b) {
				break
			}
			trailing++
			l++
		}
		if indent == 0 {
			indent = max(maxInd, parent+1, 1)
		}
		return k
	}
	var s []byte
	leadingBreak, leadingBlank := false, false
	k := breaks()
	for {
		st, en := t.start[l], t.end[l]
		if k != indent || st+k >= en {
			break
		}
		trailingBlank := b[st+k] == ' ' || b[st+k] == '\t'
		if !literal && !leadingBlank && !trailingBlank && leadingBreak {
			if trailing == 0 {
				s = append(s, ' ')
			}
		} else if leadingBreak {
			s = append(s, '\n')
		}
		for ; trailing > 0; trailing-- {
			s = append(s, '\n')
		}
		leadingBlank = trailingBlank
		s = append(s, b[st+k:en]...)
		if en == len(b) {
			leadingBreak = false
			break
		}
		leadingBreak = true
		l++
		k = breaks()
	}
	if chomp != -1 && leadingBreak {
		s = append(s, '\n')
	}
	if chomp == 1 {
		for ; trailing > 0; trailing-- {
			s = append(s, '\n')
		}
	}
	q := len(b)
	if l < t.lines() {
		q = t.start[l]
	}
	return newScalar(tStr, string(s), rng), q
}

var yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// plainType returns the type yaml.v3 resolves a plain scalar to, among
// those scalarType tells apart (a timestamp is a string to the model).
func plainType(s string) string {
	if s == "" {
		return tNull
	}
	c := s[0]
	switch {
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.':
	case strings.IndexByte("yYnNtTfFoO~<", c) >= 0:
	default:
		return tStr
	}
	switch s {
	case "~", "null", "Null", "NULL":
		return tNull
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return tBool
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return tFloat
	}
	switch {
	case c == '.':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return tFloat
		}
	case c >= '0' && c <= '9', c == '+', c == '-':
		plain := strings.ReplaceAll(s, "_", "")
		if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
			return tInt
		}
		if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return tInt
		}
		if yamlStyleFloat.MatchString(plain) {
			if _, err := strconv.ParseFloat(plain, 64); err == nil {
				return tFloat
			}
		}
		for _, pre := range []struct {
			prefix string
			base   int
		}{{"0b", 2}, {"0o", 8}} {
			if strings.HasPrefix(plain, pre.prefix) {
				if _, err := strconv.ParseInt(plain[2:], pre.base, 64); err == nil {
					return tInt
				}
				if _, err := strconv.ParseUint(plain[2:], pre.base, 64); err == nil {
					return tInt
				}
			} else if strings.HasPrefix(plain, "-"+pre.prefix) {
				if _, err := strconv.ParseInt("-"+plain[3:], pre.base, 64); err == nil {
					return tInt
				}
			}
		}
	}
	return tStr
}

// fastIsTemplate answers isTemplateYAML for a document read by the fast
// reader; ok is false when the Values cannot tell (a tagged Type).
func fastIsTemplate(root *parser.Value) (is, ok bool) {
	if root.Attrs["AWSTemplateFormatVersion"] != nil {
		return true, true
	}
	res := root.Attrs["Resources"]
	if res == nil || res.Kind != parser.Object {
		return false, true
	}
	ok = true
	for _, r := range res.Attrs {
		if r.Kind != parser.Object {
			continue
		}
		typ := r.Attrs["Type"]
		switch {
		case typ == nil:
		case typ.Kind == parser.Object || typ.Kind == parser.List:
			ok = false
		case typ.Kind == parser.String && isResourceType(typ.Str):
			return true, true
		}
	}
	return false, ok
}
