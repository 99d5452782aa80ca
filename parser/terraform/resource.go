package terraform

import (
	"fmt"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// instance is one expansion of a resource block.
type instance struct {
	key   string // "", "[0]" or `["a"]`
	scope scope
}

// expand evaluates count or for_each and returns one resource per instance.
// When the number of instances cannot be known, one instance stands for
// them all, with count.index or each.* unknown.
func (ev *evaluator) expand(b block) []*parser.Resource {
	typ, name := b.hcl.Labels[0], b.hcl.Labels[1]
	attrs := metaAttributes(b.hcl.Body)
	var insts []instance
	switch {
	case attrs["count"] != nil:
		insts = ev.countInstances(attrs["count"])
	case attrs["for_each"] != nil:
		insts = ev.forEachInstances(attrs["for_each"])
	default:
		insts = []instance{{}}
	}
	addr := typ + "." + name
	if b.data {
		addr = "data." + addr
	}
	var deps []string
	if d := attrs["depends_on"]; d != nil {
		deps = ev.refs(d.Expr)
	}
	out := make([]*parser.Resource, 0, len(insts))
	for _, in := range insts {
		out = append(out, &parser.Resource{
			Format:    parser.Terraform,
			Type:      typ,
			Name:      name,
			Address:   addr + in.key,
			Data:      b.data,
			Module:    ev.mod.Dir,
			Range:     convertRange(b.hcl.DefRange),
			Body:      ev.body(b.hcl.Body, in.scope, 0),
			DependsOn: deps,
		})
	}
	return out
}

// metaAttributes returns count, for_each and depends_on when present.
func metaAttributes(body hcl.Body) map[string]*hcl.Attribute {
	content, _, _ := body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "count"}, {Name: "for_each"}, {Name: "depends_on"},
	}})
	return content.Attributes
}

func (ev *evaluator) countInstances(a *hcl.Attribute) []instance {
	v := ev.evalExpr(a.Expr, nil)
	n, ok := v.AsInt()
	if !ok {
		return []instance{{key: "[*]", scope: scope{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}}
	}
	if n > int64(ev.opts.MaxInstances) {
		ev.tooMany(a, n)
		return []instance{{key: "[*]", scope: scope{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}}
	}
	insts := make([]instance, 0, max(n, 0))
	for i := int64(0); i < n; i++ {
		insts = append(insts, instance{
			key:   "[" + strconv.FormatInt(i, 10) + "]",
			scope: scope{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(i)})},
		})
	}
	return insts
}

func (ev *evaluator) forEachInstances(a *hcl.Attribute) []instance {
	ctx := ev.evalContext(a.Expr, nil)
	val, _ := a.Expr.Value(ctx)
	val, _ = val.UnmarkDeep()
	unknown := []instance{{key: "[*]", scope: scope{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}}
	if !val.IsWhollyKnown() || val.IsNull() {
		return unknown
	}
	ty := val.Type()
	if !(ty.IsMapType() || ty.IsObjectType() || ty.IsSetType()) {
		return unknown
	}
	if n := val.LengthInt(); n > ev.opts.MaxInstances {
		ev.tooMany(a, int64(n))
		return unknown
	}
	var insts []instance
	for it := val.ElementIterator(); it.Next(); {
		k, v := it.Element()
		if ty.IsSetType() {
			if k.Type() != cty.String {
				return unknown
			}
			k = v
		}
		insts = append(insts, instance{
			key:   "[" + strconv.Quote(k.AsString()) + "]",
			scope: scope{"each": cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})},
		})
	}
	return insts
}

func (ev *evaluator) tooMany(a *hcl.Attribute, n int64) {
	ev.diags = append(ev.diags, parser.Diagnostic{
		Severity: parser.SevWarning,
		Summary:  "too many instances",
		Detail:   fmt.Sprintf("%s would create %d instances, more than the limit of %d; one instance with unknown values is scanned instead", a.Name, n, ev.opts.MaxInstances),
		Range:    convertRange(a.Expr.Range()),
	})
}

// body converts a resource or nested block body into an object value:
// attributes are evaluated, nested blocks become lists of objects under
// their type name, and dynamic blocks are expanded.
func (ev *evaluator) body(b hcl.Body, sc scope, depth int) *parser.Value {
	obj := &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}}
	if depth > maxBlockDepth {
		return parser.UnknownValue(parser.Range{}, "blocks nested too deeply")
	}
	sb, ok := b.(*hclsyntax.Body)
	if !ok {
		// JSON syntax: without provider schemas a nested block and an
		// attribute look alike; both become values of the same shape.
		attrs, _ := b.JustAttributes()
		for name, a := range attrs {
			if metaArguments[name] && depth == 0 {
				continue
			}
			v := ev.evalExpr(a.Expr, sc)
			v.KeyRange = convertRange(a.NameRange)
			obj.Attrs[name] = v
		}
		obj.Range = convertRange(b.MissingItemRange())
		return obj
	}
	obj.Range = convertRange(sb.Range())
	for name, a := range sb.Attributes {
		if metaArguments[name] && depth == 0 {
			continue
		}
		v := ev.evalExpr(a.Expr, sc)
		v.KeyRange = convertRange(a.NameRange)
		obj.Attrs[name] = v
	}
	for _, nb := range sb.Blocks {
		if depth == 0 && metaArguments[nb.Type] {
			continue
		}
		if nb.Type == "dynamic" && len(nb.Labels) == 1 {
			name := nb.Labels[0]
			list := ev.blockList(obj, name, convertRange(nb.TypeRange))
			list.Elems = append(list.Elems, ev.dynamic(nb, sc, depth)...)
			continue
		}
		list := ev.blockList(obj, nb.Type, convertRange(nb.TypeRange))
		child := ev.body(nb.Body, sc, depth+1)
		child.Range = convertRange(nb.Range())
		child.KeyRange = convertRange(nb.TypeRange)
		list.Elems = append(list.Elems, child)
	}
	return obj
}

const maxBlockDepth = 100

func (ev *evaluator) blockList(obj *parser.Value, name string, rng parser.Range) *parser.Value {
	list := obj.Attrs[name]
	if list == nil || list.Kind != parser.List {
		list = &parser.Value{Kind: parser.List, Range: rng, KeyRange: rng}
		obj.Attrs[name] = list
	}
	return list
}

// dynamic expands a dynamic block. When its for_each cannot be known, one
// unknown element stands for the blocks it would produce.
func (ev *evaluator) dynamic(nb *hclsyntax.Block, sc scope, depth int) []*parser.Value {
	iter := nb.Labels[0]
	var forEach hcl.Expression
	if a := nb.Body.Attributes["for_each"]; a != nil {
		forEach = a.Expr
	}
	if a := nb.Body.Attributes["iterator"]; a != nil {
		if kw := hcl.ExprAsKeyword(a.Expr); kw != "" {
			iter = kw
		}
	}
	var content *hclsyntax.Block
	for _, cb := range nb.Body.Blocks {
		if cb.Type == "content" {
			content = cb
		}
	}
	rng := convertRange(nb.Range())
	if forEach == nil || content == nil {
		return nil
	}
	val, _ := forEach.Value(ev.evalContext(forEach, sc))
	val, _ = val.UnmarkDeep()
	if !val.IsWhollyKnown() || val.IsNull() || !val.CanIterateElements() {
		return []*parser.Value{parser.UnknownValue(rng, "dynamic block for_each is not known")}
	}
	if val.LengthInt() > ev.opts.MaxInstances {
		return []*parser.Value{parser.UnknownValue(rng, "dynamic block for_each is too large")}
	}
	var out []*parser.Value
	for it := val.ElementIterator(); it.Next(); {
		k, v := it.Element()
		inner := scope{}
		for n, x := range sc {
			inner[n] = x
		}
		inner[iter] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})
		child := ev.body(content.Body, inner, depth+1)
		child.Range = convertRange(content.Range())
		out = append(out, child)
	}
	return out
}
