package terraform

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Module outputs are evaluated one by one, when read: an expression that
// reads module.NAME.OUTPUT (or module.NAME[KEY].OUTPUT) sees an object of
// the outputs it reads, and the references of an output (outputRefs)
// evaluate that output only. Most callers read a few of a module's
// outputs; the others are never evaluated. The values are the same: an
// output's value depends only on the module instance, evaluated before its
// outputs are read (call), never on which other outputs were read.

// outputOne evaluates the output name of the module instance, once. ok is
// false when the module declares no such output or it has no value; memo
// is false when the value is a stand-in for an output being evaluated (a
// cycle), not kept.
func (ev *evaluator) outputOne(name string) (v cty.Value, ok, memo bool) {
	if v, ok := ev.outputMemo[name]; ok {
		return v, true, true
	}
	b, ok := ev.decls.outputs[name]
	if !ok {
		return cty.NilVal, false, true
	}
	attrs, _ := b.Body.JustAttributes()
	a, ok := attrs["value"]
	if !ok {
		return cty.NilVal, false, true
	}
	if ev.inFlight["output."+name] {
		return cty.DynamicVal, true, false
	}
	ev.inFlight["output."+name] = true
	pv := ev.evalExpr(a.Expr, scope{})
	v = fromValueOrUnknown(pv)
	if ev.outputRefsByName == nil {
		ev.outputRefsByName = map[string][]string{}
	}
	ev.outputRefsByName[name] = pv.Refs()
	delete(ev.inFlight, "output."+name)
	if ev.outputMemo == nil {
		ev.outputMemo = map[string]cty.Value{}
	}
	ev.outputMemo[name] = v
	return v, true, true
}

// callValueOf is what module.NAME evaluates to in an expression whose
// references are traversals: when each of them reads an output by name,
// the instances' objects hold those outputs only (see callValue for the
// whole value).
func (ev *evaluator) callValueOf(name string, traversals []hcl.Traversal) cty.Value {
	if ev.inFlight["module."+name] {
		return ev.callValue(name)
	}
	st := ev.call(name)
	if st == nil || !st.done || !st.resolved {
		return ev.callValue(name)
	}
	attrs := moduleAttrs(traversals, name, st.mode != "")
	if attrs == nil {
		return ev.callValue(name)
	}
	vals := make([]cty.Value, len(st.instances))
	for i, cev := range st.instances {
		if cev.outputDone {
			vals[i] = cev.outputVal
			continue
		}
		out := make(map[string]cty.Value, len(attrs))
		for _, a := range attrs {
			if v, ok, _ := cev.outputOne(a); ok {
				out[a] = v
			}
		}
		vals[i] = cty.ObjectVal(out)
	}
	return collect(st.mode, st.known, st.keys, vals)
}

// moduleAttrs returns the outputs of module.name that traversals read,
// when every traversal of module.name reads one by name: module.name.OUT
// for a call without count or for_each (indexed false), module.name[KEY].OUT
// for one with them. It returns nil when one reads the call's value
// otherwise (module.name, module.name[KEY], a for_each key as an
// attribute), which needs every output.
func moduleAttrs(traversals []hcl.Traversal, name string, indexed bool) []string {
	var attrs []string
	for _, tr := range traversals {
		if len(tr) < 2 || tr.RootName() != "module" {
			continue
		}
		a, ok := tr[1].(hcl.TraverseAttr)
		if !ok {
			return nil
		}
		if a.Name != name {
			continue
		}
		at := 2
		if indexed {
			if len(tr) < 3 {
				return nil
			}
			if _, ok := tr[2].(hcl.TraverseIndex); !ok {
				return nil
			}
			at = 3
		}
		if len(tr) <= at {
			return nil
		}
		o, ok := tr[at].(hcl.TraverseAttr)
		if !ok {
			return nil
		}
		if !slices.Contains(attrs, o.Name) {
			attrs = append(attrs, o.Name)
		}
	}
	return attrs
}
