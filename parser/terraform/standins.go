package terraform

import (
	"fmt"
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
	for _, r := range resources {
		if !standin.IsStandIn(r.Module) {
			continue
		}
		r.Range = sc.callRange
		r.StandIn = sc.about
		w := relocation{sc: sc, cev: cev, defaults: defaults, index: instanceIndex(r.Address), seen: map[*parser.Value]bool{}}
		w.walk(r.Body, nil)
	}
	for i := range diags {
		if standin.IsStandIn(diags[i].Range.File) {
			diags[i].Range = sc.callRange
			diags[i].Detail = strings.TrimSpace(sc.about.String() + ": " + diags[i].Detail)
		}
	}
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
	index    int // the resource's count index, or -1
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
				out = append(out, parser.Step{Range: w.sc.callRange,
					Note: fmt.Sprintf("%s (%s %s, not downloaded: soc2lint's model of its defaults): %s defaults to %s",
						w.sc.about.Call, w.sc.about.Source, w.sc.about.Versions, d.name, d.text)})
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
	return w.sc.callRange, nil
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
