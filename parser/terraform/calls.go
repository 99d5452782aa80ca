package terraform

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/standin"
)

// call evaluates a module call once: each count or for_each instance of
// the call evaluates the child module with that instance's inputs.
func (ev *evaluator) call(name string) *callState {
	st := ev.calls[name]
	if st == nil || st.done || ev.inFlight["module."+name] {
		return st
	}
	ev.inFlight["module."+name] = true
	defer delete(ev.inFlight, "module."+name)
	st.done = true
	b := st.block
	callRange := convertRange(b.DefRange)
	dir, model, ok := ev.resolveSource(b, callRange)
	if !ok {
		return st
	}
	if slices.Contains(ev.stack, dir) {
		ev.diag(parser.SevWarning, "module cycle",
			fmt.Sprintf("module %q calls %s, which is already being evaluated (%s); its outputs are unknown",
				name, dir, strings.Join(append(ev.stack, dir), " → ")), callRange)
		return st
	}
	if len(ev.stack) >= ev.run.maxDepth {
		ev.diag(parser.SevWarning, "modules nested too deeply",
			fmt.Sprintf("module %q is nested more than %d levels deep; its outputs are unknown", name, ev.run.maxDepth), callRange)
		return st
	}
	if at := ev.run.project.AtCall; at != nil {
		at(ev.run.root)
	}
	var child *Module
	var sc *standInCall
	if model != nil {
		st.standIn = model
		child = ev.run.project.standIn(model)
		attrs, _ := b.Body.JustAttributes()
		sc = &standInCall{model: model, callRange: callRange, args: attrs,
			about: &parser.StandIn{Call: "module." + name, Source: model.Source, Versions: model.Versions()}}
	} else {
		var ds parser.Diagnostics
		child, ds = ev.run.project.module(dir)
		ev.run.diags = append(ev.run.diags, ds...)
	}
	if child == nil || len(child.Files) == 0 {
		ev.diag(parser.SevNote, "module not found",
			fmt.Sprintf("module %q: no Terraform files in %s; its outputs are unknown", name, dir), callRange)
		return st
	}
	st.resolved = true
	mode, keys, scopes, known := ev.expansion(b.Body)
	st.mode, st.keys, st.known = mode, keys, known
	base := "module." + name
	if ev.addr != "" {
		base = ev.addr + "." + base
	}
	key := name
	if ev.key != "" {
		key = ev.key + "." + name
	}
	attrs, _ := b.Body.JustAttributes()
	// An argument of the call may refer to an output of the same call
	// (module.net's allowed = module.net.default_cidr): Terraform resolves
	// outputs one by one, so that is no cycle as long as the output does
	// not depend on the argument. The first pass sees module.NAME as
	// unknown; when the arguments referred to it (st.selfRef), the call is
	// evaluated again with the outputs of the previous pass, until the
	// arguments stop changing.
	var prevInputs []map[string]cty.Value
	for pass := 0; ; pass++ {
		mark := ev.mark()
		insts, args := ev.instantiate(child, b, name, base, key, callRange, attrs, mode, keys, scopes, known, sc)
		if !st.selfRef || pass >= maxSelfPasses || ev.run.extraPasses >= maxExtraPasses {
			st.instances, st.prev = insts, nil
			break
		}
		// The arguments as cty values are compared only here, between
		// passes: a call that does not refer to its own outputs (nearly
		// every one) never converts them.
		inputs := inputValues(args)
		if pass > 0 && sameInputs(prevInputs, inputs) {
			st.instances, st.prev = insts, nil
			break
		}
		for _, cev := range insts {
			cev.outputs() // now, so that its notes are rolled back with the pass
		}
		ev.rollback(mark)
		ev.run.extraPasses++
		st.prev, prevInputs = insts, inputs
	}
	return st
}

// maxSelfPasses bounds the passes over a call whose arguments refer to its
// own outputs: each pass resolves one more step of such a chain.
const maxSelfPasses = 4

// maxExtraPasses bounds the passes after the first over all the calls of
// a root, so that calls nested in calls that refer to themselves cannot
// multiply the work without end.
const maxExtraPasses = 64

// instantiate evaluates one pass of a module call: each instance's
// arguments, in the caller, and the child module with them. It returns the
// instances and, for each, its arguments (see inputValues).
func (ev *evaluator) instantiate(child *Module, b *hcl.Block, name, base, key string, callRange parser.Range,
	attrs hcl.Attributes, mode string, keys []cty.Value, scopes []scope, known bool, standIn *standInCall) ([]*evaluator, []map[string]*parser.Value) {
	var insts []*evaluator
	var all []map[string]*parser.Value
	for i, sc := range scopes {
		addr := base
		switch {
		case !known:
			addr += "[*]"
		case mode != "":
			addr += instanceKey(keys[i])
		}
		cev := newEvaluator(ev.run, child, addr, ev.stack)
		cev.key = key
		cev.callNode = "module." + name
		if ev.addr != "" {
			cev.callNode = ev.addr + "." + cev.callNode
		}
		cev.callSites = append(append([]parser.Step(nil), ev.callSites...), parser.Step{Range: callRange, Note: addr})
		inputs := map[string]*parser.Value{}
		for an, a := range attrs {
			if !moduleMetaArguments[an] {
				inputs[an] = ev.evalExpr(a.Expr, sc)
			}
		}
		cev.providers = ev.passProviders(b)
		cev.declareProviders()
		cev.moduleVariables(inputs, addr)
		resources, diags := len(ev.run.resources), len(ev.run.diags)
		cev.evaluate()
		if standIn != nil {
			ev.relocate(standIn, cev, ev.run.resources[resources:], ev.run.diags[diags:])
		}
		insts = append(insts, cev)
		all = append(all, inputs)
	}
	return insts, all
}

// inputValues is each instance's arguments as cty values, without marks,
// for sameInputs. The arguments' values are never changed once evaluated
// (the child's variables are converted copies), so converting them after
// the pass gives what converting them as they were evaluated gave.
func inputValues(args []map[string]*parser.Value) []map[string]cty.Value {
	all := make([]map[string]cty.Value, len(args))
	for i, inputs := range args {
		vals := make(map[string]cty.Value, len(inputs))
		for an, v := range inputs {
			vals[an], _ = fromValueOrUnknown(v).UnmarkDeep()
		}
		all[i] = vals
	}
	return all
}

// sameInputs reports whether two passes gave every instance the same
// arguments.
func sameInputs(a, b []map[string]cty.Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for k, v := range a[i] {
			w, ok := b[i][k]
			if !ok || !v.RawEquals(w) {
				return false
			}
		}
	}
	return true
}

// evalMark is what a pass over a module call may add to the evaluation:
// resources and diagnostics of the run, and the locals, resources and
// calls of the caller evaluated on the way.
type evalMark struct {
	resources, diags int
	locals           map[string]bool
	resourcesDone    map[string]bool
	callsDone        map[string]bool
}

func (ev *evaluator) mark() evalMark {
	m := evalMark{
		resources: len(ev.run.resources), diags: len(ev.run.diags),
		locals: map[string]bool{}, resourcesDone: map[string]bool{}, callsDone: map[string]bool{},
	}
	for k := range ev.locals {
		m.locals[k] = true
	}
	for k, st := range ev.resources {
		m.resourcesDone[k] = st.done
	}
	for k, st := range ev.calls {
		m.callsDone[k] = st.done
	}
	return m
}

// rollback forgets what was evaluated since m, so that the next pass
// evaluates it again with the outputs of the previous one.
func (ev *evaluator) rollback(m evalMark) {
	ev.run.resources = ev.run.resources[:m.resources]
	ev.run.diags = ev.run.diags[:m.diags]
	for k := range ev.locals {
		if !m.locals[k] {
			delete(ev.locals, k)
		}
	}
	for k, st := range ev.resources {
		if st.done && !m.resourcesDone[k] {
			*st = resourceState{block: st.block, data: st.data}
		}
	}
	for k, st := range ev.calls {
		if st.done && !m.callsDone[k] && !ev.inFlight["module."+k] {
			*st = callState{block: st.block}
		}
	}
}

// resolveSource finds the directory a module call's source names: a local
// path relative to the calling module, or the directory terraform init
// downloaded a registry or git module to. A registry module that was not
// downloaded is evaluated with soc2lint's stand-in for it, when there is
// one for the versions the call admits (model is then set).
func (ev *evaluator) resolveSource(b *hcl.Block, callRange parser.Range) (dir string, model *standin.Model, ok bool) {
	src, ok := literalSource(b)
	name := b.Labels[0]
	if !ok {
		ev.diag(parser.SevWarning, "module source is not a literal string",
			fmt.Sprintf("module %q: its outputs are unknown", name), callRange)
		return "", nil, false
	}
	if isLocalSource(src) {
		return path.Clean(path.Join(ev.mod.Dir, src)), nil, true
	}
	key := name
	if ev.key != "" {
		key = ev.key + "." + name
	}
	if dir, ok := ev.run.manifest[key]; ok {
		return dir, nil, true
	}
	if m := standInFor(b, src); m != nil {
		ev.diag(parser.SevNote, "module evaluated with soc2lint's stand-in",
			// Named by source, as the note below, so that a person reads
			// one line per source with the number of calls.
			fmt.Sprintf("source %q is not downloaded: soc2lint evaluated the calls to it with its own model of %s %s (%s), from the module's documented inputs and defaults; run terraform init for a full check",
				src, m.Source, m.Versions(), m.Covers), callRange)
		return m.Dir(), m, true
	}
	ev.diag(parser.SevNote, "module not resolved",
		// The detail names the source, not the call, so that a person
		// reads one line per source with the number of calls
		// (report.listedDiagnostics); the place is the call.
		fmt.Sprintf("source %q is not downloaded: run terraform init to scan it; the outputs of the calls to it are unknown", src), callRange)
	return "", nil, false
}

// callValue is what module.NAME evaluates to: the outputs of the call, by
// instance for count and for_each.
func (ev *evaluator) callValue(name string) cty.Value {
	if ev.inFlight["module."+name] {
		// The call's own arguments refer to it: they see the outputs of
		// the previous pass (see call), unknown in the first.
		st := ev.calls[name]
		if st == nil {
			return cty.DynamicVal
		}
		st.selfRef = true
		if st.prev == nil {
			return unknownBecause("output of the module being called, resolved in a later pass")
		}
		vals := make([]cty.Value, len(st.prev))
		for i, cev := range st.prev {
			vals[i] = cev.outputs()
		}
		return collect(st.mode, st.known, st.keys, vals)
	}
	st := ev.call(name)
	if st == nil || !st.done || !st.resolved {
		return unknownBecause("output of an unresolved module")
	}
	vals := make([]cty.Value, len(st.instances))
	for i, cev := range st.instances {
		vals[i] = cev.outputs()
	}
	return collect(st.mode, st.known, st.keys, vals)
}

// outputRefs returns the addresses the output name refers to. Only that
// output is evaluated (see outputOne).
func (ev *evaluator) outputRefs(name string) []string {
	if !ev.outputDone {
		ev.outputOne(name)
	}
	return ev.outputRefsByName[name]
}

// allOutputRefs lists what the module's outputs refer to, all of them,
// in the order of their names.
func (ev *evaluator) allOutputRefs() []string {
	ev.outputs()
	names := make([]string, 0, len(ev.outputRefsByName))
	for name := range ev.outputRefsByName {
		names = append(names, name)
	}
	slices.Sort(names)
	var out []string
	for _, name := range names {
		out = append(out, ev.outputRefsByName[name]...)
	}
	return out
}

// outputs evaluates the module's output values.
func (ev *evaluator) outputs() cty.Value {
	if ev.outputDone {
		return ev.outputVal
	}
	out := map[string]cty.Value{}
	complete := true
	for name := range ev.decls.outputs {
		v, ok, memo := ev.outputOne(name)
		if ok {
			out[name] = v
		}
		complete = complete && (memo || !ok)
	}
	val := cty.ObjectVal(out)
	if complete {
		ev.outputVal, ev.outputDone = val, true
	}
	return val
}
