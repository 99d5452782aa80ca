package cloudformation

import (
	"fmt"
	"math/big"
	"net/netip"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

const forEachPrefix = "Fn::ForEach::"

// expandForEach returns obj with its Fn::ForEach::Name entries (the
// AWS::LanguageExtensions transform) replaced by the entries they
// generate; obj itself when it has none. Generated entries keep the
// positions of the fragment they come from; a value that stands for the
// loop identifier points at the fragment with a Via step to the item.
func (e *evaluator) expandForEach(obj *parser.Value) *parser.Value {
	if e.in.noForEach && skipForEach {
		return obj
	}
	for k := range obj.Attrs {
		if strings.HasPrefix(k, forEachPrefix) {
			out, _ := e.expandForEachOrdered(obj)
			return out
		}
	}
	return obj
}

// expandForEachOrdered is expandForEach that also returns the keys in the
// order written, generated ones in the order of their collections.
func (e *evaluator) expandForEachOrdered(obj *parser.Value) (*parser.Value, []string) {
	has := false
	for k := range obj.Attrs {
		if e.in.noForEach && skipForEach {
			break
		}
		if strings.HasPrefix(k, forEachPrefix) {
			has = true
			break
		}
	}
	if !has {
		return obj, sourceOrder(obj.Attrs)
	}
	e.depth++
	defer func() { e.depth-- }()
	out := *obj
	out.Attrs = make(map[string]*parser.Value, len(obj.Attrs))
	var order []string
	put := func(k string, v *parser.Value) {
		if _, dup := out.Attrs[k]; dup {
			e.warn(v.KeyRange, "duplicate key", fmt.Sprintf("Fn::ForEach generates key %q, which is already defined; the first one is used", k))
			return
		}
		out.Attrs[k] = v
		order = append(order, k)
	}
	for _, k := range sourceOrder(obj.Attrs) {
		v := obj.Attrs[k]
		if !strings.HasPrefix(k, forEachPrefix) {
			put(k, v)
			continue
		}
		for _, g := range e.forEach(k, v) {
			put(g.key, g.val)
		}
	}
	return &out, order
}

// skipForEach lets the evaluation skip looking for Fn::ForEach keys where
// the text test says there is none (instance.noForEach); tests turn it off
// to compare both ways.
var skipForEach = true

// holdsForEach reports whether v or a value in it has a Fn::ForEach key.
func holdsForEach(v *parser.Value, depth int) bool {
	if v == nil || depth > 4*maxDepth {
		return false
	}
	for k, a := range v.Attrs {
		if strings.HasPrefix(k, forEachPrefix) || holdsForEach(a, depth+1) {
			return true
		}
	}
	for _, el := range v.Elems {
		if holdsForEach(el, depth+1) {
			return true
		}
	}
	return false
}

type generated struct {
	key string
	val *parser.Value
}

// forEach expands one Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Fragment}].
func (e *evaluator) forEach(name string, v *parser.Value) []generated {
	bad := func(msg string) []generated {
		e.warn(v.KeyRange, "invalid Fn::ForEach", name+": "+msg+"; it generates nothing")
		return nil
	}
	if e.depth > 4*maxDepth {
		return bad("loops nest too deeply")
	}
	if v.Kind != parser.List || len(v.Elems) != 3 {
		return bad("the value must be [Identifier, Collection, {OutputKey: OutputValue}]")
	}
	id, ok := literal(v.Elems[0])
	if !ok || id == "" {
		return bad("the identifier must be a string")
	}
	frag := v.Elems[2]
	if frag.Kind != parser.Object {
		return bad("the output must be a mapping of OutputKey to OutputValue")
	}
	coll := e.eval(v.Elems[1])
	if coll.Kind != parser.List {
		if coll.Kind == parser.Unknown {
			e.warn(v.Elems[1].Range, "Fn::ForEach not expanded", name+": the collection is not known statically ("+coll.Why()+"); the entries it generates are not read")
			return nil
		}
		return bad("the collection must be a list")
	}
	var out []generated
	fragSize := size(frag)
	for _, item := range coll.Elems {
		s, ok := scalarString(item)
		if !ok {
			e.warn(item.Range, "Fn::ForEach not expanded", name+": an item of the collection is not a string known statically; it is skipped")
			continue
		}
		if !e.spend(fragSize, v) {
			return out
		}
		at := item.Range
		if at.IsZero() {
			at = v.Elems[1].Range
		}
		step := parser.Step{Range: at, Note: fmt.Sprintf("%s item %s", strings.TrimPrefix(name, "Fn::"), s)}
		sub := forEachSubst{id: id, val: s, step: step}
		expanded, keys := e.expandForEachOrdered(sub.value(frag))
		for _, k := range keys {
			out = append(out, generated{k, expanded.Attrs[k]})
		}
	}
	return out
}

// forEachSubst replaces a loop identifier by one item of the collection.
type forEachSubst struct {
	id, val string
	step    parser.Step
}

func (f forEachSubst) key(k string) string {
	k = strings.ReplaceAll(k, "${"+f.id+"}", f.val)
	if strings.Contains(k, "&{"+f.id+"}") {
		var alnum strings.Builder
		for _, r := range f.val {
			if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				alnum.WriteRune(r)
			}
		}
		k = strings.ReplaceAll(k, "&{"+f.id+"}", alnum.String())
	}
	return k
}

// value copies v with the identifier replaced: Ref Identifier becomes the
// item, ${Identifier} in Fn::Sub and in keys the item's text.
func (f forEachSubst) value(v *parser.Value) *parser.Value {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case parser.Object:
		if fn, arg, ok := intrinsic(v); ok {
			switch fn {
			case "Ref":
				if name, ok := literal(arg); ok && name == f.id {
					out := parser.StringValue(f.val, v.Range)
					out.KeyRange = v.KeyRange
					out.SetVia([]parser.Step{f.step})
					return out
				}
				return v
			case "Fn::Sub":
				return f.sub(v, arg)
			}
		}
		out := *v
		out.Attrs = make(map[string]*parser.Value, len(v.Attrs))
		for k, a := range v.Attrs {
			nk := f.key(k)
			na := f.value(a)
			if nk != k && na == a {
				c := *a
				na = &c
			}
			out.Attrs[nk] = na
		}
		return &out
	case parser.List:
		out := *v
		out.Elems = make([]*parser.Value, len(v.Elems))
		for i, el := range v.Elems {
			out.Elems[i] = f.value(el)
		}
		return &out
	}
	return v
}

// sub replaces ${Identifier} in the string of a Fn::Sub, unless its
// variables define the name.
func (f forEachSubst) sub(v, arg *parser.Value) *parser.Value {
	str := arg
	if arg.Kind == parser.List && len(arg.Elems) == 2 {
		if arg.Elems[1].Get(f.id) != nil {
			return v
		}
		str = arg.Elems[0]
	}
	if str.Kind != parser.String || !strings.Contains(str.Str, "${"+f.id+"}") {
		return f.valueOfArgs(v, arg)
	}
	ns := *str
	ns.Str = strings.ReplaceAll(str.Str, "${"+f.id+"}", f.val)
	ns.SetVia(append([]parser.Step{f.step}, str.Via()...))
	na := &ns
	if arg.Kind == parser.List {
		l := *arg
		l.Elems = []*parser.Value{na, f.value(arg.Elems[1])}
		na = &l
	}
	out := *v
	out.Attrs = map[string]*parser.Value{"Fn::Sub": na}
	return &out
}

func (f forEachSubst) valueOfArgs(v, arg *parser.Value) *parser.Value {
	out := *v
	out.Attrs = map[string]*parser.Value{"Fn::Sub": f.value(arg)}
	return &out
}

// cidrSpec is a Fn::Cidr whose arguments are known and valid: n subnets
// of prefix with newLen bits of network each.
type cidrSpec struct {
	prefix netip.Prefix
	n      int64
	cb     int64
	newLen int
	via    []parser.Step
}

// subnet returns the i-th subnet.
func (c cidrSpec) subnet(i int64) string {
	a16 := c.prefix.Addr().As16()
	x := new(big.Int).Lsh(big.NewInt(i), uint(c.cb))
	x.Add(x, new(big.Int).SetBytes(a16[:]))
	var b [16]byte
	x.FillBytes(b[:])
	addr := netip.AddrFrom16(b)
	if c.prefix.Addr().Is4() {
		addr = addr.Unmap()
	}
	return netip.PrefixFrom(addr, c.newLen).String()
}

// cidr computes Fn::Cidr [ipBlock, count, cidrBits]: count consecutive
// subnets of ipBlock with cidrBits host bits each, as cidrsubnet does.
func (e *evaluator) cidr(arg, v *parser.Value) *parser.Value {
	c, failed := e.cidrArgs(arg, v)
	if failed != nil {
		return failed
	}
	out := (&parser.Value{Kind: parser.List, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Via: c.via})
	out.Elems = make([]*parser.Value, 0, c.n)
	for i := int64(0); i < c.n; i++ {
		out.Elems = append(out.Elems, (&parser.Value{Kind: parser.String, Str: c.subnet(i), Range: v.Range}).SetExtra(parser.Extra{Via: c.via}))
	}
	return out
}

// cidrArgs evaluates and checks the arguments of Fn::Cidr at v and spends
// the budget of its list. When they are not known or not valid it returns
// the Unknown that Fn::Cidr yields.
func (e *evaluator) cidrArgs(arg, v *parser.Value) (cidrSpec, *parser.Value) {
	const usage = "the argument must be [ipBlock, count, cidrBits]"
	if arg.Kind != parser.List || len(arg.Elems) != 3 {
		return cidrSpec{}, e.bad(v, "Fn::Cidr", usage)
	}
	block, blockVia := e.evalText(arg.Elems[0])
	count, countVia := e.evalText(arg.Elems[1])
	bits, bitsVia := e.evalText(arg.Elems[2])
	bs, ok1 := scalarString(block)
	n, ok2 := count.AsInt()
	cb, ok3 := bits.AsInt()
	if !ok1 || !ok2 || !ok3 {
		for _, a := range []*parser.Value{block, count, bits} {
			if a.Kind != parser.Unknown && (a.Kind == parser.Null || a.Kind == parser.List || a.Kind == parser.Object) {
				return cidrSpec{}, e.bad(v, "Fn::Cidr", usage)
			}
		}
		if (block.IsKnown() && !ok1) || (count.IsKnown() && !ok2) || (bits.IsKnown() && !ok3) {
			return cidrSpec{}, e.bad(v, "Fn::Cidr", "count and cidrBits must be integers")
		}
		return cidrSpec{}, unknown(v, "Fn::Cidr of values not known statically", collectRefs(bits, collectRefs(count, collectRefs(block, nil)))...)
	}
	prefix, err := netip.ParsePrefix(strings.TrimSpace(bs))
	if err != nil {
		return cidrSpec{}, e.bad(v, "Fn::Cidr", fmt.Sprintf("%q is not a CIDR block", bs))
	}
	prefix = prefix.Masked()
	total := prefix.Addr().BitLen()
	newLen := total - int(cb)
	if cb < 1 || int64(total) < cb || newLen < prefix.Bits() {
		return cidrSpec{}, e.bad(v, "Fn::Cidr", fmt.Sprintf("cidrBits %d does not fit in %s", cb, prefix))
	}
	if n < 1 || n > 256 {
		return cidrSpec{}, e.bad(v, "Fn::Cidr", fmt.Sprintf("count %d is not between 1 and 256", n))
	}
	if free := newLen - prefix.Bits(); free < 9 && n > int64(1)<<free {
		return cidrSpec{}, e.bad(v, "Fn::Cidr", fmt.Sprintf("%s holds only %d subnets of /%d, not %d", prefix, int64(1)<<free, newLen, n))
	}
	if !e.spend(int(n), v) {
		return cidrSpec{}, unknown(v, "the template is too large to resolve")
	}
	via := addSteps(addSteps(append([]parser.Step(nil), blockVia...), countVia...), bitsVia...)
	return cidrSpec{prefix: prefix, n: n, cb: cb, newLen: newLen, via: slices.Clip(via)}, nil
}
