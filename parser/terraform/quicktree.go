package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// A lazy block that quickBlock read when the file was parsed is parsed
// again when it is evaluated by quickTree, which builds the syntax tree
// HCL's parser gives for the same source (TestQuickTreeSameAsHCL compares
// them on every block quickBlock reads and on their mutations) without
// lexing it into tokens first: on bench/gen's 30,000 resources that
// second parse was the larger part of the parse left. Only blocks whose
// source is ASCII without carriage returns are built this way: there a
// column is the byte's offset in its line, where HCL counts grapheme
// clusters.

// quickTreeable reports whether quickTree may build the tree of src.
func quickTreeable(src []byte) bool {
	for _, c := range src {
		if c >= 0x80 || c == '\r' {
			return false
		}
	}
	return true
}

// quickTree returns the body of the block quickBlock reads in src (a lazy
// block's source, from byte at of its file, starting line line), as
// HCL's parser gives it, or nil when it cannot.
func quickTree(src []byte, filename string, at, line int) (body *hclsyntax.Body) {
	t := quickBuilder{quickScanner: quickScanner{src: src}, file: filename, offset: at, line: line}
	defer func() {
		if recover() != nil {
			body = nil // left to HCL
		}
	}()
	for {
		t.spaces()
		if !t.newline() {
			break
		}
	}
	t.ident()
	for range 2 {
		t.spaces()
		t.label()
	}
	t.spaces()
	body, _ = t.body()
	return body
}

// quickBuilder builds syntax trees from source quickBlock accepted; it
// panics where the source leaves the subset (quickTree recovers).
type quickBuilder struct {
	quickScanner
	file      string
	offset    int // src's offset in the file
	line      int // the line of src[lineStart]
	lineStart int
}

type quickFail struct{}

func (t *quickBuilder) fail() { panic(quickFail{}) }

func (t *quickBuilder) pos(i int) hcl.Pos {
	return hcl.Pos{Line: t.line, Column: i - t.lineStart + 1, Byte: t.offset + i}
}

// rng is the range of src[from:to], on the current line.
func (t *quickBuilder) rng(from, to int) hcl.Range {
	return hcl.Range{Filename: t.file, Start: t.pos(from), End: t.pos(to)}
}

// newline reads a line break or a line comment ending with one.
func (t *quickBuilder) newline() bool {
	if !t.lineEnd() {
		return false
	}
	t.line++
	t.lineStart = t.i
	return true
}

// blanks skips blanks, line breaks and line comments.
func (t *quickBuilder) blanks() {
	for {
		t.spaces()
		if !t.newline() {
			return
		}
	}
}

// token reads the byte c and returns its range.
func (t *quickBuilder) token(c byte) hcl.Range {
	if !t.at(c) {
		t.fail()
	}
	t.i++
	return t.rng(t.i-1, t.i)
}

// identTok reads an identifier and returns it with its range.
func (t *quickBuilder) identTok() (string, hcl.Range) {
	from := t.i
	name := t.ident()
	if name == nil {
		t.fail()
	}
	return string(name), t.rng(from, t.i)
}

// labelTok reads a plain quoted string and returns its value and range.
func (t *quickBuilder) labelTok() (string, hcl.Range) {
	from := t.i
	if !t.label() {
		t.fail()
	}
	return string(t.src[from+1 : t.i-1]), t.rng(from, t.i)
}

// body reads a body from its opening brace to its closing brace, and
// returns it with the closing brace's range.
func (t *quickBuilder) body() (*hclsyntax.Body, hcl.Range) {
	open := t.token('{')
	attrs := hclsyntax.Attributes{}
	blocks := hclsyntax.Blocks{}
	for {
		t.spaces()
		if t.newline() {
			continue
		}
		if t.at('}') {
			break
		}
		name, nameRange := t.identTok()
		t.spaces()
		if t.at('=') {
			eq := t.token('=')
			t.spaces()
			expr := t.expr()
			attrs[name] = &hclsyntax.Attribute{
				Name:        name,
				Expr:        expr,
				SrcRange:    hcl.RangeBetween(nameRange, expr.Range()),
				NameRange:   nameRange,
				EqualsRange: eq,
			}
			t.spaces()
			if !t.newline() {
				t.fail()
			}
			continue
		}
		var labels []string
		var labelRanges []hcl.Range
		for t.at('"') {
			l, r := t.labelTok()
			labels = append(labels, l)
			labelRanges = append(labelRanges, r)
			t.spaces()
		}
		openRange := t.rng(t.i, t.i+1)
		b, closeBrace := t.body()
		blocks = append(blocks, &hclsyntax.Block{
			Type:            name,
			Labels:          labels,
			Body:            b,
			TypeRange:       nameRange,
			LabelRanges:     labelRanges,
			OpenBraceRange:  openRange,
			CloseBraceRange: closeBrace,
		})
		t.spaces()
		if !t.newline() {
			t.fail()
		}
	}
	closeRange := t.token('}')
	return &hclsyntax.Body{
		Attributes: attrs,
		Blocks:     blocks,
		SrcRange:   hcl.RangeBetween(open, closeRange),
		EndRange:   hcl.Range{Filename: t.file, Start: closeRange.End, End: closeRange.End},
	}, closeRange
}

// expr reads one expression term.
func (t *quickBuilder) expr() hclsyntax.Expression {
	if t.i >= len(t.src) {
		t.fail()
	}
	c := t.src[t.i]
	switch {
	case c == '"':
		return t.quotedExpr()
	case c >= '0' && c <= '9':
		from := t.i
		for t.i < len(t.src) && t.src[t.i] >= '0' && t.src[t.i] <= '9' {
			t.i++
		}
		if t.at('.') && t.peek(1) >= '0' && t.peek(1) <= '9' {
			t.i++
			for t.i < len(t.src) && t.src[t.i] >= '0' && t.src[t.i] <= '9' {
				t.i++
			}
		}
		v, err := cty.ParseNumberVal(string(t.src[from:t.i]))
		if err != nil {
			t.fail()
		}
		return &hclsyntax.LiteralValueExpr{Val: v, SrcRange: t.rng(from, t.i)}
	case c == '[':
		open := t.token('[')
		var exprs []hclsyntax.Expression
		t.blanks()
		for !t.at(']') {
			exprs = append(exprs, t.expr())
			t.blanks()
			if t.at(',') {
				t.i++
				t.blanks()
			}
		}
		closeRange := t.token(']')
		return &hclsyntax.TupleConsExpr{Exprs: exprs, SrcRange: hcl.RangeBetween(open, closeRange), OpenRange: open}
	case c == '{':
		return t.objectExpr()
	case isIdentStart(c):
		return t.referenceExpr()
	}
	t.fail()
	return nil
}

func (t *quickBuilder) objectExpr() hclsyntax.Expression {
	open := t.token('{')
	var items []hclsyntax.ObjectConsItem
	for {
		t.spaces()
		if t.newline() {
			continue
		}
		if t.at('}') {
			break
		}
		var key hclsyntax.Expression
		if t.at('"') {
			key = t.quotedExpr()
		} else {
			name, r := t.identTok()
			key = &hclsyntax.ScopeTraversalExpr{Traversal: hcl.Traversal{hcl.TraverseRoot{Name: name, SrcRange: r}}, SrcRange: r}
		}
		t.spaces()
		t.i++ // = or :
		t.spaces()
		value := t.expr()
		items = append(items, hclsyntax.ObjectConsItem{KeyExpr: &hclsyntax.ObjectConsKeyExpr{Wrapped: key}, ValueExpr: value})
		t.spaces()
		if t.at(',') {
			t.i++
		}
	}
	closeRange := t.token('}')
	return &hclsyntax.ObjectConsExpr{Items: items, SrcRange: hcl.RangeBetween(open, closeRange), OpenRange: open}
}

func (t *quickBuilder) referenceExpr() hclsyntax.Expression {
	name, r := t.identTok()
	if t.at('(') {
		open := t.token('(')
		var args []hclsyntax.Expression
		t.blanks()
		for !t.at(')') {
			args = append(args, t.expr())
			t.blanks()
			if t.at(',') {
				t.i++
				t.blanks()
			}
		}
		closeRange := t.token(')')
		return &hclsyntax.FunctionCallExpr{Name: name, Args: args, NameRange: r, OpenParenRange: open, CloseParenRange: closeRange}
	}
	switch name {
	case "true":
		return &hclsyntax.LiteralValueExpr{Val: cty.True, SrcRange: r}
	case "false":
		return &hclsyntax.LiteralValueExpr{Val: cty.False, SrcRange: r}
	case "null":
		return &hclsyntax.LiteralValueExpr{Val: cty.NullVal(cty.DynamicPseudoType), SrcRange: r}
	}
	// Room for the steps of most references (var.ports[0],
	// aws_s3_bucket.b.id), allocated once.
	tr := make(hcl.Traversal, 1, 4)
	tr[0] = hcl.TraverseRoot{Name: name, SrcRange: r}
	e := &hclsyntax.ScopeTraversalExpr{Traversal: tr, SrcRange: r}
	for {
		var step hcl.Traverser
		var sr hcl.Range
		switch {
		case t.at('.'):
			dot := t.token('.')
			attr, ar := t.identTok()
			sr = hcl.RangeBetween(dot, ar)
			step = hcl.TraverseAttr{Name: attr, SrcRange: sr}
		case t.at('['):
			open := t.token('[')
			var key cty.Value
			if t.at('"') {
				s, _ := t.labelTok()
				key = cty.StringVal(s)
			} else {
				from := t.i
				for t.i < len(t.src) && t.src[t.i] >= '0' && t.src[t.i] <= '9' {
					t.i++
				}
				v, err := cty.ParseNumberVal(string(t.src[from:t.i]))
				if err != nil {
					t.fail()
				}
				key = v
			}
			closeRange := t.token(']')
			sr = hcl.RangeBetween(open, closeRange)
			step = hcl.TraverseIndex{Key: key, SrcRange: sr}
		default:
			return e
		}
		e.Traversal = append(e.Traversal, step)
		e.SrcRange = hcl.RangeBetween(e.SrcRange, sr)
	}
}

// quotedExpr reads a quoted string as HCL's template parser gives it.
func (t *quickBuilder) quotedExpr() hclsyntax.Expression {
	open := t.token('"')
	var parts []hclsyntax.Expression
	interps := 0
	litFrom := t.i
	var lit []byte
	inLit := false
	flush := func() {
		if inLit {
			parts = append(parts, &hclsyntax.LiteralValueExpr{Val: cty.StringVal(string(lit)), SrcRange: t.rng(litFrom, t.i)})
			lit = lit[:0]
			inLit = false
		}
	}
	for {
		if t.i >= len(t.src) {
			t.fail()
		}
		c := t.src[t.i]
		switch {
		case c == '"':
			flush()
			closeRange := t.token('"')
			if len(parts) == 1 && interps == 1 {
				return &hclsyntax.TemplateWrapExpr{Wrapped: parts[0], SrcRange: hcl.RangeBetween(open, closeRange)}
			}
			if len(parts) == 0 {
				// HCL: an empty literal just after the opening quote's
				// next token, the closing quote.
				parts = append(parts, &hclsyntax.LiteralValueExpr{Val: cty.StringVal(""),
					SrcRange: hcl.Range{Filename: t.file, Start: closeRange.End, End: closeRange.End}})
			}
			return &hclsyntax.TemplateExpr{Parts: parts, SrcRange: hcl.RangeBetween(open, closeRange)}
		case c == '$' && t.peek(1) == '{':
			flush()
			t.i += 2
			t.spaces()
			parts = append(parts, t.expr())
			interps++
			t.spaces()
			t.token('}')
			continue
		}
		if !inLit {
			inLit = true
			litFrom = t.i
		}
		if c == '\\' {
			switch t.peek(1) {
			case 'n':
				lit = append(lit, '\n')
			case 'r':
				lit = append(lit, '\r')
			case 't':
				lit = append(lit, '\t')
			case '"':
				lit = append(lit, '"')
			case '\\':
				lit = append(lit, '\\')
			default:
				t.fail()
			}
			t.i += 2
			continue
		}
		lit = append(lit, c)
		t.i++
	}
}
