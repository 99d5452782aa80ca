package terraform

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
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
	dir, ok := ev.resolveSource(b, callRange)
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
	child, ds := ev.run.project.module(dir)
	ev.run.diags = append(ev.run.diags, ds...)
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
		cev.evaluate()
		st.instances = append(st.instances, cev)
	}
	return st
}

// resolveSource finds the directory a module call's source names: a local
// path relative to the calling module, or the directory terraform init
// downloaded a registry or git module to.
func (ev *evaluator) resolveSource(b *hcl.Block, callRange parser.Range) (string, bool) {
	src, ok := literalSource(b)
	name := b.Labels[0]
	if !ok {
		ev.diag(parser.SevWarning, "module source is not a literal string",
			fmt.Sprintf("module %q: its outputs are unknown", name), callRange)
		return "", false
	}
	if isLocalSource(src) {
		return path.Clean(path.Join(ev.mod.Dir, src)), true
	}
	key := name
	if ev.key != "" {
		key = ev.key + "." + name
	}
	if dir, ok := ev.run.manifest[key]; ok {
		return dir, true
	}
	ev.diag(parser.SevNote, "module not resolved",
		fmt.Sprintf("module %q (source %q) is not downloaded: run terraform init to scan it; its outputs are unknown", name, src), callRange)
	return "", false
}

// callValue is what module.NAME evaluates to: the outputs of the call, by
// instance for count and for_each.
func (ev *evaluator) callValue(name string) cty.Value {
	if ev.inFlight["module."+name] {
		// The call's own inputs refer to it: Terraform rejects the cycle.
		return cty.DynamicVal
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

// outputRefs returns the addresses the output name refers to.
func (ev *evaluator) outputRefs(name string) []string {
	ev.outputs()
	return ev.outputRefsByName[name]
}

// outputs evaluates the module's output values.
func (ev *evaluator) outputs() cty.Value {
	if ev.outputDone {
		return ev.outputVal
	}
	out := map[string]cty.Value{}
	for name, b := range ev.decls.outputs {
		attrs, _ := b.Body.JustAttributes()
		if a, ok := attrs["value"]; ok {
			if ev.inFlight["output."+name] {
				out[name] = cty.DynamicVal
				continue
			}
			ev.inFlight["output."+name] = true
			v := ev.evalExpr(a.Expr, scope{})
			out[name] = fromValueOrUnknown(v)
			if ev.outputRefsByName == nil {
				ev.outputRefsByName = map[string][]string{}
			}
			ev.outputRefsByName[name] = v.Refs
			delete(ev.inFlight, "output."+name)
		}
	}
	ev.outputVal, ev.outputDone = cty.ObjectVal(out), true
	return ev.outputVal
}
