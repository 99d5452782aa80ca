package terraform

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform/standin"
)

// standInCall is a module call evaluated with a stand-in (see package
// standin): what is needed to move every place in the stand-in's files to
// the user's code.
type standInCall struct {
	model *standin.Model
	about *parser.StandIn
	// callRange is the module block's header: where a finding whose cause
	// is one of the module's defaults points.
	callRange parser.Range
	// args are the call's arguments.
	args hcl.Attributes
}

// standIn returns the stand-in module of a model, parsed once per project.
func (p *Project) standIn(m *standin.Model) *Module {
	p.mu.Lock()
	defer p.mu.Unlock()
	if mod := p.standIns[m.Dir()]; mod != nil {
		return mod
	}
	mod := &Module{Dir: m.Dir()}
	for _, f := range m.Files() {
		// The stand-ins are ours and parse (TestStandInsParse).
		file, _ := ParseFile(parser.Source{Path: f.Path, Bytes: f.Bytes})
		mod.Files = append(mod.Files, file)
	}
	if p.standIns == nil {
		p.standIns = map[string]*Module{}
	}
	p.standIns[m.Dir()] = mod
	return mod
}

// standInFor returns the stand-in that evaluates a registry module call
// that was not downloaded, or nil: one for its source whose modeled major
// versions are the only ones its version constraint admits.
func standInFor(b *hcl.Block, src string) *standin.Model {
	constraint := ""
	attrs, _ := b.Body.JustAttributes()
	if a, ok := attrs["version"]; ok {
		v, diags := a.Expr.Value(nil)
		if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
			return nil
		}
		constraint = v.AsString()
		if strings.TrimSpace(constraint) == "" {
			return nil
		}
	}
	return standin.Lookup(src, constraint)
}

// relocate moves every place of a stand-in instance's resources and
// diagnostics to the user's code: a value that came from an argument of
// the call points at that argument (at the very value when it can be
// found in it), one that comes from the stand-in itself (a default of the
// module) at the call, with a related place that says so.
func (ev *evaluator) relocate(sc *standInCall, cev *evaluator, resources []*parser.Resource, diags parser.Diagnostics) {
	var defaults []variableDefault
	for name := range cev.decls.variables {
		if a, ok := cev.decls.variableAttr(name, "default"); ok {
			r := a.Expr.Range()
			defaults = append(defaults, variableDefault{name, convertRange(r), sc.model.Text(r.Filename, r.Start.Byte, r.End.Byte)})
		}
	}
	if sc.about.Causes == nil {
		sc.about.Causes = sc.causes(cev, defaults)
	}
	for _, r := range resources {
		if !standin.IsStandIn(r.Module) {
			continue
		}
		r.Range = sc.callRange
		r.StandIn = sc.about
		if extra := sc.entryCauses(cev, r); len(extra) > 0 {
			about := *sc.about
			about.Causes = append(slices.Clip(about.Causes), extra...)
			r.StandIn = &about
		}
		w := relocation{sc: sc, cev: cev, defaults: defaults, index: instanceIndex(r.Address), key: forEachKey(r.Address), seen: map[*parser.Value]bool{}}
		w.walk(r.Body, nil)
	}
	for i := range diags {
		if standin.IsStandIn(diags[i].Range.File) {
			diags[i].Range = sc.callRange
			diags[i].Detail = strings.TrimSpace(sc.about.String() + ": " + diags[i].Detail)
		}
	}
}

// causes returns the call's inputs that decide the model's whole-resource
// findings (see standin.Cause): the argument that passes an input, when
// its value is off (false, null, empty), or the call when the input keeps
// an insecure default. An input passed with another value, or whose
// default is secure and not passed, is no cause.
func (sc *standInCall) causes(cev *evaluator, defaults []variableDefault) []parser.StandInCause {
	out := []parser.StandInCause{}
	for _, c := range sc.model.Causes {
		if c.Field != "" {
			continue // by resource: see entryCause
		}
		pc := parser.StandInCause{Rule: c.Rule, Type: c.Type}
		if a, passed := sc.args[c.Input]; passed {
			v := cev.vars[c.Input]
			text, off := offValue(v)
			if !off {
				continue
			}
			pc.Set, pc.Points, pc.At = true, true, convertRange(a.Expr.Range())
			pc.Note = "var." + c.Input + " of " + sc.about.Call
			pc.Text = c.Input + " = " + text + ": " + c.Effect
		} else {
			if c.SecureDefault {
				continue
			}
			i := slices.IndexFunc(defaults, func(d variableDefault) bool { return d.name == c.Input })
			if i < 0 {
				continue
			}
			pc.At = sc.callRange
			pc.Note = sc.about.DefaultNote(c.Input, defaults[i].text)
			pc.Text = parser.DefaultText(c.Input, defaults[i].text) + ": " + c.Effect
		}
		out = append(out, pc)
	}
	return out
}

// entryCauses returns the causes of findings about a resource the
// stand-in makes of one entry of a list argument (a subnet of subnets):
// the entry's field when it is off, or the entry itself when it leaves the
// field to its default (see standin.Cause's Field).
func (sc *standInCall) entryCauses(cev *evaluator, r *parser.Resource) []parser.StandInCause {
	var out []parser.StandInCause
	for _, c := range sc.model.Causes {
		if c.Field == "" || c.Type != r.Type {
			continue
		}
		entry := entryOf(cev.vars[c.Input], r, c.Keys)
		name := entry.Get(c.Keys[0][1])
		if entry == nil || standin.IsStandIn(name.Range.File) || name.Range.IsZero() {
			continue
		}
		key, _ := name.AsString()
		pc := parser.StandInCause{Rule: c.Rule, Type: c.Type, Points: true}
		where := fmt.Sprintf("the %s entry %q", c.Input, key)
		if f := entry.Get(c.Field); f.IsNull() {
			pc.At = name.Range
			pc.Note = fmt.Sprintf("%s of %s: %s", where, sc.about.Call, parser.DefaultText(c.Field, c.FieldDefault))
			pc.Text = parser.DefaultText(c.Field, c.FieldDefault) + " in " + where + ": " + c.Effect
		} else if text, off := offValue(f); off && !f.Range.IsZero() && !standin.IsStandIn(f.Range.File) {
			pc.At, pc.Set = f.Range, true
			pc.Note = fmt.Sprintf("%s of %s", where, sc.about.Call)
			pc.Text = c.Field + " = " + text + " in " + where + ": " + c.Effect
		} else {
			continue
		}
		out = append(out, pc)
	}
	return out
}

// entryOf returns the element of list a resource was made from: the one
// whose attributes equal the resource's by keys (resource attribute,
// element attribute), or nil.
func entryOf(list *parser.Value, r *parser.Resource, keys [][2]string) *parser.Value {
	for _, e := range list.Items() {
		match := true
		for _, k := range keys {
			want, ok := r.Body.Get(k[0]).AsString()
			got, ok2 := e.Get(k[1]).AsString()
			if !ok || !ok2 || want != got {
				match = false
				break
			}
		}
		if match {
			return e
		}
	}
	return nil
}

// offValue reports whether an argument's value turns a feature off:
// false, null, or an empty list or object; text is how it reads.
func offValue(v *parser.Value) (text string, off bool) {
	switch {
	case v == nil:
		return "", false
	case v.Kind == parser.Null:
		return "null", true
	case v.Kind == parser.Bool && !v.Bool:
		return "false", true
	case v.Kind == parser.String && v.Str == "false":
		return `"false"`, true
	case v.Kind == parser.List && len(v.Elems) == 0:
		return "[]", true
	case v.Kind == parser.Object && len(v.Attrs) == 0:
		return "{}", true
	}
	return "", false
}

// instanceIndex returns the count index an address ends with, or -1.
func instanceIndex(addr string) int {
	if !strings.HasSuffix(addr, "]") {
		return -1
	}
	i := strings.LastIndex(addr, "[")
	n, err := strconv.Atoi(addr[i+1 : len(addr)-1])
	if i < 0 || err != nil {
		return -1
	}
	return n
}

// forEachKey returns the for_each key of string an address ends with
// (["name"]), or "".
func forEachKey(addr string) string {
	if !strings.HasSuffix(addr, `"]`) {
		return ""
	}
	i := strings.LastIndex(addr, `["`)
	if i < 0 {
		return ""
	}
	k, err := strconv.Unquote(addr[i+1 : len(addr)-1])
	if err != nil {
		return ""
	}
	return k
}

// variableDefault is the default of one of the stand-in's variables.
type variableDefault struct {
	name string
	at   parser.Range
	text string // the default as written
}

// defaultAt returns the variable default that holds the place r.
func (w *relocation) defaultAt(r parser.Range) (variableDefault, bool) {
	for _, d := range w.defaults {
		if d.at.File == r.File && d.at.Start.Byte <= r.Start.Byte && r.End.Byte <= d.at.End.Byte {
			return d, true
		}
	}
	return variableDefault{}, false
}

// relocation walks the values of one resource of a stand-in.
type relocation struct {
	sc       *standInCall
	cev      *evaluator
	defaults []variableDefault
	index    int    // the resource's count index, or -1
	key      string // the resource's for_each key, or ""
	seen     map[*parser.Value]bool
}

// walk relocates v and the values it holds; uses are the references of
// the nearest enclosing expression, which the values built from it share.
func (w *relocation) walk(v *parser.Value, uses []string) {
	if v == nil || w.seen[v] {
		return
	}
	w.seen[v] = true
	if u := v.Uses(); len(u) > 0 {
		uses = u
	}
	if standin.IsStandIn(v.Range.File) {
		var via []parser.Step
		v.Range, via = w.place(v, uses)
		if len(via) > 0 {
			v.SetVia(append(slices.Clip(via), v.Via()...))
		}
	}
	if standin.IsStandIn(v.KeyRange.File) {
		v.KeyRange = parser.Range{}
	}
	if via := v.Via(); slices.ContainsFunc(via, func(s parser.Step) bool { return standin.IsStandIn(s.Range.File) }) {
		var out []parser.Step
		for _, s := range via {
			switch d, isDefault := w.defaultAt(s.Range); {
			case isDefault:
				out = append(out, parser.Step{Range: w.sc.callRange, Note: w.sc.about.DefaultNote(d.name, d.text)})
			case !standin.IsStandIn(s.Range.File) && s.Range != v.Range:
				out = append(out, s)
			}
		}
		v.SetVia(out)
	}
	for _, e := range v.Elems {
		w.walk(e, uses)
	}
	for _, k := range v.Keys() {
		w.walk(v.Attrs[k], uses)
	}
}

// place returns where in the user's code a value written in the stand-in
// comes from, and the places it came through there: the nearest place it
// came through outside the stand-in, the call when it is one of the
// module's defaults, the value in the call's arguments it was read from,
// the first argument its expression reads, or else the call.
func (w *relocation) place(v *parser.Value, uses []string) (parser.Range, []parser.Step) {
	for _, s := range v.Via() {
		if _, isDefault := w.defaultAt(s.Range); isDefault {
			return w.sc.callRange, nil
		}
		if !standin.IsStandIn(s.Range.File) {
			return s.Range, nil
		}
	}
	var args []hcl.Expression
	for _, u := range uses {
		name, ok := strings.CutPrefix(strings.TrimPrefix(u, w.cev.addr+"."), "var.")
		if !ok {
			continue
		}
		a, passed := w.sc.args[name]
		arg := w.cev.vars[name]
		if !passed || arg == nil || standin.IsStandIn(arg.Range.File) {
			continue
		}
		if v.Kind == parser.String || v.Kind == parser.Number {
			if at := w.find(arg, v); at != nil {
				return at.Range, at.Via()
			}
		}
		args = append(args, a.Expr)
	}
	if len(args) > 0 {
		return convertRange(args[0].Range()), nil
	}
	if at := w.inKeyedEntry(v); at != nil {
		return at.Range, at.Via()
	}
	return w.sc.callRange, nil
}

// inKeyedEntry returns the value written in the call's arguments that v,
// a value of a resource the stand-in makes for each entry of a list
// argument keyed by name (a firewall rule of firewall_rules), was read
// from: the scalar of v's text in the entry one of whose attributes is the
// resource's for_each key. Values built by functions and for expressions
// keep no trace of the argument they came from.
func (w *relocation) inKeyedEntry(v *parser.Value) *parser.Value {
	if w.key == "" || v.Kind != parser.String && v.Kind != parser.Number {
		return nil
	}
	for _, name := range slices.Sorted(maps.Keys(w.sc.args)) {
		arg := w.cev.vars[name]
		if arg == nil || standin.IsStandIn(arg.Range.File) {
			continue
		}
		for _, e := range arg.Items() {
			if !slices.ContainsFunc(e.Keys(), func(k string) bool { s, ok := e.Get(k).AsString(); return ok && s == w.key }) {
				continue
			}
			if at := findScalar(e, v.Str); at != nil && !standin.IsStandIn(at.Range.File) {
				return at
			}
		}
	}
	return nil
}

// find returns the value written in an argument that v was read from: a
// scalar of the same text, or a comma-separated list of CIDR ranges
// (ingress_with_cidr_blocks' cidr_blocks) that holds it. In a list, the
// element of the resource's count index is searched first.
func (w *relocation) find(arg, v *parser.Value) *parser.Value {
	if arg.Kind == parser.List && w.index >= 0 && w.index < len(arg.Elems) {
		if at := findScalar(arg.Elems[w.index], v.Str); at != nil {
			return at
		}
	}
	return findScalar(arg, v.Str)
}

func findScalar(in *parser.Value, text string) *parser.Value {
	if in == nil {
		return nil
	}
	switch in.Kind {
	case parser.List:
		for _, e := range in.Elems {
			if at := findScalar(e, text); at != nil {
				return at
			}
		}
	case parser.Object:
		for _, k := range in.Keys() {
			if at := findScalar(in.Attrs[k], text); at != nil {
				return at
			}
		}
	case parser.String, parser.Number:
		if in.Range.IsZero() || text == "" {
			return nil
		}
		if in.Str == text || in.Kind == parser.String && slices.Contains(splitTrim(in.Str), text) {
			return in
		}
	}
	return nil
}

func splitTrim(s string) []string {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// unmodeledOutput returns v, the value of a call evaluated with a stand-in
// (module.NAME), with the output the traversal reads added when the
// stand-in does not model it: unknown, with a reason that says so rather
// than the generic one of a missing attribute.
func (ev *evaluator) unmodeledOutput(name string, v cty.Value, tr hcl.Traversal) cty.Value {
	st := ev.calls[name]
	if st == nil || st.standIn == nil || len(st.instances) == 0 || len(tr) < 3 {
		return v
	}
	// module.NAME.OUTPUT, or module.NAME[KEY].OUTPUT for count and for_each.
	steps := tr[2:]
	if st.mode != "" {
		if _, ok := steps[0].(hcl.TraverseIndex); !ok {
			return v
		}
		steps = steps[1:]
	}
	if len(steps) == 0 {
		return v
	}
	attr, ok := steps[0].(hcl.TraverseAttr)
	if !ok {
		return v
	}
	if _, modeled := st.instances[0].decls.outputs[attr.Name]; modeled {
		return v
	}
	why := fmt.Sprintf("output %s of module.%s is not modeled by soc2lint's stand-in for %s %s; run terraform init",
		attr.Name, name, st.standIn.Source, st.standIn.Versions())
	if st.mode == "" {
		return withAttr(v, attr.Name, unknownBecause(why))
	}
	return eachElement(v, func(e cty.Value) cty.Value { return withAttr(e, attr.Name, unknownBecause(why)) })
}

// withAttr returns the object v with one more attribute, or v when it is
// no known object or already has it.
func withAttr(v cty.Value, name string, add cty.Value) cty.Value {
	u, marks := v.Unmark()
	if !u.IsKnown() || u.IsNull() || !u.Type().IsObjectType() || u.Type().HasAttribute(name) {
		return v
	}
	m := u.AsValueMap()
	if m == nil {
		m = map[string]cty.Value{}
	}
	m[name] = add
	return cty.ObjectVal(m).WithMarks(marks)
}

// eachElement applies f to each element of a tuple or attribute of an
// object (a call's instances), or returns v.
func eachElement(v cty.Value, f func(cty.Value) cty.Value) cty.Value {
	u, marks := v.Unmark()
	if !u.IsKnown() || u.IsNull() {
		return v
	}
	switch t := u.Type(); {
	case t.IsTupleType():
		var out []cty.Value
		for it := u.ElementIterator(); it.Next(); {
			_, e := it.Element()
			out = append(out, f(e))
		}
		if len(out) == 0 {
			return v
		}
		return cty.TupleVal(out).WithMarks(marks)
	case t.IsObjectType():
		m := u.AsValueMap()
		if len(m) == 0 {
			return v
		}
		for k, e := range m {
			m[k] = f(e)
		}
		return cty.ObjectVal(m).WithMarks(marks)
	}
	return v
}
