package terraform

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"weak"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/standin"
)

// evaluator evaluates one instance of one module: the root module, or one
// call (one count or for_each instance of a call) of a child module.
type evaluator struct {
	run   *rootRun
	mod   *Module
	decls *declarations
	// addr is the module address prefix: "" for the root module, else
	// `module.net` or `module.net["a"].module.subnets`.
	addr string
	// key is the module key of modules.json: "" for the root, "net.subnets".
	key string
	// stack holds the directories of the calls being evaluated, outermost
	// first, to stop module cycles.
	stack []string
	// callNode is the graph address of the module call that created this
	// instance (without instance key), "" for the root.
	callNode string
	// callSites is the chain of module call sites that led here.
	callSites []parser.Step

	funcs map[string]function.Function
	// providers maps the provider configurations the instance sees, by
	// local name ("aws", "aws.dr"), to their graph addresses.
	providers map[string]string
	vars      map[string]*parser.Value
	varNotes  map[string]string
	// varTypes are the declared types of variables (applyTypes), so that
	// expressions see a set(string) as a set, as Terraform does.
	varTypes map[string]cty.Type
	// defaults records the variables that hold their defaults (see
	// setDefault).
	defaults map[string]defaultState
	locals   map[string]*parser.Value
	inFlight map[string]bool
	// varsCty and localsCty hold variables and locals converted for
	// expressions (see converted).
	varsCty, localsCty map[string]convertedValue
	// literalCtx is the context of expressions without references.
	literalCtx *hcl.EvalContext
	// nameCtx holds the contexts of expressions that refer to one
	// variable or local only (see nameContext).
	nameCtx map[nameKey]nameCtx
	// rebased is the cache of rebase for the values of variables and
	// locals.
	rebased rebaseCache
	// extras shares the Extras of values with the same references
	// (evalExprVal).
	extras parser.ExtraShare
	// names holds one copy of each attribute and block name (name).
	names map[string]string
	// stream holds the trees of the blocks being evaluated from their
	// source (see streamTree).
	stream streamTree

	resources        map[string]*resourceState
	calls            map[string]*callState
	pathVal          cty.Value
	fixedDone        bool
	outputVal        cty.Value
	outputDone       bool
	outputMemo       map[string]cty.Value // outputs evaluated one by one (outputOne)
	outputRefsByName map[string][]string
	// dropSyntax is set on the evaluator of a root module handed over to
	// the evaluation (Project.Own): the syntax tree of a resource block is
	// dropped once the block is evaluated (see dropBody).
	dropSyntax bool
}

type resourceState struct {
	block *hcl.Block
	data  bool
	done  bool
	// mode is how instances are keyed: "" (single), "count" or "for_each".
	mode      string
	instances []*parser.Resource
	keys      []cty.Value
	known     bool // whether the number of instances is known
	// cached is what references to the resource see, once computed. It
	// is held weakly: the values of every resource referred to were about
	// an eighth of the live heap at the end of a large module's evaluation
	// (31 of 255 MB on bench/gen's 30,000 resources), and computing one
	// again after a collection gives the same value, since evaluated
	// resources are never changed.
	cached weak.Pointer[cty.Value]
}

type callState struct {
	block     *hcl.Block
	done      bool
	mode      string
	instances []*evaluator
	keys      []cty.Value
	known     bool
	resolved  bool
	// selfRef is set when the call's arguments refer to its own outputs;
	// prev holds the instances of the previous pass, whose outputs they
	// see (see call).
	selfRef bool
	prev    []*evaluator
	// standIn is the stand-in the call was evaluated with, if any.
	standIn *standin.Model
}

func newEvaluator(run *rootRun, m *Module, addr string, stack []string) *evaluator {
	d := m.declarations()
	ev := &evaluator{
		run: run, mod: m, decls: d, addr: addr,
		stack:     append(append([]string(nil), stack...), m.Dir),
		vars:      map[string]*parser.Value{},
		varNotes:  map[string]string{},
		locals:    map[string]*parser.Value{},
		inFlight:  map[string]bool{},
		resources: map[string]*resourceState{},
		calls:     map[string]*callState{},
	}
	var fs FileScope
	if run.funcs == nil && run.project.Files != nil {
		// Terraform runs in the root module's directory: relative paths
		// in file functions resolve from there, in every module.
		fs = run.project.Files(run.root)
		fs.Report = func(summary, detail string) {
			ev.diag(parser.SevWarning, summary, detail, parser.Range{File: m.Dir})
		}
	}
	ev.funcs = run.functionsFor(fs)
	for _, b := range d.resources {
		key := b.Labels[0] + "." + b.Labels[1]
		if b.Type == "data" {
			key = "data." + key
		}
		ev.resources[key] = &resourceState{block: b, data: b.Type == "data"}
	}
	for _, b := range d.calls {
		ev.calls[b.Labels[0]] = &callState{block: b}
	}
	return ev
}

func (ev *evaluator) diag(sev parser.Severity, summary, detail string, r parser.Range) {
	ev.run.diags = append(ev.run.diags, parser.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Range: r})
}

func (ev *evaluator) addDiags(ds hcl.Diagnostics) {
	ev.run.diags = append(ev.run.diags, convertDiags(ds)...)
}

// run evaluates every resource and module call of the module, in source
// order; references are evaluated on demand along the way.
func (ev *evaluator) evaluate() {
	pf := ev.decls.lazy.prefetch(ev.decls.resources, streamEval && ev.dropSyntax)
	defer func() { pf.stop() }()
	for i, b := range ev.decls.resources {
		pf.advance(i)
		key := b.Labels[0] + "." + b.Labels[1]
		if b.Type == "data" {
			key = "data." + key
		}
		ev.resource(key)
	}
	pf.stop()
	pf = nil
	for _, b := range ev.decls.calls {
		ev.call(b.Labels[0])
	}
	ev.emitNodes()
	if ev.addr == "" {
		ev.markOutputs()
	}
}

// markOutputs records, on each resource of the root module that an output
// of the root module refers to directly, the output's name
// (Resource.Exports): the value leaves the configuration, for another
// state (terraform_remote_state) or a person to use.
func (ev *evaluator) markOutputs() {
	if len(ev.decls.outputs) == 0 {
		return
	}
	byAddr := map[string][]string{}
	for _, name := range sortedKeys(ev.decls.outputs) {
		attrs, _ := ev.decls.outputs[name].Body.JustAttributes()
		a, ok := attrs["value"]
		if !ok {
			continue
		}
		for _, u := range ev.uses(a.Expr, scope{}) {
			byAddr[u] = append(byAddr[u], name)
		}
	}
	if len(byAddr) == 0 {
		return
	}
	for _, r := range ev.run.resources {
		if r.Kind != "" || r.Scope != "" {
			continue
		}
		base := r.Address
		if i := strings.IndexByte(base, '['); i >= 0 {
			base = base[:i]
		}
		for _, name := range byAddr[base] {
			r.Exports = append(r.Exports, parser.StringValue(name, r.Range))
		}
	}
}

// local evaluates local.name on demand, detecting cycles.
func (ev *evaluator) local(name string) *parser.Value {
	if v, ok := ev.locals[name]; ok {
		return v
	}
	a, ok := ev.decls.locals[name]
	if !ok {
		return nil
	}
	if ev.inFlight["local."+name] {
		if again := "local." + name + "#again"; !ev.inFlight[again] && ev.callInFlight() {
			// The local leads to a module call whose arguments lead back
			// to it (locals { net = module.net } and an argument
			// local.net.default_cidr): no cycle when the outputs involved
			// do not depend on those arguments, which the passes of the
			// call work out (see call). The value is not kept: the outer
			// evaluation of the local keeps its own.
			ev.inFlight[again] = true
			v := ev.evalExpr(a.Expr, scope{})
			delete(ev.inFlight, again)
			return v
		}
		r := convertRange(a.Range)
		ev.diag(parser.SevWarning, "local value refers to itself",
			"local."+name+" is part of a reference cycle; it is treated as unknown", r)
		return parser.UnknownValue(r, "local."+name+" is part of a cycle")
	}
	ev.inFlight["local."+name] = true
	v := ev.evalExpr(a.Expr, scope{})
	delete(ev.inFlight, "local."+name)
	ev.locals[name] = v
	return v
}

// callInFlight reports whether a module call of this module is being
// evaluated.
func (ev *evaluator) callInFlight() bool {
	for k := range ev.inFlight {
		if strings.HasPrefix(k, "module.") {
			return true
		}
	}
	return false
}

// terraformValue is terraform.* as a configuration sees it offline: the
// workspace is "default" unless one is selected (TF_WORKSPACE).
func terraformValue(workspace string) cty.Value {
	if workspace == "" {
		workspace = "default"
	}
	return cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal(workspace)})
}

// scope is the per-instance part of an evaluation context: count, each,
// and dynamic block iterators, with the positioned values behind each and
// the iterators so that provenance survives iteration.
type scope struct {
	vals map[string]cty.Value
	prov map[string]*parser.Value
	// refs are the references of the collection an iterator walks: each
	// element refers to what the collection refers to.
	refs map[string][]string
}

func newScope(name string, v cty.Value, prov *parser.Value) scope {
	sc := scope{vals: map[string]cty.Value{name: v}}
	if prov != nil {
		sc.prov = map[string]*parser.Value{name: prov}
	}
	return sc
}

// with returns a copy of sc with one more name.
func (sc scope) with(name string, v cty.Value, prov *parser.Value) scope {
	out := scope{vals: map[string]cty.Value{}, prov: map[string]*parser.Value{}}
	for k, x := range sc.vals {
		out.vals[k] = x
	}
	for k, x := range sc.prov {
		out.prov[k] = x
	}
	if sc.refs != nil {
		out.refs = map[string][]string{}
		for k, x := range sc.refs {
			out.refs[k] = x
		}
	}
	out.vals[name] = v
	if prov != nil {
		out.prov[name] = prov
	} else {
		delete(out.prov, name)
	}
	return out
}

// iteration is the positioned {key, value} object of one for_each or
// dynamic element, when the collection's positioned value is at hand.
func iteration(coll *parser.Value, k cty.Value, i int) *parser.Value {
	if coll == nil || !coll.IsKnown() {
		return nil
	}
	var elem *parser.Value
	switch coll.Kind {
	case parser.Object:
		if k.Type() == cty.String {
			elem = coll.Attrs[k.AsString()]
		}
	case parser.List:
		if i < len(coll.Elems) {
			elem = coll.Elems[i]
		}
	}
	if elem == nil {
		return nil
	}
	return &parser.Value{Kind: parser.Object, Range: elem.Range, Attrs: map[string]*parser.Value{"value": elem}}
}

// evalContext builds the context for expr: only the names expr refers to
// are evaluated, on demand, and every other root name is unknown.
func (ev *evaluator) evalContext(expr hcl.Expression, sc scope) *hcl.EvalContext {
	return ev.evalContextOf(variables(expr), sc)
}

// evalContextOf is evalContext for an expression whose references are
// traversals (expr.Variables()).
func (ev *evaluator) evalContextOf(traversals []hcl.Traversal, sc scope) *hcl.EvalContext {
	if !ev.fixedDone {
		ev.pathVal = cty.ObjectVal(map[string]cty.Value{
			"module": cty.StringVal(relativeDir(ev.run.root, ev.mod.Dir)), "root": cty.StringVal("."), "cwd": cty.StringVal("."),
		})
		ev.fixedDone = true
	}
	if ev.run.terraform.Type() == cty.NilType {
		ev.run.terraform = terraformValue("")
	}
	if len(traversals) == 0 && len(sc.vals) == 0 {
		// Nothing to look up (a literal, a function of literals): every
		// such expression sees the same context, built once.
		if ev.literalCtx == nil {
			ev.literalCtx = ev.newEvalContext(nil, sc)
		}
		return ev.literalCtx
	}
	if ctx := ev.nameContext(traversals, sc); ctx != nil {
		return ctx
	}
	return ev.newEvalContext(traversals, sc)
}

// newEvalContext builds the context of an expression that refers to
// traversals.
func (ev *evaluator) newEvalContext(traversals []hcl.Traversal, sc scope) *hcl.EvalContext {
	vars := make(map[string]cty.Value, 6+len(sc.vals))
	vars["path"], vars["terraform"] = ev.pathVal, ev.run.terraform
	// The objects are made only for the names expressions refer to; most
	// expressions refer to one or two kinds, so the others are the shared
	// empty object (the same type and value as an empty map made here).
	var varObj, localObj, moduleObj map[string]cty.Value
	var dataObj, resObj, prefixedObj map[string]map[string]cty.Value
	// varOf and localOf are the values last converted into varObj and
	// localObj (see namesObject).
	var varOf, localOf *parser.Value
	add := func(m *map[string]cty.Value, k string, v cty.Value) {
		if *m == nil {
			*m = map[string]cty.Value{}
		}
		(*m)[k] = v
	}
	addIn := func(m *map[string]map[string]cty.Value, t, k string, v cty.Value) {
		if *m == nil {
			*m = map[string]map[string]cty.Value{}
		}
		if (*m)[t] == nil {
			(*m)[t] = map[string]cty.Value{}
		}
		(*m)[t][k] = v
	}
	for _, tr := range traversals {
		names, n := traversalNames3(tr)
		if n < 2 {
			continue
		}
		root := names[0]
		if _, inScope := sc.vals[root]; inScope {
			continue
		}
		switch {
		case root == "var":
			if v, ok := ev.vars[names[1]]; ok {
				add(&varObj, names[1], ev.converted(names[1], v, true))
				varOf = v
			}
		case root == "local":
			if v := ev.local(names[1]); v != nil {
				add(&localObj, names[1], ev.converted(names[1], v, false))
				localOf = v
			}
		case root == "module":
			v, seen := moduleObj[names[1]]
			if !seen {
				v = ev.callValueOf(names[1], traversals)
			}
			add(&moduleObj, names[1], ev.unmodeledOutput(names[1], v, tr))
		case root == "data" && n >= 3:
			v, seen := dataObj[names[1]][names[2]]
			if !seen {
				v = ev.resourceValue("data." + names[1] + "." + names[2])
			}
			addIn(&dataObj, names[1], names[2], withComputed(v, tr[3:]))
		case ev.decls.resourceTypes[root]:
			v, seen := resObj[root][names[1]]
			if !seen {
				v = ev.resourceValue(root + "." + names[1])
			}
			addIn(&resObj, root, names[1], withComputed(v, tr[2:]))
		case root == "resource" && n >= 3 && ev.decls.resourceTypes[names[1]]:
			// resource.TYPE.NAME, the prefixed form of TYPE.NAME.
			v, seen := prefixedObj[names[1]][names[2]]
			if !seen {
				v = ev.resourceValue(names[1] + "." + names[2])
			}
			addIn(&prefixedObj, names[1], names[2], withComputed(v, tr[3:]))
		}
	}
	vars["var"] = namesObject(varObj, varOf, ev.varsCty)
	vars["local"] = namesObject(localObj, localOf, ev.localsCty)
	vars["module"] = objectVal(moduleObj)
	var data map[string]cty.Value
	for t, m := range dataObj {
		add(&data, t, cty.ObjectVal(m))
	}
	vars["data"] = objectVal(data)
	for t, m := range resObj {
		vars[t] = cty.ObjectVal(m)
	}
	if prefixedObj != nil {
		var prefixed map[string]cty.Value
		for t, m := range prefixedObj {
			add(&prefixed, t, cty.ObjectVal(m))
		}
		vars["resource"] = cty.ObjectVal(prefixed)
	}
	for k, v := range sc.vals {
		vars[k] = v
	}
	return &hcl.EvalContext{Variables: vars, Functions: ev.funcs}
}

// withComputed returns v, the value of a resource or data source, with
// the attribute the traversal steps name (after the resource's name: an
// attribute, or an instance key and an attribute) added as unknown when
// the configuration does not set it: the provider computes it (an ARN,
// an id) or leaves it at a default. Without it, the reference is an
// evaluation error, and an error anywhere in a function's arguments or a
// collection makes the whole result unknown: merge(local.base, {kms_key_id
// = aws_kms_key.k.arn}) lost local.base's known attributes.
func withComputed(v cty.Value, steps hcl.Traversal) cty.Value {
	if len(steps) == 0 {
		return v
	}
	switch s := steps[0].(type) {
	case hcl.TraverseAttr:
		return withAttr(v, s.Name, unknownBecause(computedWhy))
	case hcl.TraverseIndex:
		if len(steps) < 2 {
			return v
		}
		if a, ok := steps[1].(hcl.TraverseAttr); ok {
			return eachElement(v, func(e cty.Value) cty.Value { return withAttr(e, a.Name, unknownBecause(computedWhy)) })
		}
	}
	return v
}

// namesObject is objectVal(m) for the var or local object of a context:
// m holds the converted values (see converted) of the names an expression
// refers to, the last one converted from of. Most expressions refer to
// one variable or one local: the object of that name alone is made once
// per converted value and shared by every context that refers to that
// name only.
func namesObject(m map[string]cty.Value, of *parser.Value, cache map[string]convertedValue) cty.Value {
	if len(m) != 1 {
		return objectVal(m)
	}
	for name := range m {
		c, ok := cache[name]
		if !ok || c.of != of {
			// Converted again since (a local evaluated again in a
			// cycle): the cached object may not hold m's value.
			break
		}
		if c.obj.Type() == cty.NilType {
			c.obj = cty.ObjectVal(map[string]cty.Value{name: c.val})
			cache[name] = c
		}
		return c.obj
	}
	return objectVal(m)
}

// objectVal is cty.ObjectVal(m), without allocating for an empty m.
func objectVal(m map[string]cty.Value) cty.Value {
	if len(m) == 0 {
		return cty.EmptyObjectVal
	}
	return cty.ObjectVal(m)
}

// traversalNames3 is the first three names of traversalNames(tr), and how
// many traversalNames has up to three, without allocating.
// indexedOutputRefs returns what the output named by tr refers to when tr
// is module.NAME[KEY].OUTPUT...: the references of that output in the
// instance whose key is KEY, or in every instance when KEY matches none
// (an unknown key, or instances whose keys are not known).
func (st *callState) indexedOutputRefs(tr hcl.Traversal) []string {
	if len(tr) < 4 {
		return nil
	}
	idx, ok := tr[2].(hcl.TraverseIndex)
	if !ok {
		return nil
	}
	out, ok := tr[3].(hcl.TraverseAttr)
	if !ok {
		return nil
	}
	var chosen []*evaluator
	if len(st.keys) == len(st.instances) && idx.Key.IsKnown() && !idx.Key.IsNull() {
		for i, k := range st.keys {
			if keyMatches(k, idx.Key) {
				chosen = append(chosen, st.instances[i])
			}
		}
	}
	if chosen == nil {
		chosen = st.instances
	}
	var refs []string
	for _, cev := range chosen {
		refs = append(refs, cev.outputRefs(out.Name)...)
	}
	return refs
}

// keyMatches reports whether an instance key equals an index as written:
// count keys are numbers, for_each keys strings; an index of the other
// kind is converted as Terraform converts it.
func keyMatches(key, index cty.Value) bool {
	if !key.IsKnown() || key.IsNull() {
		return false
	}
	if c, err := convert.Convert(index, key.Type()); err == nil && c.IsKnown() && !c.IsNull() {
		return key.Equals(c).True()
	}
	return false
}

func traversalNames3(tr hcl.Traversal) (names [3]string, n int) {
	for _, step := range tr {
		if n == len(names) {
			return names, n
		}
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names[n] = s.Name
		case hcl.TraverseAttr:
			names[n] = s.Name
		default:
			return names, n
		}
		n++
	}
	return names, n
}

// converted is var.name (isVar) or local.name, v, as expressions see it
// (typedVar or fromValueOrUnknown), converted once for all the
// references to it: converting a large local or variable again for every
// expression that reads it was a large part of the evaluation. The cache
// is keyed by the value itself, which evaluation never changes in place,
// so a variable or local evaluated again (a later pass over a module
// call) is converted again.
func (ev *evaluator) converted(name string, v *parser.Value, isVar bool) cty.Value {
	cache := &ev.localsCty
	if isVar {
		cache = &ev.varsCty
	}
	if c, ok := (*cache)[name]; ok && c.of == v {
		return c.val
	}
	var val cty.Value
	if isVar {
		val = ev.typedVar(name, v)
	} else {
		val = fromValueOrUnknown(v)
	}
	if *cache == nil {
		*cache = map[string]convertedValue{}
	}
	(*cache)[name] = convertedValue{of: v, val: val}
	return val
}

// convertedValue is a value converted for expressions, and what it was
// converted from.
type convertedValue struct {
	of  *parser.Value
	val cty.Value
	// obj is the object of this name alone, {name = val}, once made (see
	// namesObject).
	obj cty.Value
}

func fromValueOrUnknown(v *parser.Value) cty.Value {
	if !v.IsKnown() {
		return unknownBecause(v.Why())
	}
	return fromValue(v)
}

// evalExpr evaluates expr to a positioned value. Evaluation errors are not
// reported: whatever could not be computed is simply unknown, which rules
// skip. A reference straight to a variable or local keeps its provenance.
func (ev *evaluator) evalExpr(expr hcl.Expression, sc scope) *parser.Value {
	if v, ok := ev.quickExpr(expr, sc); ok {
		return v
	}
	v, _ := ev.evalExprVal(expr, sc)
	return v
}

// evalCollection evaluates the for_each of a resource, module call or
// dynamic block: its positioned value and its cty value. The cty value
// is the evaluation's own, unless it reported diagnostics: then the
// expression is evaluated again, as it always was, so that they are
// reported twice as before (a file function's warning, a local in a
// cycle). Without any, a second evaluation sees the same context (the
// locals, module outputs and resources the first evaluated are kept) and
// reports none either.
func (ev *evaluator) evalCollection(expr hcl.Expression, sc scope) (*parser.Value, cty.Value) {
	mark := len(ev.run.diags)
	coll, val := ev.evalExprVal(expr, sc)
	if len(ev.run.diags) != mark {
		val, _ = expr.Value(ev.evalContext(expr, sc))
	}
	return coll, val
}

// emptyEitherWay reports whether expr, the count or for_each of a block
// whose value is not known, is a conditional (in parentheses or not)
// whose two results are both known and empty: a count of 0, or an empty
// map, object, set, list or tuple. Whatever its condition, the block then
// makes no instance. The idiom is cloudposse's
// `for_each = local.enabled ? var.rules : {}` with var.rules empty by
// default, where local.enabled comes from a label module that is not
// downloaded: without this the block stood for an unknown number of
// instances, judged on what its body writes literally. Diagnostics the
// results' evaluation reports are dropped: the whole expression's
// evaluation reported them already.
func (ev *evaluator) emptyEitherWay(expr hcl.Expression, sc scope) bool {
	for {
		p, ok := expr.(*hclsyntax.ParenthesesExpr)
		if !ok {
			break
		}
		expr = p.Expression
	}
	c, ok := expr.(*hclsyntax.ConditionalExpr)
	if !ok {
		return false
	}
	mark := len(ev.run.diags)
	defer func() { ev.run.diags = ev.run.diags[:mark] }()
	for _, e := range []hcl.Expression{c.TrueResult, c.FalseResult} {
		v, _ := e.Value(ev.evalContext(e, sc))
		v, _ = v.UnmarkDeep()
		switch {
		case !v.IsWhollyKnown() || v.IsNull():
			return false
		case v.Type() == cty.Number:
			if !v.RawEquals(cty.Zero) && !v.Equals(cty.Zero).True() {
				return false
			}
		case !v.CanIterateElements() || v.LengthInt() != 0:
			return false
		}
	}
	return true
}

// evalExprVal is evalExpr, also returning the value expr evaluated to.
func (ev *evaluator) evalExprVal(expr hcl.Expression, sc scope) (*parser.Value, cty.Value) {
	if v, val, ok := ev.quickValue(expr, sc); ok {
		return v, val
	}
	// The references are walked once, for the context, Refs and Uses.
	traversals := variables(expr)
	ctx := ev.evalContextOf(traversals, sc)
	val, diags := expr.Value(ctx)
	if !whollyKnown(val) {
		if partial, ok := partialFor(expr, ctx); ok {
			val = partial // partial_for.go
		}
	}
	if ev.rebased == nil {
		ev.rebased = rebaseCache{}
	}
	v := toValueRef(val, expr, ctx, 0, func(e hcl.Expression) (*parser.Value, string, bool) {
		return ev.directReference(e, sc)
	}, ev.rebased)
	if v.Kind == parser.Unknown {
		if inner := ev.partialJSON(expr, sc); inner != nil {
			v = inner
		} else if v.Why() == genericUnknown {
			v.SetWhy(unknownFromDiags(diags))
		}
		if key, ok := literalIndexKey(expr); ok && v.Kind == parser.Unknown {
			v.SetIndexKey(key)
		}
	}
	// Refs and Uses set together (each setter copies the Extra), and the
	// Extra shared with the evaluator's earlier values that have the same.
	v.SetRefsUses(ev.refsOf(traversals, sc), ev.usesOf(traversals, sc), &ev.extras)
	return v, val
}

// literalIndexKey returns the key of a reference whose last step is an
// index by a literal string (x.app_role_ids["Directory.Read.All"]), the
// expression written alone.
func literalIndexKey(expr hcl.Expression) (string, bool) {
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = w.Wrapped
	}
	t, ok := expr.(*hclsyntax.ScopeTraversalExpr)
	if !ok || len(t.Traversal) < 2 {
		return "", false
	}
	idx, ok := t.Traversal[len(t.Traversal)-1].(hcl.TraverseIndex)
	if !ok || idx.Key.IsMarked() || !idx.Key.IsKnown() || idx.Key.IsNull() || idx.Key.Type() != cty.String {
		return "", false
	}
	return idx.Key.AsString(), true
}

// partialJSON handles jsonencode(...) whose argument is only partly known,
// typically a policy with Resource = "${aws_s3_bucket.b.arn}/*": the
// encoded string is unknown, but the structure rules need is not. It
// returns the argument's value, an object or list rules read as the
// decoded document, or nil.
func (ev *evaluator) partialJSON(expr hcl.Expression, sc scope) *parser.Value {
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = w.Wrapped
	}
	call, ok := expr.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "jsonencode" || len(call.Args) != 1 || call.ExpandFinal {
		return nil
	}
	inner := ev.evalExpr(call.Args[0], sc)
	if inner.Kind != parser.Object && inner.Kind != parser.List {
		return nil
	}
	inner.SetWhy("jsonencode of a partly unknown value, kept as its structure")
	return inner
}

// directReference returns the positioned value expr stands for when expr
// is a plain reference into a variable, a local or an iterator
// (var.x, local.y["k"].z, each.value.cidrs, ingress.value.port), how to
// describe where it came from, and whether it is a variable's or a local's
// (referenceFunc).
func (ev *evaluator) directReference(expr hcl.Expression, sc scope) (*parser.Value, string, bool) {
	if w, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		expr = w.Wrapped
	}
	st, ok := expr.(*hclsyntax.ScopeTraversalExpr)
	if !ok || len(st.Traversal) < 2 {
		return nil, "", false
	}
	root := st.Traversal.RootName()
	var v *parser.Value
	var note string
	shared := false
	rest := st.Traversal[1:]
	switch {
	case sc.prov[root] != nil:
		v, note = sc.prov[root], root
	case root == "var" || root == "local":
		shared = true
		attr, ok := rest[0].(hcl.TraverseAttr)
		if !ok {
			return nil, "", false
		}
		rest = rest[1:]
		if root == "var" {
			v, note = ev.vars[attr.Name], ev.varNotes[attr.Name]
		} else {
			v, note = ev.local(attr.Name), "local."+attr.Name
		}
	default:
		return nil, "", false
	}
	for _, step := range rest {
		if v == nil || !v.IsKnown() {
			return nil, "", false
		}
		switch s := step.(type) {
		case hcl.TraverseAttr:
			v = v.Get(s.Name)
		case hcl.TraverseIndex:
			switch {
			case s.Key.Type() == cty.String && v.Kind == parser.Object:
				v = v.Attrs[s.Key.AsString()]
			case s.Key.Type() == cty.Number && v.Kind == parser.List:
				i, acc := s.Key.AsBigFloat().Int64()
				if acc != 0 || i < 0 || i >= int64(len(v.Elems)) {
					return nil, "", false
				}
				v = v.Elems[i]
			default:
				return nil, "", false
			}
		default:
			return nil, "", false
		}
	}
	if v != nil && note == "" {
		note = "value"
	}
	return v, note, shared
}

// rebase returns a deep copy of src used at rng: every part moves to the
// use site and records in Via where it was written (note says how it got
// there), followed by the steps it had already come through. A finding thus
// points at the use and names the cause.
//
// With a cache, the copies of the same part of a variable or local share
// their provenance: the part's copy without its range is made once (its
// Via, in the value's extra fields, which copies share and setters never
// change) and every later use copies it. On bench/gen's 30,000 resources,
// where thousands of resources refer to the same variables and locals,
// the copies' provenance was about 7% of the live heap.
func rebase(src *parser.Value, rng parser.Range, note string, cache rebaseCache) *parser.Value {
	key := rebaseKey{src, note}
	var c parser.Value
	if t := cache[key]; t != nil {
		c = *t
	} else {
		c = *src
		c.KeyRange = parser.Range{}
		c.SetVia(append([]parser.Step{{Range: src.Range, Note: note}}, capVia(src.Via())...))
		if cache != nil {
			t := c
			cache[key] = &t
		}
	}
	c.Range = rng
	if src.Elems != nil {
		c.Elems = make([]*parser.Value, len(src.Elems))
		for i, e := range src.Elems {
			c.Elems[i] = rebase(e, rng, note, cache)
		}
	}
	if src.Attrs != nil {
		c.Attrs = make(map[string]*parser.Value, len(src.Attrs))
		for k, e := range src.Attrs {
			c.Attrs[k] = rebase(e, rng, note, cache)
		}
	}
	return &c
}

// rebaseCache holds, by part of a variable's or local's value and note, its
// copy by rebase without a range.
type rebaseCache map[rebaseKey]*parser.Value

type rebaseKey struct {
	src  *parser.Value
	note string
}

// maxVia bounds a provenance chain: the nearest steps and the origin say
// all a person needs, and an unbounded chain through thousands of chained
// locals would cost quadratic time.
const maxVia = 12

func capVia(via []parser.Step) []parser.Step {
	if len(via) < maxVia {
		return via
	}
	out := append([]parser.Step(nil), via[:maxVia-2]...)
	return append(out, via[len(via)-1])
}

// refs lists the resources, data sources and modules expr refers to, as
// full addresses.
func (ev *evaluator) refs(expr hcl.Expression, sc scope) []string {
	return ev.refsOf(variables(expr), sc)
}

// refsOf is refs for an expression whose references are traversals.
func (ev *evaluator) refsOf(traversals []hcl.Traversal, sc scope) []string {
	if len(traversals) == 0 {
		return nil
	}
	var out addrList
	add := func(addr string) {
		if addr != "" {
			out.add(addr)
		}
	}
	qualify := func(addr string) string {
		if ev.addr != "" {
			return ev.addr + "." + addr
		}
		return addr
	}
	for _, tr := range traversals {
		names, n := traversalNames3(tr)
		if refs, ok := sc.refs[names[0]]; ok {
			for _, r := range refs {
				add(r)
			}
			continue
		}
		switch {
		case n >= 3 && names[0] == "data":
			add(qualify("data." + names[1] + "." + names[2]))
		case n >= 2 && names[0] == "module":
			// A module output leads to whatever the output refers to.
			if st := ev.call(names[1]); st != nil && n >= 3 {
				for _, cev := range st.instances {
					for _, r := range cev.outputRefs(names[2]) {
						add(r)
					}
				}
			} else if st != nil && len(tr) == 2 {
				// module.x alone: for_each = module.x, module.x[*].out,
				// module.x[count.index].out (whose index and output are
				// not in the traversal): whatever any output of any
				// instance refers to.
				for _, cev := range st.instances {
					for _, r := range cev.allOutputRefs() {
						add(r)
					}
				}
			} else if st != nil {
				// module.x[0].out, module.x["k"].out: the output of the
				// instances of a call with count or for_each.
				for _, r := range st.indexedOutputRefs(tr) {
					add(r)
				}
			}
		case n >= 2 && ev.decls.resourceTypes[names[0]]:
			add(qualify(names[0] + "." + names[1]))
		case n >= 3 && names[0] == "resource" && ev.decls.resourceTypes[names[1]]:
			add(qualify(names[1] + "." + names[2]))
		case n >= 2 && names[0] == "local":
			// Through a local to what it refers to; cycles see no refs.
			if v := ev.local(names[1]); v != nil {
				for _, r := range v.Refs() {
					add(r)
				}
			}
		case n >= 2 && names[0] == "var":
			// A module input carries the caller's references.
			if v := ev.vars[names[1]]; v != nil {
				for _, r := range v.Refs() {
					add(r)
				}
			}
		}
	}
	return out.list
}

// uses lists what expr refers to as written, qualified with the module
// instance: resources, data sources, variables, locals and module calls.
func (ev *evaluator) uses(expr hcl.Expression, sc scope) []string {
	return ev.usesOf(variables(expr), sc)
}

// usesOf is uses for an expression whose references are traversals.
func (ev *evaluator) usesOf(traversals []hcl.Traversal, sc scope) []string {
	if len(traversals) == 0 {
		return nil
	}
	var out addrList
	for _, tr := range traversals {
		names, n := traversalNames3(tr)
		if n < 2 {
			continue
		}
		if _, ok := sc.vals[names[0]]; ok {
			continue
		}
		var addr string
		switch {
		case names[0] == "data" && n >= 3:
			addr = "data." + names[1] + "." + names[2]
		case names[0] == "var" || names[0] == "local" || names[0] == "module" || ev.decls.resourceTypes[names[0]]:
			addr = names[0] + "." + names[1]
		case names[0] == "resource" && n >= 3 && ev.decls.resourceTypes[names[1]]:
			addr = names[1] + "." + names[2]
		default:
			continue
		}
		if ev.addr != "" {
			addr = ev.addr + "." + addr
		}
		out.add(addr)
	}
	return out.list
}

// emitNodes records the module instance's variables, locals, outputs and
// module calls as graph nodes.
func (ev *evaluator) emitNodes() {
	q := func(a string) string {
		if ev.addr != "" {
			return ev.addr + "." + a
		}
		return a
	}
	node := func(kind parser.NodeKind, local string, rng hcl.Range, uses []string) {
		ev.run.resources = append(ev.run.resources, &parser.Resource{
			Format: parser.Terraform, Kind: kind, Type: string(kind), Name: local, Address: q(local),
			Module: ev.mod.Dir, Range: convertRange(rng), Local: local, Scope: ev.addr, Root: ev.run.root,
			Body: &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{
				"value": (&parser.Value{Kind: parser.Unknown, Range: convertRange(rng)}).SetExtra(parser.Extra{Uses: uses}),
			}},
		})
	}
	// Without value nodes, only the root module's variables are recorded
	// (the scan reads which variables a root declares from them).
	valueNodes := !ev.run.project.NoValueNodes
	if valueNodes || ev.addr == "" {
		for _, name := range ev.decls.variableNames {
			var uses []string
			if v := ev.vars[name]; v != nil && ev.addr != "" {
				uses = append([]string{ev.callNode}, v.Uses()...)
			}
			node(parser.NodeVariable, "var."+name, ev.decls.variables[name].DefRange, uses)
		}
	}
	if valueNodes {
		ev.emitLocalsAndOutputs(node)
	}
	for _, b := range ev.decls.providers {
		// A provider configuration is a node whose body is evaluated like
		// a resource's, so that rules can read settings that apply to
		// every resource, such as default_tags.
		name := providerName(b)
		ev.run.resources = append(ev.run.resources, &parser.Resource{
			Format: parser.Terraform, Kind: parser.NodeProvider, Type: b.Labels[0], Name: name, Address: q("provider." + name),
			Module: ev.mod.Dir, Range: convertRange(b.DefRange), Local: "provider." + name, Scope: ev.addr, Root: ev.run.root,
			Body: ev.body(b.Body, scope{}, 0),
		})
	}
	if !valueNodes {
		return
	}
	for _, b := range ev.decls.calls {
		var uses []string
		attrs, _ := b.Body.JustAttributes()
		for _, an := range sortedKeys(attrs) {
			if !moduleMetaArguments[an] || an == "count" || an == "for_each" {
				uses = append(uses, ev.uses(attrs[an].Expr, scope{})...)
			}
		}
		node(parser.NodeModule, "module."+b.Labels[0], b.DefRange, uses)
	}
}

// emitLocalsAndOutputs records the module instance's locals and outputs
// as graph nodes (see emitNodes).
func (ev *evaluator) emitLocalsAndOutputs(node func(parser.NodeKind, string, hcl.Range, []string)) {
	for _, name := range sortedKeys(ev.decls.locals) {
		var uses []string
		if v := ev.locals[name]; v != nil {
			uses = v.Uses()
		}
		node(parser.NodeLocal, "local."+name, ev.decls.locals[name].Range, uses)
	}
	for _, name := range sortedKeys(ev.decls.outputs) {
		b := ev.decls.outputs[name]
		attrs, _ := b.Body.JustAttributes()
		var uses []string
		if a, ok := attrs["value"]; ok {
			uses = ev.uses(a.Expr, scope{})
		}
		node(parser.NodeOutput, "output."+name, b.DefRange, uses)
	}
}

// addrList is a list of addresses without duplicates, in the order they
// were first added. Most lists are short, so duplicates are looked for in
// the list itself, and in a set only once it is long.
type addrList struct {
	list []string
	seen map[string]bool
}

const addrListScan = 16

func (l *addrList) add(addr string) {
	if l.seen != nil {
		if l.seen[addr] {
			return
		}
		l.seen[addr] = true
	} else if slices.Contains(l.list, addr) {
		return
	} else if len(l.list) == addrListScan {
		l.seen = make(map[string]bool, 2*addrListScan)
		for _, a := range l.list {
			l.seen[a] = true
		}
		l.seen[addr] = true
	}
	l.list = append(l.list, addr)
}

func traversalNames(tr hcl.Traversal) []string {
	var names []string
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		default:
			return names
		}
	}
	return names
}

// instanceKey renders a count or for_each key as Terraform addresses do.
func instanceKey(k cty.Value) string {
	if k.Type() == cty.Number {
		bf := k.AsBigFloat()
		return "[" + bf.Text('f', -1) + "]"
	}
	return "[" + strconv.Quote(k.AsString()) + "]"
}

// collect gathers instance values as Terraform exposes them to references:
// a single object, a tuple for count, an object for for_each.
func collect(mode string, known bool, keys []cty.Value, vals []cty.Value) cty.Value {
	if !known || mode != "" && len(keys) != len(vals) {
		return cty.DynamicVal
	}
	switch mode {
	case "count":
		if len(vals) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(vals)
	case "for_each":
		m := make(map[string]cty.Value, len(vals))
		for i, k := range keys {
			m[k.AsString()] = vals[i]
		}
		return cty.ObjectVal(m)
	}
	if len(vals) == 1 {
		return vals[0]
	}
	return cty.DynamicVal
}

// expansion evaluates count or for_each of a resource or module block.
func (ev *evaluator) expansion(body hcl.Body) (mode string, keys []cty.Value, scopes []scope, known bool) {
	return ev.expansionOf(metaAttributes(body))
}

// expansionOf is expansion for a block whose meta-arguments are attrs
// (metaAttributes).
func (ev *evaluator) expansionOf(attrs map[string]*hcl.Attribute) (mode string, keys []cty.Value, scopes []scope, known bool) {
	// The scopes of an expansion that cannot be known are made only for
	// blocks that have one: most have neither count nor for_each.
	unknownCount := func() []scope {
		return []scope{newScope("count", cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number).Mark(unknownReason("count is not known"))}), nil)}
	}
	unknownEach := func() []scope {
		return []scope{newScope("each", cty.ObjectVal(map[string]cty.Value{
			"key": cty.UnknownVal(cty.String).Mark(unknownReason("for_each is not known")), "value": unknownBecause("for_each is not known"),
		}), nil)}
	}
	switch {
	case attrs["count"] != nil:
		a := attrs["count"]
		n, ok := ev.evalExpr(a.Expr, scope{}).AsInt()
		if !ok && ev.emptyEitherWay(a.Expr, scope{}) {
			return "count", nil, nil, true
		}
		if !ok {
			return "count", nil, unknownCount(), false
		}
		if n > int64(ev.run.maxInstances) {
			ev.tooMany(a, n)
			return "count", nil, unknownCount(), false
		}
		for i := int64(0); i < n; i++ {
			keys = append(keys, cty.NumberIntVal(i))
			scopes = append(scopes, newScope("count", cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(i)}), nil))
		}
		return "count", keys, scopes, true
	case attrs["for_each"] != nil:
		a := attrs["for_each"]
		coll, val := ev.evalCollection(a.Expr, scope{})
		val, _ = val.UnmarkDeep()
		// Terraform needs the keys known, not the values: a map or an
		// object whose values are partly unknown (a resource's id) still
		// expands; a set's elements are its keys.
		if !val.IsKnown() && ev.emptyEitherWay(a.Expr, scope{}) {
			return "for_each", nil, nil, true
		}
		if !val.IsKnown() || val.IsNull() {
			return "for_each", nil, unknownEach(), false
		}
		val = stringSetOfList(val)
		if val.Type().IsSetType() && !val.IsWhollyKnown() {
			return "for_each", nil, unknownEach(), false
		}
		ty := val.Type()
		if !(ty.IsMapType() || ty.IsObjectType() || ty.IsSetType()) {
			return "for_each", nil, unknownEach(), false
		}
		if n := val.LengthInt(); n > ev.run.maxInstances {
			ev.tooMany(a, int64(n))
			return "for_each", nil, unknownEach(), false
		}
		i := 0
		for it := val.ElementIterator(); it.Next(); i++ {
			k, v := it.Element()
			if ty.IsSetType() {
				if v.Type() != cty.String {
					return "for_each", nil, unknownEach(), false
				}
				k = v
			}
			keys = append(keys, k)
			var prov *parser.Value
			if !ty.IsSetType() {
				prov = iteration(coll, k, i)
			}
			sc := newScope("each", cty.ObjectVal(map[string]cty.Value{"key": k, "value": v}), prov)
			sc.refs = map[string][]string{"each": coll.Refs()}
			scopes = append(scopes, sc)
		}
		return "for_each", keys, scopes, true
	}
	return "", []cty.Value{cty.NilVal}, []scope{{}}, true
}

// stringSetOfList returns a list or tuple of known strings as the set of
// those strings. Terraform takes only a map, an object or a set of strings
// for a resource's or module's for_each, so a valid configuration that
// hands it a list holds a set whose type was lost on the way: a local or a
// module output holding toset(...), which positioned values keep as a
// list. Anything else is returned as it is.
func stringSetOfList(val cty.Value) cty.Value {
	ty := val.Type()
	if !ty.IsListType() && !ty.IsTupleType() {
		return val
	}
	if val.LengthInt() == 0 {
		return cty.SetValEmpty(cty.String)
	}
	elems := make([]cty.Value, 0, val.LengthInt())
	for it := val.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if !e.IsKnown() || e.IsNull() || e.Type() != cty.String {
			return val
		}
		elems = append(elems, e)
	}
	return cty.SetVal(elems)
}

// metaAttributes returns count, for_each and depends_on when present.
func metaAttributes(body hcl.Body) map[string]*hcl.Attribute {
	if sb, ok := body.(*hclsyntax.Body); ok && quickEval {
		// Most blocks set none of them: then there is nothing to look up
		// (PartialContent copied the body and made three maps to say so).
		_, c := sb.Attributes["count"]
		_, f := sb.Attributes["for_each"]
		_, d := sb.Attributes["depends_on"]
		if !c && !f && !d {
			return nil
		}
	}
	content, _, _ := body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "count"}, {Name: "for_each"}, {Name: "depends_on"},
	}})
	return content.Attributes
}

func (ev *evaluator) tooMany(a *hcl.Attribute, n int64) {
	ev.diag(parser.SevWarning, "too many instances",
		fmt.Sprintf("%s would create %d instances, more than the limit of %d; one instance with unknown values is scanned instead",
			a.Name, n, ev.run.maxInstances),
		convertRange(a.Expr.Range()))
}

// relativeDir is dir as Terraform shows it in path.module: relative to the
// root module's directory, "." for the root itself.
func relativeDir(root, dir string) string {
	if dir == root {
		return "."
	}
	r, err := filepath.Rel(filepath.FromSlash(root), filepath.FromSlash(dir))
	if err != nil {
		return dir
	}
	return filepath.ToSlash(r)
}

// whollyKnown is v.IsWhollyKnown(), without making a key value for every
// attribute of an object: cty's element iterator sorts an object's
// attribute names and makes a string value of each, and nearly every value
// an expression evaluates to is asked this once (evalExprVal). Objects'
// attributes are read by name; other values are cty's.
func whollyKnown(v cty.Value) bool {
	if v.IsMarked() || !v.IsKnown() || v.IsNull() || !v.Type().IsObjectType() {
		return v.IsWhollyKnown()
	}
	for name := range v.Type().AttributeTypes() {
		if !whollyKnown(v.GetAttr(name)) {
			return false
		}
	}
	return true
}
