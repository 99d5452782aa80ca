package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser"
)

// HCL's parser and evaluator recurse once per level of nesting and have no
// limit of their own. A goroutine that runs out of stack is a fatal error
// that recover cannot catch, so files nested too deeply are refused before
// they are parsed. Both limits are far beyond anything written by hand and
// far below what the stack holds (each level costs at most about 12 KB of
// stack while parsing; each operator about 2.5 KB).
const (
	// maxNesting bounds the blocks, brackets, parentheses, strings,
	// interpolations and template directives open at once.
	maxNesting = 500
	// maxChain bounds the operators, index and attribute steps chained in
	// the expressions open at once (1 + 1 + ..., !!!x, a ? b : c ? ...,
	// x[a][b]...): each makes the syntax tree one level deeper.
	maxChain = 5000
)

// nestingCheck follows the nesting of one file's tokens.
type nestingCheck struct {
	path   string
	frames []frame
	chain  int // operators chained in the open frames and at the top level
	top    int // operators chained at the top level
	tmpl   int // open %{ if } and %{ for } directives
	base   int // nesting of the enclosing JSON value, for strings of .tf.json
	// deepest and longest are the most levels and directives open, and
	// operators chained, seen at once (for tests of openBound).
	deepest, longest int
}

type frame struct {
	open hclsyntax.TokenType
	ops  int
}

func (c *nestingCheck) tooDeep(r hcl.Range) *parser.Diagnostic {
	c.deepest = max(c.deepest, len(c.frames)+c.tmpl)
	c.longest = max(c.longest, c.chain)
	if c.base+len(c.frames)+c.tmpl > maxNesting {
		return &parser.Diagnostic{
			Severity: parser.SevError, Summary: "nesting too deep",
			Detail: fmt.Sprintf("blocks, brackets, strings and templates nest more than %d levels deep here; the file is not read", maxNesting),
			Range:  hclRange(c.path, r),
		}
	}
	if c.chain > maxChain {
		return &parser.Diagnostic{
			Severity: parser.SevError, Summary: "expression too long",
			Detail: fmt.Sprintf("more than %d operators, index and attribute steps are chained here; the file is not read", maxChain),
			Range:  hclRange(c.path, r),
		}
	}
	return nil
}

func hclRange(path string, r hcl.Range) parser.Range {
	return parser.Range{
		File:  path,
		Start: parser.MakePos(r.Start.Line, r.Start.Column, r.Start.Byte),
		End:   parser.MakePos(r.End.Line, r.End.Column, r.End.Byte),
	}
}

// bump counts one more operator in the innermost open expression.
func (c *nestingCheck) bump() {
	c.chain++
	if n := len(c.frames); n > 0 {
		c.frames[n-1].ops++
	} else {
		c.top++
	}
}

// reset starts a new expression in the innermost frame.
func (c *nestingCheck) reset() {
	if n := len(c.frames); n > 0 {
		c.chain -= c.frames[n-1].ops
		c.frames[n-1].ops = 0
	} else {
		c.chain -= c.top
		c.top = 0
	}
}

// tokens runs the check over HCL tokens. When at is not nil, it is the
// position reported (the tokens of a JSON string have none of their own).
func (c *nestingCheck) tokens(toks hclsyntax.Tokens, at *hcl.Range) *parser.Diagnostic {
	for i, t := range toks {
		switch t.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen,
			hclsyntax.TokenOQuote, hclsyntax.TokenOHeredoc,
			hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			if t.Type == hclsyntax.TokenOBrack {
				// x[i] nests the expression x one level deeper.
				c.bump()
			}
			c.frames = append(c.frames, frame{open: t.Type})
			if t.Type == hclsyntax.TokenTemplateControl && i+1 < len(toks) && toks[i+1].Type == hclsyntax.TokenIdent {
				switch string(toks[i+1].Bytes) {
				case "if", "for":
					c.tmpl++
				case "endif", "endfor":
					if c.tmpl > 0 {
						c.tmpl--
					}
				}
			}
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen,
			hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			// Closing whatever is open over-estimates the parser's depth
			// when brackets do not match; it never under-estimates it.
			if n := len(c.frames); n > 0 {
				c.chain -= c.frames[n-1].ops
				c.frames = c.frames[:n-1]
			}
		case hclsyntax.TokenPlus, hclsyntax.TokenMinus, hclsyntax.TokenStar, hclsyntax.TokenSlash,
			hclsyntax.TokenPercent, hclsyntax.TokenEqualOp, hclsyntax.TokenNotEqual,
			hclsyntax.TokenLessThan, hclsyntax.TokenLessThanEq, hclsyntax.TokenGreaterThan,
			hclsyntax.TokenGreaterThanEq, hclsyntax.TokenAnd, hclsyntax.TokenOr, hclsyntax.TokenBang,
			hclsyntax.TokenQuestion, hclsyntax.TokenDot, hclsyntax.TokenEllipsis:
			c.bump()
		case hclsyntax.TokenComma, hclsyntax.TokenEqual:
			c.reset()
		case hclsyntax.TokenNewline:
			// A newline ends an attribute or an object item, but not an
			// expression inside parentheses or brackets.
			if n := len(c.frames); n == 0 || c.frames[n-1].open == hclsyntax.TokenOBrace {
				c.reset()
			}
		}
		r := t.Range
		if at != nil {
			r = *at
		}
		if d := c.tooDeep(r); d != nil {
			return d
		}
	}
	return nil
}

// checkHCLNesting refuses a native-syntax file (.tf, .tfvars) nested more
// deeply than HCL can safely parse and evaluate. src is the file without
// its byte order mark, as the parser sees it.
//
// lex lexes src at most once for this check and the ignore comments; it
// must hold src itself, byte order mark removed, and path.
func checkHCLNesting(lex *hclTokens) *parser.Diagnostic {
	if cannotExceed(lex.src) {
		return nil
	}
	bs := lex.pieces()
	if bs == nil {
		c := &nestingCheck{path: lex.path}
		return c.tokens(lex.tokens(), nil)
	}
	// At a boundary nothing is open and no operator is chained, so each
	// piece is checked from there, and only a piece that could cross a
	// limit on its own is lexed.
	for i, b := range bs {
		if pieceCannotExceed(lex.piece(i), b.Directives) {
			continue
		}
		c := &nestingCheck{path: lex.path, tmpl: b.Directives}
		if d := c.tokens(lex.pieceTokens(i), nil); d != nil {
			return d
		}
	}
	return nil
}

// pieceCannotExceed is cannotExceed for a piece that starts with nothing
// open, directives template directives open and no operator chained.
func pieceCannotExceed(src []byte, directives int) bool {
	opens, ops := openBound(src, directives)
	return opens <= maxNesting && ops <= maxChain
}

// cannotExceed reports whether src is too small to cross either limit:
// every token that opens a level or chains an operator starts with one of
// the counted bytes, so when there are no more such bytes than a limit
// allows, lexing the file to check it would be wasted work.
func cannotExceed(src []byte) bool {
	return pieceCannotExceed(src, 0)
}

// openBound bounds, without lexing, what the nesting check can count in
// src lexed from a place where nothing is open, directives template
// directives are open and no operator is chained: opens bounds the levels
// open at once plus the open directives (what tooDeep compares with
// maxNesting), ops the operators chained (maxChain). Neither is ever below
// what the check counts (TestOpenBoundNeverBelow, FuzzOpenBound).
//
// Every token that opens a level starts with one of { [ ( < $ %, except
// a string's opening quote; a "%{" also opens a directive. Quotes are not
// counted one by one, since most of a configuration's strings are closed
// again at once and a piece of a few hundred strings would need lexing
// for nothing: a quote opens a level only where the lexer reads an
// expression, and it leaves the string it opens only at its closing quote
// or through an interpolation or directive ("${", "%{"). So of the quotes
// open at once, each but the first has, between it and the one before it,
// a "${" or "%{" of its own (had the string before it been closed first,
// its closing quote would have closed the level that string opened, or
// one opened after it, which only an interpolation or a directive can open
// inside a string): one level for the first string, and one more for
// each $ and %. Operators are still counted byte by byte.
func openBound(src []byte, directives int) (opens, ops int) {
	opens = directives + 1
	for _, b := range src {
		opens += int(boundOpens[b])
		ops += int(boundOps[b])
	}
	return opens, ops
}

// boundOpens and boundOps are what each byte adds to openBound's counts.
// A table rather than a switch on the byte, whose branches a
// configuration's bytes make hard to predict: on the corpus's .tf files
// the switch took 56 ms, the tables 14 ms (about 1% of a scan's CPU went
// to the switch).
var boundOpens, boundOps = func() (opens, ops [256]uint8) {
	for _, b := range []byte("{[(<") {
		opens[b], ops[b] = 1, 1
	}
	opens['$'], ops['$'] = 2, 1
	opens['%'], ops['%'] = 3, 1
	for _, b := range []byte("\"+-*/!>=&|?:.") {
		ops[b] = 1
	}
	return opens, ops
}()

// checkJSONNesting does the same for a .tf.json file: the nesting of its
// arrays and objects, and of the templates in its strings, which Terraform
// evaluates as HCL.
func checkJSONNesting(path string, src []byte) *parser.Diagnostic {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '{', '[':
			if depth++; depth > maxNesting {
				return &parser.Diagnostic{
					Severity: parser.SevError, Summary: "nesting too deep",
					Detail: fmt.Sprintf("arrays and objects nest more than %d levels deep here; the file is not read", maxNesting),
					Range:  hclRange(path, rangeAt(path, src, i)),
				}
			}
		case '}', ']':
			if depth > 0 {
				depth--
			}
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) {
				return nil // an unterminated string: the parser reports it
			}
			raw := src[i : j+1]
			if bytes.IndexByte(raw, '{') >= 0 || bytes.IndexByte(raw, '\\') >= 0 {
				var s string
				if json.Unmarshal(raw, &s) == nil && (strings.Contains(s, "${") || strings.Contains(s, "%{")) {
					toks, _ := hclsyntax.LexTemplate([]byte(s), path, hcl.InitialPos)
					r := rangeAt(path, src, i)
					c := &nestingCheck{path: path, base: depth}
					if d := c.tokens(toks, &r); d != nil {
						return d
					}
				}
			}
			i = j
		}
	}
	return nil
}

// rangeAt is the empty range at byte offset off of src.
func rangeAt(path string, src []byte, off int) hcl.Range {
	before := src[:off]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	p := hcl.Pos{Line: line, Column: col, Byte: off}
	return hcl.Range{Filename: path, Start: p, End: p}
}

// checkNesting applies checkHCLNesting or checkJSONNesting to a Terraform
// file by its name.
func checkNesting(path string, data []byte) *parser.Diagnostic {
	return checkNestingOf(path, data, nil)
}

// checkNestingOf is checkNesting reusing the tokens of lex, when it is
// not nil and holds the same source, instead of lexing data again.
func checkNestingOf(path string, data []byte, lex *hclTokens) *parser.Diagnostic {
	src := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if strings.HasSuffix(path, ".json") {
		return checkJSONNesting(path, src)
	}
	if lex == nil || lex.path != path || len(lex.src) != len(src) {
		// The comments are read from the file with its byte order mark.
		lex = &hclTokens{path: path, src: src}
	}
	return checkHCLNesting(lex)
}

// clampDiags moves diagnostic positions that lie past the end of the file
// (HCL's JSON parser reports an unterminated string one character beyond
// it) to the end of the file, so that every position a writer quotes
// exists.
func clampDiags(path string, data []byte, ds parser.Diagnostics) parser.Diagnostics {
	lines := bytes.Count(data, []byte("\n")) + 1
	var eof *parser.Pos
	clamp := func(p *parser.Pos) {
		if p.Line == 0 || (int(p.Line) <= lines && int(p.Byte) <= len(data)) {
			return
		}
		if eof == nil {
			r := rangeAt(path, data, len(data))
			end := parser.MakePos(r.Start.Line, r.Start.Column, r.Start.Byte)
			eof = &end
		}
		*p = *eof
	}
	for i := range ds {
		if ds[i].Range.File == path {
			clamp(&ds[i].Range.Start)
			clamp(&ds[i].Range.End)
		}
	}
	return ds
}
