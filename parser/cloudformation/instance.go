package cloudformation

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// shareVariants lets the variants of a resource share what no undecided
// condition touches (see evaluator.sharing); tests turn it off to compare.
var shareVariants = true

// maxVariantConds bounds the undecidable conditions of Fn::If a resource
// is split over: 3 conditions make 8 variants. Beyond that the Fn::If stay
// Unknown.
const maxVariantConds = 3

// instance is a template evaluated with one set of options: its resources
// after Fn::ForEach, its conditions decided as far as they can be, and the
// resources it deploys.
type instance struct {
	t         *Template
	opts      Options
	names     map[string]bool // logical ids, after Fn::ForEach
	conds     map[string]tri  // every condition's value without assumptions
	raw       map[string]*parser.Value
	resConds  map[string]string
	resources []*parser.Resource
	diags     parser.Diagnostics
	sam       samState
	budget    *budget
	// cyclic holds the conditions that depend on themselves: they are
	// never decided, and never split into variants.
	cyclic map[string]bool
	// paramVia holds, for each parameter with a default, a Value whose
	// only content is the Via of a value taken from the default: one step
	// to it, shared by every use (its capacity is its length, so appending
	// to it copies), in an Extra that the uses share too (fromDefault).
	paramVia map[string]*parser.Value
	// scratch holds the pending pairs of evaluator.evalShare, reused from
	// resource to resource.
	scratch []sharedPair
	// noForEach says that no value this instance evaluates holds a
	// Fn::ForEach key: the template's (Template.noForEach) and the
	// parameter values given in the options.
	noForEach bool
}

func (t *Template) instantiate(opts Options) *instance {
	in := &instance{
		t: t, opts: opts,
		names: map[string]bool{}, conds: map[string]tri{},
		raw: map[string]*parser.Value{}, resConds: map[string]string{},
	}
	in.budget = &budget{diags: &in.diags}
	in.noForEach = t.noForEach
	for _, pv := range opts.Parameters {
		if holdsForEach(pv.Value, 0) {
			in.noForEach = false
		}
	}
	in.paramVia = make(map[string]*parser.Value, len(t.Parameters))
	for name, p := range t.Parameters {
		if p.Default != nil {
			via := []parser.Step{{Range: p.Default.Range, Note: "parameter " + name + " default"}}
			in.paramVia[name] = (&parser.Value{}).SetExtra(parser.Extra{Via: via})
		}
	}
	ev := newEvaluator(in, &in.diags)
	var order []string
	sec := t.section
	if sec != nil && sec.Kind == parser.Object {
		sec, order = ev.expandForEachOrdered(sec)
		// Sized once rather than grown resource by resource.
		in.names = make(map[string]bool, len(order))
		in.raw = make(map[string]*parser.Value, len(order))
		for _, id := range order {
			in.names[id] = true
		}
		in.sam.section = sec
	}
	in.cyclic = cyclicConditions(t.Conditions)
	names := make([]string, 0, len(t.Conditions))
	for name := range t.Conditions {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		in.conds[name] = ev.condition(name, t.Conditions[name].KeyRange)
	}
	for _, id := range order {
		in.resource(id, sec.Attrs[id])
	}
	in.samFinish()
	in.exports()
	return in
}

// defaultVia returns the Via of a value taken from the default of
// parameter name. The instance is not changed: evaluators of several
// goroutines (Template.Resolve) may ask.
func (in *instance) defaultVia(name string) []parser.Step {
	return in.paramVia[name].Via()
}

// fromDefault returns a scalar of the kind and value of sc, at rng and
// krng, whose Via is defaultVia(name): it shares that Via, and the Extra
// that holds it, with the other values taken from the default (an Extra is
// never changed in place, so sharing is safe).
func (in *instance) fromDefault(name string, sc *parser.Value, rng, krng parser.Range) *parser.Value {
	out := *in.paramVia[name]
	out.Kind, out.Str, out.Num, out.Bool = sc.Kind, sc.Str, sc.Num, sc.Bool
	out.Range, out.KeyRange = rng, krng
	return &out
}

// exports records on each resource the Export.Name of the outputs whose
// Value refers to it, so that rules can follow Fn::ImportValue from other
// templates to it. Outputs whose Condition is false export nothing.
// Problems in outputs are not reported here: evaluating them is only a
// means of matching names.
func (in *instance) exports() {
	if len(in.t.Outputs) == 0 {
		return
	}
	byID := map[string][]*parser.Resource{}
	for _, r := range in.resources {
		byID[r.Name] = append(byID[r.Name], r)
	}
	names := make([]string, 0, len(in.t.Outputs))
	for name := range in.t.Outputs {
		names = append(names, name)
	}
	sort.Strings(names)
	var discard parser.Diagnostics
	for _, name := range names {
		out := in.t.Outputs[name]
		exp := out.Path("Export", "Name")
		if exp == nil {
			continue
		}
		if c, ok := literal(out.Get("Condition")); ok && in.conds[c] == triFalse {
			continue
		}
		ev := newEvaluator(in, &discard)
		nameV := ev.eval(exp)
		for _, id := range collectRefs(ev.eval(out.Get("Value")), nil) {
			for _, r := range byID[id] {
				r.Exports = append(r.Exports, nameV)
			}
		}
	}
}

func (in *instance) warn(rng parser.Range, summary, detail string) {
	in.diags = append(in.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

func (in *instance) note(rng parser.Range, summary, detail string) {
	in.diags = append(in.diags, parser.Diagnostic{Severity: parser.SevNote, Summary: summary, Detail: detail, Range: rng})
}

// resource builds the resources that the entry id of the Resources
// section deploys: none when its Condition is false, one per variant when
// its properties hold undecidable Fn::If, and for SAM the resources the
// transform creates.
func (in *instance) resource(id string, raw *parser.Value) {
	if id == "Fn::Transform" {
		// A macro (AWS::Include of a snippet) adding resources at
		// deployment; they are not read.
		in.note(raw.KeyRange, "transform not read", "Fn::Transform in Resources runs "+transformDescription(raw)+
			" at deployment; the resources it adds are not checked")
		return
	}
	if raw.Kind != parser.Object {
		in.warn(raw.KeyRange, "invalid resource", "resource "+id+" must be a mapping; it is skipped")
		return
	}
	typ, ok := scalarString(raw.Get("Type"))
	if !ok || typ == "" {
		in.warn(raw.KeyRange, "invalid resource", "resource "+id+" has no Type string; it is skipped")
		return
	}
	in.raw[id] = raw
	base := parser.Resource{
		Format:     parser.CloudFormation,
		Type:       typ,
		Name:       id,
		Address:    id,
		Module:     in.t.Path,
		Range:      raw.KeyRange,
		Metadata:   raw.Get("Metadata"),
		Written:    raw.Get("Properties"),
		Parameters: in.t.parameters,
	}
	var assume map[string]bool
	if c := raw.Get("Condition"); c != nil {
		if s, ok := literal(c); ok {
			in.resConds[id] = s
			if _, ok := in.t.Conditions[s]; !ok {
				in.warn(c.Range, "undefined condition", fmt.Sprintf("resource %s uses condition %q, which is not defined", id, s))
			} else {
				switch in.conds[s] {
				case triFalse:
					// Not created: nothing to check.
					return
				case triUnknown:
					// The resource exists only when the condition holds:
					// its properties are read under that assumption.
					assume = map[string]bool{s: true}
					base.Condition = s
				}
			}
		} else {
			in.warn(c.Range, "invalid Condition", "the Condition of resource "+id+" must be a condition name")
		}
	}
	if d := raw.Get("DependsOn"); d != nil {
		switch d.Kind {
		case parser.String:
			base.DependsOn = []string{d.Str}
		case parser.List:
			for _, e := range d.Elems {
				if e.Kind == parser.String {
					base.DependsOn = append(base.DependsOn, e.Str)
				} else {
					in.warn(e.Range, "invalid DependsOn", "DependsOn must list logical ids")
				}
			}
		default:
			in.warn(d.Range, "invalid DependsOn", "DependsOn must be a logical id or a list of them")
		}
		for _, dep := range base.DependsOn {
			if !in.names[dep] {
				in.warn(d.Range, "undefined DependsOn", fmt.Sprintf("resource %s depends on %q, which is not a resource of this template", id, dep))
			}
		}
	}
	props := raw.Get("Properties")
	sam := strings.HasPrefix(typ, "AWS::Serverless::")
	if sam {
		props = in.withGlobals(typ, props)
	}
	one, many := in.variants(id, props, assume, raw.KeyRange)
	if many == nil {
		// Nearly every resource: one variant, without a slice for it.
		many = []variant{{body: one}}
	}
	for _, vr := range many {
		r := base
		r.Body = vr.body
		r.Assumptions = vr.labels
		if sam {
			in.resources = append(in.resources, in.samResource(&r)...)
		} else {
			in.resources = append(in.resources, &r)
		}
	}
}

// variant is the properties of a resource under some assumptions.
type variant struct {
	body   *parser.Value
	labels []string
}

// conditionLabel is the assumption that condition name has value b.
func conditionLabel(name string, b bool) string {
	return "condition " + name + " is " + strconv.FormatBool(b)
}

// variants evaluates props. When they hold Fn::If over conditions that
// cannot be decided (at most maxVariantConds of them), it evaluates them
// once per combination of truth values, each Fn::If resolved to the branch
// its combination picks. Combinations are listed true before false, first
// condition first; a condition that the earlier ones decide (IsDev is
// !Not IsProd) follows them, so that no variant is impossible, but keeps
// its label so that every resource has 2^n variants. When there is one
// variant, it returns its body alone (one) rather than a slice of one.
func (in *instance) variants(id string, props *parser.Value, assume map[string]bool, at parser.Range) (one *parser.Value, many []variant) {
	ev := newEvaluator(in, &in.diags)
	ev.assume = assume
	ev.sharing = shareVariants
	body := in.body(ev, props, id, at, true)
	conds := ev.undecided
	if len(conds) == 0 {
		return body, nil
	}
	if len(conds) > maxVariantConds {
		in.note(at, "too many undecidable conditions", fmt.Sprintf("the properties of %s use %d conditions that cannot be decided statically (%s); more than %d are not split into variants, and their Fn::If stay unknown",
			id, len(conds), strings.Join(conds, ", "), maxVariantConds))
		return body, nil
	}
	out := make([]variant, 0, 1<<len(conds))
	for mask := 0; mask < 1<<len(conds); mask++ {
		a := make(map[string]bool, len(assume)+len(conds))
		for k, v := range assume {
			a[k] = v
		}
		var discard parser.Diagnostics
		labels := make([]string, len(conds))
		for i, c := range conds {
			want := mask&(1<<(len(conds)-1-i)) == 0
			labels[i] = conditionLabel(c, want)
			fe := newEvaluator(in, &discard)
			fe.assume = a
			switch fe.condition(c, at) {
			case triTrue:
				a[c] = true
			case triFalse:
				a[c] = false
			default:
				a[c] = want
			}
		}
		ve := newEvaluator(in, &discard)
		ve.assume = a
		// What no undecided condition touched is the same in every
		// variant: the variants share the first evaluation's result.
		ve.reuse = ev.record
		out = append(out, variant{body: in.body(ve, props, id, at, false), labels: labels})
	}
	return nil, out
}

// body resolves the Properties of a resource into an object.
func (in *instance) body(ev *evaluator, props *parser.Value, id string, at parser.Range, report bool) *parser.Value {
	switch {
	case props == nil:
		return &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: at}
	case props.Kind == parser.Null:
		return &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: props.Range, KeyRange: props.KeyRange}
	}
	var body *parser.Value
	if _, _, call := intrinsic(props); props.Kind == parser.Object && !call {
		// The keys are kept even when the budget runs out and the values
		// become Unknown: a property that is missing means "not set" to
		// a rule, an Unknown one nothing.
		props = ev.expandForEach(props)
		body = (&parser.Value{Kind: parser.Object, Attrs: make(map[string]*parser.Value, len(props.Attrs)), Range: props.Range, KeyRange: props.KeyRange}).SetExtra(parser.Extra{Via: props.Via()})
		mark, saved := ev.beginShare()
		var buf [16]entryAt
		for _, en := range sourceEntries(buf[:0], props.Attrs) {
			body.Attrs[en.key] = ev.evalShare(en.v)
		}
		ev.endShare(mark, saved)
	} else {
		body = ev.eval(props)
	}
	if body == nil || body.Kind != parser.Object {
		if report && (body == nil || body.Kind != parser.Unknown) {
			in.warn(props.Range, "invalid Properties", "the Properties of resource "+id+" must be a mapping")
		}
		body = &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: props.Range, KeyRange: props.KeyRange}
	}
	return body
}

// cyclicConditions returns the conditions that reach themselves through
// Condition references.
func cyclicConditions(conds map[string]*parser.Value) map[string]bool {
	deps := map[string][]string{}
	for name, expr := range conds {
		deps[name] = conditionRefs(expr, nil, 0)
	}
	out := map[string]bool{}
	for name := range conds {
		seen := map[string]bool{}
		stack := append([]string(nil), deps[name]...)
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n == name {
				out[name] = true
				break
			}
			if !seen[n] {
				seen[n] = true
				stack = append(stack, deps[n]...)
			}
		}
	}
	return out
}

// conditionRefs lists the names of the {"Condition": name} in a condition
// expression.
func conditionRefs(v *parser.Value, dst []string, depth int) []string {
	if v == nil || depth > 4*maxDepth {
		return dst
	}
	if v.Kind == parser.Object && len(v.Attrs) == 1 {
		if c, ok := literal(v.Attrs["Condition"]); ok {
			return append(dst, c)
		}
	}
	for _, a := range v.Attrs {
		dst = conditionRefs(a, dst, depth+1)
	}
	for _, el := range v.Elems {
		dst = conditionRefs(el, dst, depth+1)
	}
	return dst
}
