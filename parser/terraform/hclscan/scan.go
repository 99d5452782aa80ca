// Package hclscan finds the top-level items of a native-syntax HCL file
// (.tf, .tfvars) without building HCL's tokens, so that a large file can be
// parsed, checked and searched for comments a piece at a time, each piece
// lexed by HCL itself with the positions it has in the whole file.
//
// The scanner follows the rules of HCL's lexer (hclsyntax) for everything
// that can hide a line break from the top level: quoted strings and their
// escapes, heredocs and their closing markers, template interpolations and
// directives (which may hold strings and heredocs of their own), comments,
// and the nesting of braces, brackets and parentheses. It reads nothing
// else. Its tests compare it with HCL's own tokens.
package hclscan

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Boundary is a place where HCL's lexer, reading the whole file, is at the
// top level: at the start of a line that follows a newline token (not a
// comment), with no block, bracket, string, heredoc or template open.
// Lexing the file from a boundary, starting at its position, gives the
// same tokens as lexing the whole file.
type Boundary struct {
	Byte int // offset in the file
	Line int // line number (1-based); the column is 1
	// Directives counts the template directives (%{ if } and %{ for })
	// left open before the boundary, as the nesting check counts them:
	// unbalanced ones are possible only in files with syntax errors.
	Directives int
}

// mode is one state of the lexer's call stack.
type mode struct {
	kind   uint8 // inMain (an interpolation or directive), inString or inHeredoc
	marker []byte
	// lineStart is true, in a heredoc, when the next byte starts a line
	// of its literal text (where its closing marker may stand).
	lineStart bool
}

const (
	inMain uint8 = iota
	inString
	inHeredoc
)

// Boundaries returns the boundaries of src, the first at offset 0, in
// order. src must be valid UTF-8 without a byte order mark; ok is false
// when it is not, and the file must then be handled whole.
func Boundaries(src []byte) (out []Boundary, ok bool) {
	if !utf8.Valid(src) || bytes.HasPrefix(src, bom) {
		return nil, false
	}
	out = append(out, Boundary{Byte: 0, Line: 1})
	var (
		stack      []mode // empty: the top level
		retBraces  []int  // brace levels at which a '}' ends a template sequence
		braces     int    // as HCL's lexer counts them
		frames     int    // what the nesting check counts as open
		directives int
		line       = 1
	)
	pop := func() {
		if frames > 0 {
			frames--
		}
	}
	// closeBrace is a '}' or '~}': it ends the template sequence opened
	// at this brace level, if any.
	closeBrace := func() {
		if k := len(retBraces); k > 0 && retBraces[k-1] == braces {
			retBraces = retBraces[:k-1]
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		braces--
		pop()
	}
	n := len(src)
	for i := 0; i < n; {
		if k := len(stack); k > 0 && stack[k-1].kind != inMain {
			top := &stack[k-1]
			if top.kind == inHeredoc {
				if top.lineStart {
					nl := bytes.IndexByte(src[i:], '\n')
					// HCL's lexer ends a heredoc line at a lone \r too, so
					// a line holding one is never the marker.
					if nl >= 0 && closesHeredoc(bytes.TrimSuffix(src[i:i+nl], []byte("\r")), top.marker) {
						// The closing marker; the newline after it is a
						// newline token of the enclosing expression.
						end := i + nl
						if end > i && src[end-1] == '\r' {
							end--
						}
						pop()
						stack = stack[:k-1]
						i = end
						continue
					}
					top.lineStart = false
				}
				switch c := src[i]; c {
				case '\n':
					line++
					top.lineStart = true
					i++
				case '\r':
					if i+1 < n && src[i+1] == '\n' {
						i++
						continue
					}
					// HCL's lexer takes a lone \r in heredoc text, and
					// everything after it, as one invalid token: there is
					// no newline token after it, so no boundary.
					return out, true
				case '$', '%':
					i = templateSeq(src, i, c, &stack, &retBraces, &braces, &frames, &directives)
				default:
					i++
				}
				continue
			}
			// A quoted string.
			switch c := src[i]; c {
			case '"':
				pop()
				stack = stack[:k-1]
				i++
			case '\\':
				if i+1 < n && src[i+1] != '\n' && src[i+1] != '\r' {
					i += 2
				} else {
					i++
				}
			case '\n':
				line++
				i++
			case '$', '%':
				i = templateSeq(src, i, c, &stack, &retBraces, &braces, &frames, &directives)
			default:
				i++
			}
			continue
		}
		// The main lexer: the top level, or an interpolation or directive.
		c := src[i]
		switch c {
		case '\n':
			line++
			i++
			if len(stack) == 0 && frames == 0 && !bytes.HasPrefix(src[i:], bom) {
				out = append(out, Boundary{Byte: i, Line: line, Directives: directives})
			}
		case '\r':
			i++ // a lone \r, or the \r of \r\n, whose \n is handled above
		case '#':
			i = lineComment(src, i, &line)
		case '/':
			switch {
			case i+1 < n && src[i+1] == '/':
				i = lineComment(src, i, &line)
			case i+1 < n && src[i+1] == '*':
				end := bytes.Index(src[i+2:], []byte("*/"))
				if end < 0 {
					i++ // not a comment: a slash, then a star
					continue
				}
				end += i + 4
				line += bytes.Count(src[i:end], []byte("\n"))
				i = end
			default:
				i++
			}
		case '"':
			frames++
			stack = append(stack, mode{kind: inString})
			i++
		case '<':
			if marker, next := heredocIntro(src, i); marker != nil {
				frames++
				stack = append(stack, mode{kind: inHeredoc, marker: marker, lineStart: true})
				line++
				i = next
				continue
			}
			i++
		case '{':
			braces++
			frames++
			i++
		case '[', '(':
			frames++
			i++
		case ']', ')':
			pop()
			i++
		case '}':
			closeBrace()
			i++
		case '~':
			if i+1 < n && src[i+1] == '}' {
				// A template sequence ends here even when the braces do
				// not match: HCL's lexer reports the mismatch as such.
				closeBrace()
				i += 2
				continue
			}
			i++
		default:
			i++
		}
	}
	return out, true
}

var bom = []byte("\xef\xbb\xbf")

// lineComment skips a # or // comment, which ends after its newline.
func lineComment(src []byte, i int, line *int) int {
	nl := bytes.IndexByte(src[i:], '\n')
	if nl < 0 {
		return len(src)
	}
	*line++
	return i + nl + 1
}

// templateSeq reads a '$' or '%' in a string or heredoc: "${" and "%{"
// (with an optional '~') open an interpolation or directive, "$${" and
// "%%{" are escapes, anything else is literal text.
func templateSeq(src []byte, i int, c byte, stack *[]mode, retBraces *[]int, braces, frames, directives *int) int {
	n := len(src)
	switch {
	case i+2 < n && src[i+1] == c && src[i+2] == '{':
		return i + 3
	case i+1 < n && src[i+1] == '{':
		j := i + 2
		if j < n && src[j] == '~' {
			j++
		}
		*braces++
		*retBraces = append(*retBraces, *braces)
		*frames++
		if k := len(*stack); k > 0 && (*stack)[k-1].kind == inHeredoc {
			(*stack)[k-1].lineStart = false
		}
		*stack = append(*stack, mode{kind: inMain})
		if c == '%' {
			// The nesting check counts the directives opened and closed
			// by the identifier right after "%{".
			k := j
			for k < n && (src[k] == ' ' || src[k] == '\t') {
				k++
			}
			e := k
			for e < n && (isASCIILetter(src[e]) || src[e] == '_' || src[e] == '-' || (e > k && src[e] >= '0' && src[e] <= '9')) {
				e++
			}
			if e == n || src[e] < utf8.RuneSelf {
				switch string(src[k:e]) {
				case "if", "for":
					*directives++
				case "endif", "endfor":
					if *directives > 0 {
						*directives--
					}
				}
			}
		}
		return j
	default:
		return i + 1
	}
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// heredocIntro reads "<<EOT" or "<<-EOT" followed by a newline at src[i],
// returning the marker and the offset after the newline, or nil.
func heredocIntro(src []byte, i int) ([]byte, int) {
	n := len(src)
	j := i + 2
	if j > n || src[i+1] != '<' {
		return nil, 0
	}
	if j < n && src[j] == '-' {
		j++
	}
	start := j
	for first := true; j < n; first = false {
		r, size := utf8.DecodeRune(src[j:])
		if !(r == '_' || isIDStart(r) || (!first && (r == '-' || isIDContinue(r)))) {
			break
		}
		j += size
	}
	if j == start {
		return nil, 0
	}
	marker := src[start:j]
	if j < n && src[j] == '\r' {
		j++
	}
	if j >= n || src[j] != '\n' {
		return nil, 0
	}
	return marker, j + 1
}

// isIDStart and isIDContinue approximate Unicode's ID_Start and
// ID_Continue, which HCL's identifiers use.
func isIDStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// closesHeredoc reports whether a heredoc line (without its newline) is
// the closing marker, as HCL's lexer decides it.
func closesHeredoc(line, marker []byte) bool {
	return bytes.IndexByte(line, '\r') < 0 && bytes.Equal(bytes.TrimSpace(line), marker)
}
