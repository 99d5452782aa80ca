package terraform

import (
	"bytes"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser/terraform/hclscan"
)

// A large file's resource and data blocks are parsed twice: once when the
// file is read, for their headers, the names their expressions refer to
// and the certainty that they have no syntax error, and again from their
// own source when they are evaluated (lazyBlock). On bench/gen's 30,000
// resources the first parse was a fifth of lint's CPU, and its trees,
// emptied at once, most of the parse's allocation. So the first parse
// reads a block's body itself when the body keeps to a plain subset of
// HCL's native syntax that it can check completely (quickBody): arguments
// and nested blocks, quoted strings with simple escapes and ${}
// interpolations, numbers, references with literal indexes, function
// calls, tuples and objects. A block whose body it reads is handed to
// HCL's parser with the body blanked (every byte but the line breaks made
// a space: same offsets, lines and, as the closing brace stands alone on
// its line, columns), so that HCL still gives the header, the ranges and
// the rest of the piece; anything outside the subset (operators,
// conditionals, for expressions, heredocs, directives, splats, block
// comments, single-line blocks...) leaves the block to HCL as before. The
// subset is one HCL accepts without a diagnostic: TestQuickBodyAgrees and
// FuzzQuickBody compare it with HCL's parser, on every accepted block, in
// both directions of a mutation.
//
// The names read (refName) are those of every reference, a superset of
// what the undeclared-reference check reads from HCL's tree (it also skips
// a dynamic block's iterator): they only decide whether that check parses
// the block again to place its warnings (declarations.anyUndeclared).

// quickItem is a resource or data block whose body quickBody read: the
// body's bytes from open (after its opening brace) to close (its closing
// brace), and the names its expressions refer to.
type quickItem struct {
	open, close int
	refs        []refName
	// The header, by offsets in the file: the keyword's and the labels'
	// (with their quotes), and the opening brace's; the line of the
	// header and of the closing brace, and where they start.
	kw, label1, label2       [2]int
	line, lineStart          int
	closeLine, closeLineFrom int
	// plain is true when the header's line is ASCII up to the opening
	// brace (its columns are then offsets).
	plain bool
	// meta is true when the body sets count, for_each, depends_on or
	// provider.
	meta bool
}

// blankQuick returns src (the piece of data from start) with the bodies of
// the resource and data blocks quickBody reads blanked, and those blocks
// by the offset in data of their items' boundaries. items are the
// boundaries of the piece's items followed by the next one (or none at
// the end of data). src is returned as is when no block is read.
func blankQuick(data []byte, start, end int, items []hclscan.Boundary) ([]byte, map[int]*quickItem) {
	src, quick, _ := blankQuickAll(data, start, end, items, false)
	return src, quick
}

// blankQuickAll is blankQuick that also reports, when build is set,
// whether every item of the piece is either a block quickBlockAt read
// with a plain header or blank lines and line comments: pieceBody can
// then build the piece's body, and src is not blanked.
func blankQuickAll(data []byte, start, end int, items []hclscan.Boundary, build bool) ([]byte, map[int]*quickItem, bool) {
	var quick map[int]*quickItem
	all := build
	for k := range items {
		from := items[k].Byte
		if from >= end {
			break
		}
		to := end
		if k+1 < len(items) {
			to = min(items[k+1].Byte, end)
		}
		if q := quickBlockAt(data, from, to, items[k].Line); q != nil {
			if quick == nil {
				quick = map[int]*quickItem{}
			}
			quick[from] = q
			all = all && q.plain
		} else if all && !blankItem(data, from, to) {
			all = false
		}
	}
	src := data[start:end]
	if quick == nil {
		return src, nil, false
	}
	if all {
		return src, quick, true
	}
	src = slices.Clone(src)
	for _, q := range quick {
		for i := q.open; i < q.close; i++ {
			if src[i-start] != '\n' {
				src[i-start] = ' '
			}
		}
	}
	return src, quick, false
}

// pieceBody builds the body HCL's parser gives for a piece whose items
// blankQuickAll found all quick or blank, with the blocks in source
// order (their bodies empty, as makeLazy leaves them). Its own ranges
// are not HCL's: parsePieces uses it only for pieces in the middle of
// the file, whose ranges the joined body does not read.
func pieceBody(data []byte, filename string, items []hclscan.Boundary, end int, quick map[int]*quickItem) *hclsyntax.Body {
	body := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}, Blocks: hclsyntax.Blocks{}}
	for _, b := range items {
		if b.Byte >= end {
			break
		}
		if q := quick[b.Byte]; q != nil {
			body.Blocks = append(body.Blocks, q.header(data, filename))
		}
	}
	first, last := items[0], end
	body.SrcRange = hcl.Range{Filename: filename, Start: hcl.Pos{Line: first.Line, Column: 1, Byte: first.Byte}, End: hcl.Pos{Line: first.Line, Column: 1, Byte: last}}
	body.EndRange = hcl.Range{Filename: filename, Start: body.SrcRange.End, End: body.SrcRange.End}
	return body
}

// quickBlock reads the item data[from:to] when it is a resource or data
// block in the subset: leading blank lines and line comments, the
// header `resource "type" "name" {` (or data), a body quickBody reads,
// its closing brace alone on its line, and then only blank lines and line
// comments. It returns nil otherwise.
func quickBlock(data []byte, from, to int) *quickItem {
	return quickBlockAt(data, from, to, 0)
}

// quickBlockAt is quickBlock for an item starting at line line (0 when
// not known: the lines in the result are then relative).
func quickBlockAt(data []byte, from, to, line int) *quickItem {
	s := quickScanner{src: data[:to], i: from}
	q := &quickItem{line: line, lineStart: from}
	for {
		s.spaces()
		if !s.lineEnd() {
			break
		}
		q.line++
		q.lineStart = s.i
	}
	if s.i >= to {
		return nil
	}
	q.kw[0] = s.i
	kw := string(s.ident())
	if kw != "resource" && kw != "data" {
		return nil
	}
	q.kw[1] = s.i
	for l := range 2 {
		if !s.spaces1() {
			return nil
		}
		at := s.i
		if !s.label() {
			return nil
		}
		if l == 0 {
			q.label1 = [2]int{at, s.i}
		} else {
			q.label2 = [2]int{at, s.i}
		}
	}
	s.spaces()
	if !s.at('{') {
		return nil
	}
	q.plain = true
	for _, c := range data[q.lineStart:s.i] {
		if c >= 0x80 {
			q.plain = false
		}
	}
	s.i++
	open := s.i
	s.spaces()
	if !s.lineEnd() {
		return nil
	}
	if !s.body(0, true) {
		return nil
	}
	// s.i is at the closing brace, first on its line after blanks.
	closeAt := s.i
	q.closeLine = q.line + bytes.Count(data[open:closeAt], []byte{'\n'})
	q.closeLineFrom = bytes.LastIndexByte(data[:closeAt], '\n') + 1
	s.i++
	s.spaces()
	if s.i < to && !s.lineEnd() {
		return nil
	}
	for s.i < to {
		s.spaces()
		if s.i < to && !s.lineEnd() {
			return nil
		}
	}
	if s.tooMany {
		return nil
	}
	q.open, q.close, q.refs, q.meta = open, closeAt, s.refs, s.meta
	return q
}

// header returns the block quickBlockAt read, as HCL's parser gives it
// with its body emptied (emptyBody), in file filename. q.plain must be
// set.
func (q *quickItem) header(data []byte, filename string) *hclsyntax.Block {
	at := func(line, lineFrom, i int) hcl.Pos {
		return hcl.Pos{Line: line, Column: i - lineFrom + 1, Byte: i}
	}
	head := func(from, to int) hcl.Range {
		return hcl.Range{Filename: filename, Start: at(q.line, q.lineStart, from), End: at(q.line, q.lineStart, to)}
	}
	open := head(q.open-1, q.open)
	closeRange := hcl.Range{Filename: filename, Start: at(q.closeLine, q.closeLineFrom, q.close), End: at(q.closeLine, q.closeLineFrom, q.close+1)}
	return &hclsyntax.Block{
		Type:   string(data[q.kw[0]:q.kw[1]]),
		Labels: []string{string(data[q.label1[0]+1 : q.label1[1]-1]), string(data[q.label2[0]+1 : q.label2[1]-1])},
		Body: &hclsyntax.Body{
			SrcRange: hcl.RangeBetween(open, closeRange),
			EndRange: hcl.Range{Filename: filename, Start: closeRange.End, End: closeRange.End},
		},
		TypeRange:       head(q.kw[0], q.kw[1]),
		LabelRanges:     []hcl.Range{head(q.label1[0], q.label1[1]), head(q.label2[0], q.label2[1])},
		OpenBraceRange:  open,
		CloseBraceRange: closeRange,
	}
}

// blankItem reports whether data[from:to] holds only blank lines and line
// comments.
func blankItem(data []byte, from, to int) bool {
	s := quickScanner{src: data[:to], i: from}
	for {
		s.spaces()
		if s.i >= to {
			return true
		}
		if !s.lineEnd() {
			return false
		}
	}
}

// quickScanner reads the subset of HCL's native syntax quickBody accepts.
// Every method that reads a construct reports false (or sets failed) when
// the input leaves the subset.
type quickScanner struct {
	src  []byte
	i    int
	refs []refName
	// interp counts the template interpolations open: line breaks and
	// comments inside one are left to HCL.
	interp int
	// tooMany is set when a block refers to more than quickMaxRefs
	// names: it is left to HCL.
	tooMany bool
	// meta is set when a top-level block's body sets count, for_each,
	// depends_on or provider (see evaluator.streamable).
	meta bool
}

// A body with more than quickMaxNames arguments, or a block with more
// than quickMaxRefs distinct references, is left to HCL: the checks for
// a repeated argument and a repeated reference compare each with all
// before it, which must stay bounded on hostile input.
const (
	quickMaxNames = 64
	quickMaxRefs  = 256
)

func (s *quickScanner) at(c byte) bool { return s.i < len(s.src) && s.src[s.i] == c }

func (s *quickScanner) peek(off int) byte {
	if s.i+off < len(s.src) {
		return s.src[s.i+off]
	}
	return 0
}

// spaces skips spaces and tabs.
func (s *quickScanner) spaces() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// spaces1 skips at least one space or tab.
func (s *quickScanner) spaces1() bool {
	at := s.i
	s.spaces()
	return s.i > at
}

// lineEnd reads the end of a line: a line break (LF or CRLF) or a line
// comment (# or //) with the line break that ends it.
func (s *quickScanner) lineEnd() bool {
	if s.interp > 0 {
		return false
	}
	switch {
	case s.at('\n'):
		s.i++
		return true
	case s.at('\r') && s.peek(1) == '\n':
		s.i += 2
		return true
	case s.at('#') || (s.at('/') && s.peek(1) == '/'):
		for s.i < len(s.src) && s.src[s.i] != '\n' {
			if s.src[s.i] == '\r' && s.peek(1) != '\n' {
				return false
			}
			s.i++
		}
		if s.i >= len(s.src) {
			return false
		}
		s.i++
		return true
	}
	return false
}

// blanks skips spaces, tabs and, where newlines are not significant
// (inside brackets and parentheses), line breaks and line comments.
func (s *quickScanner) blanks() {
	for {
		s.spaces()
		if !s.lineEnd() {
			return
		}
	}
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIdentByte(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9' || c == '-'
}

// ident reads an ASCII identifier, or returns nil. The bytes are src's.
func (s *quickScanner) ident() []byte {
	if s.i >= len(s.src) || !isIdentStart(s.src[s.i]) {
		return nil
	}
	at := s.i
	for s.i < len(s.src) && isIdentByte(s.src[s.i]) {
		s.i++
	}
	return s.src[at:s.i:s.i]
}

// label reads a block label: a quoted string of plain characters.
func (s *quickScanner) label() bool {
	if !s.at('"') {
		return false
	}
	s.i++
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '"':
			s.i++
			return true
		case c < 0x20 || c == 0x7f || c == '\\' || c == '$' || c == '%':
			return false
		}
		s.i++
	}
	return false
}

// body reads the items of a block's body, each ending with its line,
// up to the closing brace, first on its line, where it stops. top is true
// for a top-level block's body, whose provider arguments name provider
// configurations (blockReferences). In a lifecycle block nothing refers
// to a declaration (walkReferences): its references are not read.
func (s *quickScanner) body(depth int, top bool) bool {
	if depth > 32 {
		return false
	}
	// The names of the body's arguments, on the stack for most bodies.
	var buf [16][]byte
	names := buf[:0]
	for {
		s.spaces()
		if s.i >= len(s.src) {
			return false
		}
		if s.lineEnd() {
			continue
		}
		if s.at('}') {
			return true
		}
		name := s.ident()
		if name == nil {
			return false
		}
		s.spaces()
		if s.at('=') {
			if c := s.peek(1); c == '=' || c == '>' {
				return false
			}
			if len(names) == quickMaxNames || slices.ContainsFunc(names, func(b []byte) bool { return string(b) == string(name) }) {
				return false // HCL: "Attribute redefined"; or many: left to HCL's map
			}
			names = append(names, name)
			if top {
				switch string(name) {
				case "count", "for_each", "depends_on", "provider":
					s.meta = true
				}
			}
			s.i++
			s.spaces()
			n := len(s.refs)
			if !s.expr(depth) {
				return false
			}
			if top && (string(name) == "provider" || string(name) == "providers") {
				s.refs = s.refs[:n]
			}
			s.spaces()
			if !s.lineEnd() {
				return false
			}
			continue
		}
		for s.at('"') {
			if !s.label() {
				return false
			}
			s.spaces()
		}
		if !s.at('{') {
			return false
		}
		s.i++
		s.spaces()
		if !s.lineEnd() {
			return false
		}
		n := len(s.refs)
		if !s.body(depth+1, false) {
			return false
		}
		if string(name) == "lifecycle" {
			s.refs = s.refs[:n]
		}
		s.i++ // the closing brace
		s.spaces()
		if !s.lineEnd() {
			return false
		}
	}
}

// expr reads one expression term. No operator is read: one makes the
// caller fail.
func (s *quickScanner) expr(depth int) bool {
	if depth > 64 || s.i >= len(s.src) {
		return false
	}
	c := s.src[s.i]
	switch {
	case c == '"':
		return s.quoted(depth)
	case c >= '0' && c <= '9':
		for s.i < len(s.src) && s.src[s.i] >= '0' && s.src[s.i] <= '9' {
			s.i++
		}
		if s.at('.') && s.peek(1) >= '0' && s.peek(1) <= '9' {
			s.i++
			for s.i < len(s.src) && s.src[s.i] >= '0' && s.src[s.i] <= '9' {
				s.i++
			}
		}
		return s.i >= len(s.src) || !isIdentByte(s.src[s.i]) && s.src[s.i] != '.'
	case c == '[':
		return s.tuple(depth)
	case c == '{':
		return s.object(depth)
	case isIdentStart(c):
		return s.reference(depth)
	}
	return false
}

// reference reads a reference with attribute steps and literal indexes,
// a literal keyword or a function call.
func (s *quickScanner) reference(depth int) bool {
	root := s.ident()
	switch string(root) {
	case "for", "if", "in", "endif", "endfor", "else":
		return false
	case "true", "false", "null":
		return !s.at('.') && !s.at('[') && !s.at('(') && !s.at(':')
	}
	if s.at('(') {
		s.i++
		s.blanks()
		if s.at(')') {
			s.i++
			return true
		}
		for {
			if !s.expr(depth + 1) {
				return false
			}
			s.blanks()
			switch {
			case s.at(')'):
				s.i++
				return true
			case s.at(','):
				s.i++
				s.blanks()
				if s.at(')') {
					return false // a trailing comma: left to HCL
				}
			default:
				return false
			}
		}
	}
	var names [3][]byte
	names[0] = root
	n := 1
	attrs := true
	for {
		switch {
		case s.at('.'):
			s.i++
			name := s.ident()
			if name == nil {
				return false // legacy index, splat
			}
			if attrs && n < len(names) {
				names[n] = name
				n++
			}
		case s.at('['):
			s.i++
			switch {
			case s.at('"'):
				if !s.label() {
					return false
				}
			case s.i < len(s.src) && s.src[s.i] >= '0' && s.src[s.i] <= '9':
				for s.i < len(s.src) && s.src[s.i] >= '0' && s.src[s.i] <= '9' {
					s.i++
				}
			default:
				return false
			}
			if !s.at(']') {
				return false
			}
			s.i++
			attrs = false
		default:
			if s.at(':') || s.at('(') {
				return false // provider functions, calls after blanks
			}
			if n >= 2 && !notReferences[string(names[0])] {
				s.addRef(names, n)
			}
			return true
		}
	}
}

// addRef adds the reference with the first names names to refs, unless
// it is there.
func (s *quickScanner) addRef(names [3][]byte, n int) {
	if len(s.refs) == quickMaxRefs {
		s.tooMany = true
		return
	}
	for _, r := range s.refs {
		if r.n == n && r.names[0] == string(names[0]) && r.names[1] == string(names[1]) && r.names[2] == string(names[2]) {
			return
		}
	}
	r := refName{n: n}
	for i := range n {
		r.names[i] = string(names[i])
	}
	s.refs = append(s.refs, r)
}

// quoted reads a quoted string: plain characters, the escapes \n \r \t
// \" \\, and ${} interpolations of one expression term.
func (s *quickScanner) quoted(depth int) bool {
	s.i++ // the opening quote
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '"':
			s.i++
			return true
		case c == '\\':
			switch s.peek(1) {
			case 'n', 'r', 't', '"', '\\':
				s.i += 2
				continue
			}
			return false
		case c == '$' || c == '%':
			next := s.peek(1)
			if next == '{' && c == '$' {
				s.i += 2
				s.interp++
				s.spaces()
				if !s.expr(depth + 1) {
					return false
				}
				s.spaces()
				if !s.at('}') {
					return false
				}
				s.interp--
				s.i++
				continue
			}
			if next == '{' || next == c && s.peek(2) == '{' {
				return false // directives and escaped template openers
			}
		case c < 0x20 && c != '\t' || c == 0x7f:
			return false
		}
		s.i++
	}
	return false
}

// tuple reads [a, b, ...], where line breaks are not significant.
func (s *quickScanner) tuple(depth int) bool {
	s.i++
	s.blanks()
	for {
		if s.at(']') {
			s.i++
			return true
		}
		if !s.expr(depth + 1) {
			return false
		}
		s.blanks()
		switch {
		case s.at(']'):
		case s.at(','):
			s.i++
			s.blanks()
		default:
			return false
		}
	}
}

// object reads { key = value, ... }: keys are identifiers or plain quoted
// strings, items end with a comma or a line break.
func (s *quickScanner) object(depth int) bool {
	s.i++
	for {
		s.spaces()
		if s.lineEnd() {
			continue
		}
		if s.at('}') {
			s.i++
			return true
		}
		if s.at('"') {
			if !s.label() {
				return false
			}
		} else {
			switch string(s.ident()) {
			case "", "for", "if", "in", "true", "false", "null":
				return false
			}
		}
		s.spaces()
		if !s.at('=') && !s.at(':') {
			return false
		}
		if c := s.peek(1); c == '=' || c == '>' || c == ':' {
			return false
		}
		s.i++
		s.spaces()
		if !s.expr(depth + 1) {
			return false
		}
		s.spaces()
		switch {
		case s.at('}'):
		case s.at(','):
			s.i++
		case s.lineEnd():
		default:
			return false
		}
	}
}
