package terraform

import (
	"maps"
	"slices"
	"weak"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// resource evaluates a resource or data block once, expanding count and
// for_each, and records its instances. A block that refers to itself
// through other blocks sees itself as unknown.
func (ev *evaluator) resource(key string) *resourceState {
	st := ev.resources[key]
	if st == nil || st.done || ev.inFlight[key] {
		return st
	}
	ev.inFlight[key] = true
	defer delete(ev.inFlight, key)
	b := st.block
	// A block read from its source (stream.go) keeps its empty body: it
	// sets none of the meta-arguments read from it below.
	streamed := -1
	if lb := ev.streamable(b); lb != nil {
		m := ev.stream.mark()
		defer ev.stream.cut(m)
		if bi, ok := ev.streamBuild(lb); ok {
			streamed = bi
		}
	}
	if streamed < 0 {
		ev.decls.lazy.fill(b)
	}
	typ, name := b.Labels[0], b.Labels[1]
	meta := metaAttributes(b.Body)
	mode, keys, scopes, known := ev.expansionOf(meta)
	st.mode, st.keys, st.known = mode, keys, known
	addr := typ + "." + name
	if st.data {
		addr = "data." + addr
	}
	local := addr
	if ev.addr != "" {
		addr = ev.addr + "." + addr
	}
	provider := ev.resourceProvider(b)
	var deps []string
	if d := meta["depends_on"]; d != nil {
		deps = ev.refs(d.Expr, scope{})
	}
	for i, sc := range scopes {
		suffix := ""
		switch {
		case !known:
			suffix = "[*]"
		case mode != "":
			suffix = instanceKey(keys[i])
		}
		res := &parser.Resource{
			Format:    parser.Terraform,
			Type:      typ,
			Name:      name,
			Address:   addr + suffix,
			Data:      st.data,
			Module:    ev.mod.Dir,
			Range:     convertRange(b.DefRange),
			Body:      ev.resourceBody(b, streamed, sc),
			DependsOn: deps,
			Provider:  provider,
			Calls:     ev.callSites,
			Local:     local,
			Scope:     ev.addr,
			Root:      ev.run.root,
		}
		st.instances = append(st.instances, res)
		ev.run.resources = append(ev.run.resources, res)
	}
	st.done = true
	if ev.dropSyntax && !ev.callInFlight() {
		ev.decls.lazy.drop(b)
		ev.decls.lazy.release(b)
	}
	ev.handOver(st, typ, name)
	return st
}

// resourceBody is the value of a resource block's body in scope sc: from
// body streamed of ev.stream when not negative, else from its tree.
func (ev *evaluator) resourceBody(b *hcl.Block, streamed int, sc scope) *parser.Value {
	if streamed >= 0 {
		return ev.streamedBody(streamed, sc, 0)
	}
	return ev.body(b.Body, sc, 0)
}

// dropBody empties the syntax tree of a resource block that is evaluated
// for good, keeping its ranges: its arguments and nested blocks are
// garbage from then on. Only a root module's evaluator handed its module
// (Project.Own) does it, and only when no module call of the root is
// being evaluated, since a later pass over such a call rolls back and
// evaluates again what was evaluated during it (see call). Nothing reads
// a resource block's body after its evaluation: the module's declarations
// and the undeclared-reference check were read before, and the graph and
// the rules read values. Blocks merged with an override file and JSON
// blocks keep theirs.
func dropBody(b *hcl.Block) {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		emptyBody(sb)
	}
}

// emptyBody empties a body, keeping its ranges.
func emptyBody(sb *hclsyntax.Body) {
	*sb = hclsyntax.Body{SrcRange: sb.SrcRange, EndRange: sb.EndRange}
}

// resourceValue is what a reference to a resource or data source sees: the
// attributes written in the configuration, with everything computed by the
// provider unknown. Data sources are unknown except those whose result is
// defined by their arguments.
func (ev *evaluator) resourceValue(key string) cty.Value {
	st := ev.resource(key)
	if st == nil || !st.done {
		return unknownBecause("reference cycle")
	}
	if v := st.cached.Value(); v != nil {
		return *v
	}
	vals := make([]cty.Value, len(st.instances))
	for i, r := range st.instances {
		if st.data {
			vals[i] = dataSourceValue(r)
		} else {
			vals[i] = fromValueOrUnknown(r.Body)
		}
	}
	v := collect(st.mode, st.known, st.keys, vals)
	st.cached = weak.Make(&v)
	return v
}

// dataSourceValue computes the attributes of the data sources whose result
// depends only on their arguments.
func dataSourceValue(r *parser.Resource) cty.Value {
	switch r.Type {
	case "aws_iam_policy_document":
		if doc, ok := renderPolicyDocument(r.Body); ok {
			return cty.ObjectVal(map[string]cty.Value{
				"json": cty.StringVal(doc.indented), "minified_json": cty.StringVal(doc.minified),
			})
		}
		return unknownBecause("aws_iam_policy_document with unknown parts")
	}
	return unknownBecause(parser.WhyDataSource(r.Type))
}

// body converts a resource or nested block body into an object value:
// attributes are evaluated, nested blocks become lists of objects under
// their type name, and dynamic blocks are expanded.
func (ev *evaluator) body(b hcl.Body, sc scope, depth int) *parser.Value {
	size := 0
	if sb, ok := b.(*hclsyntax.Body); ok {
		size = len(sb.Attributes) + len(sb.Blocks)
	}
	obj := &parser.Value{Kind: parser.Object, Attrs: make(map[string]*parser.Value, size)}
	if depth > maxBlockDepth {
		return parser.UnknownValue(parser.Range{}, "blocks nested too deeply")
	}
	if ob, ok := b.(*overrideBody); ok {
		return ev.overriddenBody(ob, sc, depth, obj)
	}
	sb, ok := b.(*hclsyntax.Body)
	if !ok {
		// JSON syntax: without provider schemas a nested block and an
		// attribute look alike; both become values of the same shape.
		// Dynamic blocks are read as blocks and expanded.
		dyn, rest, _ := b.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "dynamic", LabelNames: []string{"name"}}}})
		for _, db := range dyn.Blocks {
			d := jsonDynamic(db)
			addBlocks(obj, d.name, d.typeRange, ev.expandDynamic(d, sc, depth))
		}
		attrs, _ := rest.JustAttributes()
		for _, name := range slices.Sorted(maps.Keys(attrs)) {
			a := attrs[name]
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
	// In source order: an attribute that refers to a resource not yet
	// evaluated evaluates it, and the order resources are evaluated in is
	// the order of the root's resources, which must not depend on the
	// order of a map.
	for _, a := range attributesInOrder(sb.Attributes) {
		if metaArguments[a.Name] && depth == 0 {
			continue
		}
		v := ev.evalExpr(a.Expr, sc)
		v.KeyRange = convertRange(a.NameRange)
		obj.Attrs[ev.name(a.Name)] = v
	}
	for _, nb := range sb.Blocks {
		if depth == 0 && metaArguments[nb.Type] {
			continue
		}
		if nb.Type == "dynamic" && len(nb.Labels) == 1 {
			addBlocks(obj, nb.Labels[0], convertRange(nb.TypeRange), ev.dynamic(nb, sc, depth))
			continue
		}
		list := blockList(obj, ev.name(nb.Type), convertRange(nb.TypeRange))
		child := ev.body(nb.Body, sc, depth+1)
		child.Range = convertRange(nb.Range())
		child.KeyRange = convertRange(nb.TypeRange)
		list.Elems = append(list.Elems, child)
	}
	return obj
}

const maxBlockDepth = 100

// name returns the evaluator's copy of an attribute or block name: the
// keys of the resources' attribute maps are then one string per name
// rather than the copy each block's parse made. A resource block parsed
// when it is evaluated (lazy.go) lets its tree go once evaluated, but its
// names lived on as the keys of its values (about 3 MB of 16-byte strings
// on bench/gen's 30,000 resources).
func (ev *evaluator) name(s string) string {
	if n, ok := ev.names[s]; ok {
		return n
	}
	if ev.names == nil {
		ev.names = map[string]string{}
	}
	ev.names[s] = s
	return s
}

// overriddenBody is body for a block merged with an override file's.
func (ev *evaluator) overriddenBody(b *overrideBody, sc scope, depth int, obj *parser.Value) *parser.Value {
	obj.Range = bodyRange(b)
	it := items(b)
	for name, a := range it.attrs {
		if metaArguments[name] && depth == 0 {
			continue
		}
		v := ev.evalExpr(a.Expr, sc)
		v.KeyRange = convertRange(a.NameRange)
		obj.Attrs[name] = v
	}
	for _, nb := range it.blocks {
		if depth == 0 && metaArguments[nb.Type] {
			continue
		}
		if nb.Type == "dynamic" && len(nb.Labels) == 1 {
			d := jsonDynamic(nb)
			addBlocks(obj, d.name, d.typeRange, ev.expandDynamic(d, sc, depth))
			continue
		}
		list := blockList(obj, nb.Type, convertRange(nb.TypeRange))
		child := ev.body(nb.Body, sc, depth+1)
		child.Range = convertRange(nb.DefRange)
		if sb, ok := nb.Body.(*hclsyntax.Body); ok {
			child.Range = convertRange(hcl.RangeBetween(nb.TypeRange, sb.SrcRange))
		}
		child.KeyRange = convertRange(nb.TypeRange)
		list.Elems = append(list.Elems, child)
	}
	return obj
}

// bodyRange is the range of a body as written: the braces of a native
// block, the object of a JSON one, the original's for a merged one.
func bodyRange(b hcl.Body) parser.Range {
	switch sb := b.(type) {
	case *hclsyntax.Body:
		return convertRange(sb.Range())
	case *overrideBody:
		return bodyRange(sb.base)
	}
	return convertRange(b.MissingItemRange())
}

// addBlocks adds the blocks a dynamic block expanded to. A dynamic block
// with no instances (for_each over an empty collection) adds nothing: the
// block is not set, as in Terraform, and a rule asking whether it is must
// not see an empty list.
func addBlocks(obj *parser.Value, name string, rng parser.Range, elems []*parser.Value) {
	if len(elems) == 0 {
		return
	}
	list := blockList(obj, name, rng)
	list.Elems = append(list.Elems, elems...)
}

func blockList(obj *parser.Value, name string, rng parser.Range) *parser.Value {
	list := obj.Attrs[name]
	if list == nil || list.Kind != parser.List {
		list = &parser.Value{Kind: parser.List, Range: rng, KeyRange: rng}
		obj.Attrs[name] = list
	}
	return list
}

// dynamic expands a dynamic block, nested ones too. When its for_each
// cannot be known, one unknown element stands for the blocks it makes.
func (ev *evaluator) dynamic(nb *hclsyntax.Block, sc scope, depth int) []*parser.Value {
	d := dynamicBlock{name: nb.Labels[0], rng: convertRange(nb.Range()), typeRange: convertRange(nb.TypeRange)}
	if a := nb.Body.Attributes["for_each"]; a != nil {
		d.forEach = a.Expr
	}
	if a := nb.Body.Attributes["iterator"]; a != nil {
		d.iterator = a.Expr
	}
	for _, cb := range nb.Body.Blocks {
		if cb.Type == "content" {
			d.content, d.contentRange = cb.Body, convertRange(cb.Range())
		}
	}
	return ev.expandDynamic(d, sc, depth)
}

// dynamicUnknown stands for the blocks of a dynamic block whose for_each
// is not known: the content evaluated once, with the iterator's key and
// value unknown. What the content writes literally (a 0.0.0.0/0 CIDR, an
// unencrypted protocol) is then read as it would be in every block the
// dynamic block makes; what comes from the iterator stays unknown, and so
// is undecided rather than silently passed.
func (ev *evaluator) dynamicUnknown(d dynamicBlock, iter string, coll *parser.Value, sc scope, depth int) []*parser.Value {
	why := "dynamic block for_each is not known"
	if coll != nil && coll.Why() != "" {
		why = "dynamic block for_each is not known: " + coll.Why()
	}
	unknownIter := cty.ObjectVal(map[string]cty.Value{"key": unknownBecause(why), "value": unknownBecause(why)})
	inner := sc.with(iter, unknownIter, nil)
	if refs := coll.Refs(); len(refs) > 0 {
		if inner.refs == nil {
			inner.refs = map[string][]string{}
		}
		inner.refs[iter] = refs
	} else {
		delete(inner.refs, iter)
	}
	child := ev.body(d.content, inner, depth+1)
	child.Range = d.rng // where for_each is, the cause of what is not known
	child.KeyRange = d.typeRange
	child.SetRest(true)
	child.SetWhy(why)
	return []*parser.Value{child}
}

// dynamicBlock is a dynamic block of either syntax.
type dynamicBlock struct {
	name                         string
	forEach, iterator            hcl.Expression
	content                      hcl.Body
	rng, typeRange, contentRange parser.Range
}

var dynamicSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "for_each"}, {Name: "iterator"}, {Name: "labels"}},
	Blocks:     []hcl.BlockHeaderSchema{{Type: "content"}},
}

// jsonDynamic reads a dynamic block written in JSON syntax.
func jsonDynamic(b *hcl.Block) dynamicBlock {
	d := dynamicBlock{name: b.Labels[0], rng: convertRange(b.DefRange), typeRange: convertRange(b.TypeRange)}
	content, _, _ := b.Body.PartialContent(dynamicSchema)
	if a := content.Attributes["for_each"]; a != nil {
		d.forEach = a.Expr
	}
	if a := content.Attributes["iterator"]; a != nil {
		d.iterator = a.Expr
	}
	for _, cb := range content.Blocks {
		d.content, d.contentRange = cb.Body, convertRange(cb.DefRange)
	}
	return d
}

func (ev *evaluator) expandDynamic(d dynamicBlock, sc scope, depth int) []*parser.Value {
	iter := d.name
	if d.iterator != nil {
		if kw := hcl.ExprAsKeyword(d.iterator); kw != "" {
			iter = kw
		} else if v, diags := d.iterator.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
			iter = v.AsString() // JSON syntax writes the iterator name as a string
		}
	}
	forEach, content, rng := d.forEach, d.content, d.rng
	if forEach == nil || content == nil {
		return nil
	}
	coll, val := ev.evalCollection(forEach, sc)
	val, _ = val.UnmarkDeep()
	switch {
	case !val.IsKnown() && ev.emptyEitherWay(forEach, sc):
		return nil // no block whatever the condition (emptyEitherWay)
	case !val.IsKnown() || (val.Type().IsSetType() && !val.IsWhollyKnown()):
		// How many blocks is not known (a set's length is not known while an
		// element is not).
		return ev.dynamicUnknown(d, iter, coll, sc, depth)
	case val.IsNull() || !val.CanIterateElements():
		return []*parser.Value{parser.UnknownValue(rng, "dynamic block for_each is not known")}
	}
	if val.LengthInt() > ev.run.maxInstances {
		return []*parser.Value{parser.UnknownValue(rng, "dynamic block for_each is too large")}
	}
	var out []*parser.Value
	i := 0
	for it := val.ElementIterator(); it.Next(); i++ {
		k, v := it.Element()
		var prov *parser.Value
		if !val.Type().IsSetType() {
			prov = iteration(coll, k, i)
		}
		inner := sc.with(iter, cty.ObjectVal(map[string]cty.Value{"key": k, "value": v}), prov)
		if len(coll.Refs()) > 0 {
			if inner.refs == nil {
				inner.refs = map[string][]string{}
			}
			inner.refs[iter] = coll.Refs()
		} else {
			delete(inner.refs, iter)
		}
		child := ev.body(content, inner, depth+1)
		child.Range = d.contentRange
		child.KeyRange = d.typeRange
		out = append(out, child)
	}
	return out
}
