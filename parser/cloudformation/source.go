package cloudformation

import (
	"bytes"
	"encoding/binary"
	"sort"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/parser"
)

// text is a source file prepared for position arithmetic. A UTF-8 byte
// order mark is cut off the front (YAML parsers skip it too, and editors do
// not show it), so line 1 column 1 is the first character after it; Byte
// offsets still count it.
type text struct {
	path  string
	b     []byte // content without the byte order mark
	bom   int    // bytes cut off the front
	start []int  // byte offset in b of each line's first character
	end   []int  // byte offset in b of each line's break (or len(b))
	ascii []bool // line holds only ASCII
	last  int    // the line lineOf found last: readers ask in order
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// hasByte reports whether one of the eight bytes of x is c.
func hasByte(x uint64, c byte) bool {
	v := x ^ (lowBits * uint64(c))
	return (v-lowBits)&^v&highBits != 0
}

// newText indexes src. Lines break at \r\n, \r, \n, NEL, LS and PS, as
// YAML 1.1 and the yaml.v3 scanner count them.
func newText(src parser.Source) *text {
	b := src.Bytes
	t := &text{path: src.Path}
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		t.bom = 3
		b = b[3:]
	}
	t.b = b
	// Most files break lines at \n alone: counting them first sizes the
	// tables once instead of growing them line by line.
	lines := bytes.Count(b, []byte{'\n'}) + 1
	t.start, t.end, t.ascii = make([]int, 0, lines), make([]int, 0, lines), make([]bool, 0, lines)
	lineStart, ascii := 0, true
	for i := 0; i < len(b); {
		// Eight bytes at a time while they are ASCII and no line break.
		if i+8 <= len(b) {
			if x := binary.LittleEndian.Uint64(b[i:]); x&highBits == 0 && !hasByte(x, '\n') && !hasByte(x, '\r') {
				i += 8
				continue
			}
		}
		c := b[i]
		n := 0
		switch {
		case c == '\r' && i+1 < len(b) && b[i+1] == '\n':
			n = 2
		case c == '\r' || c == '\n':
			n = 1
		case c == 0xC2 && i+1 < len(b) && b[i+1] == 0x85:
			n = 2
		case c == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0xA8 || b[i+2] == 0xA9):
			n = 3
		}
		if n == 0 {
			if c >= utf8.RuneSelf {
				ascii = false
			}
			i++
			continue
		}
		t.start = append(t.start, lineStart)
		t.end = append(t.end, i)
		t.ascii = append(t.ascii, ascii)
		i += n
		lineStart, ascii = i, true
	}
	t.start = append(t.start, lineStart)
	t.end = append(t.end, len(b))
	t.ascii = append(t.ascii, ascii)
	return t
}

// lines returns the number of lines.
func (t *text) lines() int { return len(t.start) }

// pos returns the position of byte offset off (in t.b), clamped to the file.
func (t *text) pos(off int) parser.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(t.b) {
		off = len(t.b)
	}
	i := t.lineOf(off)
	col := 1
	if off > t.end[i] {
		// Inside a line break: point at the break itself.
		off = t.end[i]
	}
	if t.ascii[i] {
		col += off - t.start[i]
	} else {
		col += utf8.RuneCount(t.b[t.start[i]:off])
	}
	return parser.Pos{Line: int32(i + 1), Column: int32(col), Byte: int32(off + t.bom)}
}

// offset returns the byte offset (in t.b) of a 1-based line and column
// counted in characters, clamped to the file and to the line's end.
func (t *text) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(t.start) {
		return len(t.b)
	}
	s, e := t.start[line-1], t.end[line-1]
	if col < 1 {
		col = 1
	}
	if t.ascii[line-1] {
		if s+col-1 > e {
			return e
		}
		return s + col - 1
	}
	off := s
	for n := 1; n < col && off < e; n++ {
		_, w := utf8.DecodeRune(t.b[off:e])
		off += w
	}
	return off
}

// rng returns the range of byte offsets [from, to) in t.b.
func (t *text) rng(from, to int) parser.Range {
	if to < from {
		to = from
	}
	return parser.Range{File: t.path, Start: t.pos(from), End: t.pos(to)}
}

// rngAt is rng(from, to) for a start already found (start is pos(from)):
// a block collection's range is made after its content is read, and
// finding its start then would search back over all of its lines.
func (t *text) rngAt(start parser.Pos, from, to int) parser.Range {
	if to < from {
		to = from
	}
	return parser.Range{File: t.path, Start: start, End: t.pos(to)}
}

// lineOf returns the 0-based line index holding byte offset off.
func (t *text) lineOf(off int) int {
	// The line asked last or the next one, before searching.
	for i := t.last; i <= t.last+1 && i < len(t.start); i++ {
		if t.start[i] <= off && (i+1 == len(t.start) || t.start[i+1] > off) {
			t.last = i
			return i
		}
	}
	i := sort.Search(len(t.start), func(i int) bool { return t.start[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	t.last = i
	return i
}

// lineRange returns the range of the first non-blank text of a 1-based
// line, for diagnostics that only know the line.
func (t *text) lineRange(line int) parser.Range {
	if line < 1 {
		line = 1
	}
	if line > len(t.start) {
		line = len(t.start)
	}
	s, e := t.start[line-1], t.end[line-1]
	for s < e && (t.b[s] == ' ' || t.b[s] == '\t') {
		s++
	}
	return t.rng(s, e)
}

// isSpace reports YAML/JSON white space within a line.
func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// breakLen returns the length of a line break at off, or 0.
func (t *text) breakLen(off int) int {
	b := t.b
	if off >= len(b) {
		return 0
	}
	switch c := b[off]; {
	case c == '\r' && off+1 < len(b) && b[off+1] == '\n':
		return 2
	case c == '\r' || c == '\n':
		return 1
	case c == 0xC2 && off+1 < len(b) && b[off+1] == 0x85:
		return 2
	case c == 0xE2 && off+2 < len(b) && b[off+1] == 0x80 && (b[off+2] == 0xA8 || b[off+2] == 0xA9):
		return 3
	}
	return 0
}
