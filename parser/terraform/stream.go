package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// A lazy block of an owned root (evaluator.dropSyntax) is evaluated once
// and its tree dropped at once: the tree quickTree built for it (its
// attributes, each an hclsyntax.Attribute with three ranges, their map,
// its nested bodies) was garbage right after, and on bench/gen's 30,000
// resources building it was a tenth of lint's CPU and the largest
// allocation of the scan. So such a block, when quickBlock read it and its
// body sets none of count, for_each, depends_on and provider (whose
// evaluation comes first, from the tree), is read from its source into a
// streamTree: the arguments' expressions as quickTree builds them, and
// for each body the order of its arguments and nested blocks, in slices
// the evaluator reuses from block to block. The evaluation (streamedBody)
// then does what body does with the tree, in the same order: a body's
// arguments in source order, then its nested blocks. A dynamic block (and
// a meta-argument block at the top, which body skips) is built as HCL's
// tree, as before. The tree is built whole before anything is evaluated,
// so that a block quickTree cannot build goes to the old path with
// nothing done twice. TestStreamSameEvaluation compares the resources and
// diagnostics with and without.

// streamEval turns the streamed evaluation on (tests compare with the
// evaluation without it).
var streamEval = true

// streams reports whether the block may be evaluated from its source.
func (lb *lazyBlock) streams() bool { return lb.quick && !lb.meta }

// streamTree holds the bodies of the blocks being evaluated from their
// source, each body's arguments and nested blocks linked in source order
// (next, -1 at the end), all by index: a block's evaluation may evaluate
// another block, whose tree is appended after the first's and cut off
// again once evaluated (mark, cut).
type streamTree struct {
	attrs  []streamAttr
	blocks []streamBlock
	bodies []streamBody
}

type streamAttr struct {
	name      string // the evaluator's copy (evaluator.name)
	nameRange hcl.Range
	expr      hclsyntax.Expression
	next      int
	// A literal argument (lit not litNone) has no expression: its text
	// (str) or number (num), and its range.
	lit uint8
	str string
	num cty.Value
	rng hcl.Range
}

// The kinds of literal arguments of streamAttr.
const (
	litNone uint8 = iota
	litString
	litNumber
	litTrue
	litFalse
	litNull
)

type streamBlock struct {
	typ       string // the evaluator's copy
	typeRange hcl.Range
	rng       hcl.Range // from the type to the closing brace
	body      int       // in bodies; -1 for a dynamic block
	dyn       *hclsyntax.Block
	next      int
}

type streamBody struct {
	rng                   hcl.Range
	items                 int
	firstAttr, lastAttr   int
	firstBlock, lastBlock int
}

// streamMark is the length of a streamTree's slices.
type streamMark struct{ attrs, blocks, bodies int }

func (st *streamTree) mark() streamMark {
	return streamMark{len(st.attrs), len(st.blocks), len(st.bodies)}
}

// cut goes back to mark m, letting go of the expressions and blocks
// after it.
func (st *streamTree) cut(m streamMark) {
	clear(st.attrs[m.attrs:])
	clear(st.blocks[m.blocks:])
	st.attrs, st.blocks, st.bodies = st.attrs[:m.attrs], st.blocks[:m.blocks], st.bodies[:m.bodies]
}

// streamable returns the lazy block of b when b is evaluated from its
// source: the evaluator drops its tree once it is evaluated, it has none
// now, and quickBlock read it without meta-arguments.
func (ev *evaluator) streamable(b *hcl.Block) *lazyBlock {
	if !streamEval || !ev.dropSyntax || ev.callInFlight() {
		return nil
	}
	lb := ev.decls.lazy.of(b)
	if lb == nil || !lb.streams() {
		return nil
	}
	lb.mu.Lock()
	defer lb.mu.Unlock()
	if lb.filled || lb.src == nil {
		return nil
	}
	return lb
}

// streamBuild reads the body of lazy block lb into ev.stream and returns
// its index, or false (with nothing added) when it cannot.
func (ev *evaluator) streamBuild(lb *lazyBlock) (body int, ok bool) {
	m := ev.stream.mark()
	t := quickBuilder{quickScanner: quickScanner{src: lb.src}, file: lb.body.SrcRange.Filename, offset: lb.at, line: lb.line}
	defer func() {
		if recover() != nil {
			ev.stream.cut(m)
			body, ok = -1, false // left to the tree
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
	body, _ = t.streamBody(&ev.stream, ev.nameOf, 0)
	return body, true
}

// nameOf is name for the bytes of a name.
func (ev *evaluator) nameOf(b []byte) string {
	if n, ok := ev.names[string(b)]; ok {
		return n
	}
	return ev.name(string(b))
}

// streamBody reads a body from its opening brace to its closing brace into
// st, as quickBuilder.body reads it into a tree, and returns its index and
// the closing brace's range. depth is the body's depth for
// evaluator.body: 0 for a block's own body.
func (t *quickBuilder) streamBody(st *streamTree, intern func([]byte) string, depth int) (int, hcl.Range) {
	open := t.token('{')
	bi := len(st.bodies)
	st.bodies = append(st.bodies, streamBody{firstAttr: -1, lastAttr: -1, firstBlock: -1, lastBlock: -1})
	for {
		t.spaces()
		if t.newline() {
			continue
		}
		if t.at('}') {
			break
		}
		from := t.i
		nameBytes := t.ident()
		if nameBytes == nil {
			t.fail()
		}
		nameRange := t.rng(from, t.i)
		name := intern(nameBytes)
		t.spaces()
		st.bodies[bi].items++
		if t.at('=') {
			t.i++
			t.spaces()
			a := streamAttr{name: name, nameRange: nameRange, next: -1}
			if quickEval {
				a.lit, a.str, a.num, a.rng = t.literal()
			}
			if a.lit == litNone {
				a.expr = t.expr()
			}
			ai := len(st.attrs)
			st.attrs = append(st.attrs, a)
			if last := st.bodies[bi].lastAttr; last >= 0 {
				st.attrs[last].next = ai
			} else {
				st.bodies[bi].firstAttr = ai
			}
			st.bodies[bi].lastAttr = ai
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
		blk := streamBlock{typ: name, typeRange: nameRange, body: -1, next: -1}
		skip := depth == 0 && metaArguments[name]
		if skip || name == "dynamic" && len(labels) == 1 {
			openRange := t.rng(t.i, t.i+1)
			b, closeBrace := t.body()
			blk.dyn = &hclsyntax.Block{
				Type: name, Labels: labels, Body: b,
				TypeRange: nameRange, LabelRanges: labelRanges,
				OpenBraceRange: openRange, CloseBraceRange: closeBrace,
			}
			blk.rng = blk.dyn.Range()
		} else {
			child, closeBrace := t.streamBody(st, intern, depth+1)
			blk.body = child
			blk.rng = hcl.RangeBetween(nameRange, closeBrace)
		}
		if !skip {
			ki := len(st.blocks)
			st.blocks = append(st.blocks, blk)
			if last := st.bodies[bi].lastBlock; last >= 0 {
				st.blocks[last].next = ki
			} else {
				st.bodies[bi].firstBlock = ki
			}
			st.bodies[bi].lastBlock = ki
		}
		t.spaces()
		if !t.newline() {
			t.fail()
		}
	}
	closeRange := t.token('}')
	st.bodies[bi].rng = hcl.RangeBetween(open, closeRange)
	return bi, closeRange
}

// streamedBody is body for body bi of ev.stream.
func (ev *evaluator) streamedBody(bi int, sc scope, depth int) *parser.Value {
	// Indexes only: an evaluation may append to ev.stream.
	b := ev.stream.bodies[bi]
	obj := &parser.Value{Kind: parser.Object, Attrs: make(map[string]*parser.Value, b.items)}
	if depth > maxBlockDepth {
		return parser.UnknownValue(parser.Range{}, "blocks nested too deeply")
	}
	obj.Range = convertRange(b.rng)
	for ai := b.firstAttr; ai >= 0; ai = ev.stream.attrs[ai].next {
		a := ev.stream.attrs[ai]
		if metaArguments[a.name] && depth == 0 {
			continue
		}
		var v *parser.Value
		if a.lit != litNone {
			v = a.literalValue()
			v.SetRefsUses(nil, nil, &ev.extras)
		} else {
			v = ev.evalExpr(a.expr, sc)
		}
		v.KeyRange = convertRange(a.nameRange)
		obj.Attrs[a.name] = v
	}
	for ki := b.firstBlock; ki >= 0; ki = ev.stream.blocks[ki].next {
		nb := ev.stream.blocks[ki]
		if nb.dyn != nil {
			addBlocks(obj, nb.dyn.Labels[0], convertRange(nb.typeRange), ev.dynamic(nb.dyn, sc, depth))
			continue
		}
		list := blockList(obj, nb.typ, convertRange(nb.typeRange))
		child := ev.streamedBody(nb.body, sc, depth+1)
		child.Range = convertRange(nb.rng)
		child.KeyRange = convertRange(nb.typeRange)
		list.Elems = append(list.Elems, child)
	}
	return obj
}

// literal reads a literal at t.i without building its expression: a
// quoted string without interpolation, a number, true, false or null. It
// returns litNone, having read nothing, for anything else. The value
// evaluator.evalExpr gives such an expression is literalValue's (see
// streamAttr.literalValue).
func (t *quickBuilder) literal() (kind uint8, str string, num cty.Value, rng hcl.Range) {
	from := t.i
	if from >= len(t.src) {
		return litNone, "", cty.NilVal, rng
	}
	c := t.src[from]
	switch {
	case c == '"':
		j, escapes := from+1, false
		for ; j < len(t.src) && t.src[j] != '"'; j++ {
			switch {
			case t.src[j] == '\\':
				escapes = true
				j++
			case t.src[j] == '$' && j+1 < len(t.src) && t.src[j+1] == '{':
				return litNone, "", cty.NilVal, rng
			}
		}
		if j >= len(t.src) {
			return litNone, "", cty.NilVal, rng
		}
		if escapes {
			// quotedExpr's reading of the escapes.
			e := t.quotedExpr().(*hclsyntax.TemplateExpr)
			str = e.Parts[0].(*hclsyntax.LiteralValueExpr).Val.AsString()
		} else {
			// The block is ASCII (quickTreeable): the string is in NFC,
			// as cty.StringVal would make it.
			str = string(t.src[from+1 : j])
			t.i = j + 1
		}
		return litString, str, cty.NilVal, t.rng(from, t.i)
	case c >= '0' && c <= '9':
		e, ok := t.expr().(*hclsyntax.LiteralValueExpr)
		if !ok {
			t.fail()
		}
		return litNumber, "", e.Val, e.SrcRange
	case c == 't' || c == 'f' || c == 'n':
		name := t.ident()
		kind = litNone
		switch string(name) {
		case "true":
			kind = litTrue
		case "false":
			kind = litFalse
		case "null":
			kind = litNull
		}
		if kind == litNone || t.at('(') {
			t.i = from
			return litNone, "", cty.NilVal, rng
		}
		return kind, "", cty.NilVal, t.rng(from, t.i)
	}
	return litNone, "", cty.NilVal, rng
}

// literalValue is the value literalValue (quickeval.go) gives the literal
// argument a: toValueRef's of its constant.
func (a *streamAttr) literalValue() *parser.Value {
	rng := convertRange(a.rng)
	switch a.lit {
	case litString:
		return parser.StringValue(a.str, rng)
	case litNumber:
		bf := a.num.AsBigFloat()
		f, _ := bf.Float64()
		return &parser.Value{Kind: parser.Number, Num: f, Str: numberText(bf), Range: rng}
	case litTrue:
		return parser.BoolValue(true, rng)
	case litFalse:
		return parser.BoolValue(false, rng)
	}
	return &parser.Value{Kind: parser.Null, Range: rng}
}
