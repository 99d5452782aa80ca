package cloudformation

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// tri is a three-valued truth: a condition may be undecidable statically.
type tri int8

const (
	triUnknown tri = iota
	triFalse
	triTrue
)

// noValue marks the Null that Ref AWS::NoValue yields, in Value.Why. Lists
// drop such elements, as CloudFormation does.
const noValue = "AWS::NoValue"

var pseudoParams = map[string]bool{
	"AWS::AccountId":        true,
	"AWS::NotificationARNs": true,
	"AWS::Partition":        true,
	"AWS::Region":           true,
	"AWS::StackId":          true,
	"AWS::StackName":        true,
	"AWS::URLSuffix":        true,
}

// evaluator resolves intrinsic functions in values as written. It never
// fails: what it cannot decide becomes an Unknown value with a reason, and
// malformed calls also yield a warning.
type evaluator struct {
	in    *instance
	t     *Template
	diags *parser.Diagnostics
	// assume fixes the value of conditions, for a resource's own Condition
	// and for the variants of a resource (see instance.variants).
	assume map[string]bool
	// undecided lists, in the order met, the defined conditions of Fn::If
	// that could not be decided.
	undecided []string
	memo      map[string]tri
	active    map[string]bool
	depth     int
	b         *budget
	// dirty is set when a condition lookup could not be decided: what was
	// evaluated since it was cleared may differ between the variants of a
	// resource.
	dirty bool
	// sharing, on the first evaluation of a resource's properties, records
	// in record the results of the values that no undecided condition
	// touched but whose container one did (the largest such values), so
	// that the evaluations of the variants (reuse) take them as they are
	// instead of evaluating them again.
	sharing bool
	record  map[*parser.Value]shared
	reuse   map[*parser.Value]shared
}

// shared is the result of evaluating a value as written that does not
// depend on undecided conditions, and the depth it was evaluated at.
type shared struct {
	r     *parser.Value
	depth int
}

// sharedPair is a value as written and its result, pending in
// instance.scratch until its container's evaluation says whether to record
// it.
type sharedPair struct {
	a, r  *parser.Value
	depth int
}

// beginShare starts the evaluation of the children of a container. It
// returns where the container's pending pairs start and the dirty flag of
// what came before.
func (e *evaluator) beginShare() (mark int, saved bool) {
	if !e.sharing {
		return 0, false
	}
	saved = e.dirty
	e.dirty = false
	return len(e.in.scratch), saved
}

// evalShare evaluates a child of a container between beginShare and
// endShare.
func (e *evaluator) evalShare(a *parser.Value) *parser.Value {
	if !e.sharing {
		return e.eval(a)
	}
	before := e.dirty
	e.dirty = false
	r := e.eval(a)
	if !e.dirty {
		e.in.scratch = append(e.in.scratch, sharedPair{a, r, e.depth})
	}
	e.dirty = e.dirty || before
	return r
}

// endShare ends the evaluation of a container's children: when one of them
// was touched by an undecided condition, the others are recorded for reuse
// (a container that no undecided condition touched is recorded as a whole
// by its own container instead).
func (e *evaluator) endShare(mark int, saved bool) {
	if !e.sharing {
		return
	}
	if e.dirty {
		for _, p := range e.in.scratch[mark:] {
			if e.record == nil {
				e.record = map[*parser.Value]shared{}
			}
			e.record[p.a] = shared{p.r, p.depth}
		}
	}
	clear(e.in.scratch[mark:])
	e.in.scratch = e.in.scratch[:mark]
	e.dirty = e.dirty || saved
}

// budget bounds what evaluating one template instance builds, across
// all the evaluators of its resources and their variants.
type budget struct {
	// spent counts the values built. Parameter defaults and mapping values
	// are copied to every place that uses them, which could grow a small
	// file into a huge tree: past maxNodes, values become Unknown.
	spent    int
	computed int // bytes of computed strings
	// diags receives the one warning when the budget runs out, whichever
	// evaluator spends it.
	diags *parser.Diagnostics
}

func newEvaluator(in *instance, diags *parser.Diagnostics) *evaluator {
	return &evaluator{in: in, t: in.t, diags: diags, b: in.budget}
}

// spend accounts for n new values at v and reports whether the budget
// allows them.
func (e *evaluator) spend(n int, v *parser.Value) bool {
	before := e.b.spent
	e.b.spent += n
	if e.b.spent <= maxNodes {
		return true
	}
	if before <= maxNodes {
		e.budgetWarn(v.Range, "template too large", fmt.Sprintf("resolving the template yields more than %d values; the rest are left unknown", maxNodes))
	}
	return false
}

// Computed strings are bounded too: nested Fn::Base64 grows a string
// exponentially, and Fn::Join or Fn::Sub repeat parameter values.
const (
	maxComputed      = 1 << 20  // bytes of one computed string
	maxComputedTotal = 64 << 20 // bytes of all computed strings of a template
)

// allow accounts for a computed string of n bytes at v.
func (e *evaluator) allow(n int, v *parser.Value) bool {
	if n > maxComputed {
		return false
	}
	e.b.computed += n
	if e.b.computed <= maxComputedTotal {
		return true
	}
	if e.b.computed-n <= maxComputedTotal {
		e.budgetWarn(v.Range, "template too large", fmt.Sprintf("resolving the template computes more than %d bytes of strings; the rest are left unknown", maxComputedTotal))
	}
	return false
}

// tooLong is the Unknown for a computed string over the limits.
func tooLong(v *parser.Value, fn string) *parser.Value {
	return unknown(v, fn+" computes a string too long to keep")
}

// size counts the values of a tree.
func size(v *parser.Value) int {
	n := 1
	for _, a := range v.Attrs {
		n += size(a)
	}
	for _, el := range v.Elems {
		n += size(el)
	}
	return n
}

func (e *evaluator) budgetWarn(rng parser.Range, summary, detail string) {
	d := e.b.diags
	if d == nil {
		d = e.diags
	}
	*d = append(*d, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

func (e *evaluator) warn(rng parser.Range, summary, detail string) {
	*e.diags = append(*e.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

// unknown returns an Unknown value in place of the expression v.
func unknown(v *parser.Value, why string, refs ...string) *parser.Value {
	return (&parser.Value{Kind: parser.Unknown, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Why: why, Refs: refs})
}

// noExtra reports whether v has none of the rarely set fields.
func noExtra(v *parser.Value) bool {
	return v.Via() == nil && v.Refs() == nil && v.Uses() == nil && v.Why() == "" && v.Parts() == nil && !v.Rest() && v.Import() == nil
}

// knownString returns a string computed by the expression v.
func knownString(v *parser.Value, s string, via []parser.Step) *parser.Value {
	return (&parser.Value{Kind: parser.String, Str: s, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Via: via})
}

// bad reports a malformed call of fn at v and returns Unknown.
func (e *evaluator) bad(v *parser.Value, fn, msg string) *parser.Value {
	e.warn(v.Range, "invalid "+fn, fn+": "+msg)
	return unknown(v, fn+": "+msg)
}

func isNoValue(v *parser.Value) bool { return v != nil && v.Kind == parser.Null && v.Why() == noValue }

// scalarString returns the text of a known string, number or bool.
func scalarString(v *parser.Value) (string, bool) {
	if v == nil || v.Kind == parser.Null {
		return "", false
	}
	return v.AsString()
}

// literal returns a string written as such (not computed).
func literal(v *parser.Value) (string, bool) {
	if v == nil || v.Kind != parser.String {
		return "", false
	}
	return v.Str, true
}

// intrinsic reports whether v is a call {"Ref": ...} or {"Fn::X": ...}.
func intrinsic(v *parser.Value) (string, *parser.Value, bool) {
	if v == nil || v.Kind != parser.Object || len(v.Attrs) != 1 {
		return "", nil, false
	}
	for k, a := range v.Attrs {
		if k == "Ref" || strings.HasPrefix(k, "Fn::") && !strings.HasPrefix(k, forEachPrefix) {
			return k, a, true
		}
	}
	return "", nil, false
}

// addRefs appends the references of src that dst does not hold yet.
func addRefs(dst []string, src ...string) []string { return appendNew(dst, src...) }

// addSteps appends the steps of src that dst does not hold yet.
func addSteps(dst []parser.Step, src ...parser.Step) []parser.Step { return appendNew(dst, src...) }

// appendNew appends the elements of src that dst does not hold yet.
func appendNew[T comparable](dst []T, src ...T) []T {
	for _, s := range src {
		if !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

// collectRefs gathers the Refs of a resolved tree, including the branches
// kept in an undecided Fn::If.
func collectRefs(v *parser.Value, dst []string) []string {
	if v == nil {
		return dst
	}
	dst = addRefs(dst, v.Refs()...)
	for _, el := range v.Elems {
		dst = collectRefs(el, dst)
	}
	keys := make([]string, 0, len(v.Attrs))
	for k := range v.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		dst = collectRefs(v.Attrs[k], dst)
	}
	return dst
}

// sourceOrder returns the keys of an object in the order they are written,
// so that diagnostics come out in a stable order.
func sourceOrder(attrs map[string]*parser.Value) []string {
	return sourceOrderInto(make([]string, 0, len(attrs)), attrs)
}

// sourceOrderInto is sourceOrder appending to keys, so that a caller can
// pass a buffer of its own.
func sourceOrderInto(keys []string, attrs map[string]*parser.Value) []string {
	if len(attrs) < 2 {
		for k := range attrs {
			keys = append(keys, k)
		}
		return keys
	}
	// Sorted with each key's offset beside it: a comparison that looked
	// the keys up in attrs cost two map lookups.
	var buf [16]keyAt
	kp := buf[:0]
	if len(attrs) > len(buf) {
		kp = make([]keyAt, 0, len(attrs))
	}
	for k, a := range attrs {
		kp = append(kp, keyAt{int(a.KeyRange.Start.Byte), k})
	}
	slices.SortFunc(kp, func(x, y keyAt) int {
		if c := cmp.Compare(x.at, y.at); c != 0 {
			return c
		}
		return strings.Compare(x.key, y.key)
	})
	for _, p := range kp {
		keys = append(keys, p.key)
	}
	return keys
}

// keyAt is a key and the offset where it is written.
type keyAt struct {
	at  int
	key string
}

// entryAt is an entry of a mapping and the offset where its key is
// written.
type entryAt struct {
	at  int
	key string
	v   *parser.Value
}

// sourceEntries is sourceOrderInto that also gives each key's value, so
// that a caller walking the entries in order need not look each up.
func sourceEntries(ents []entryAt, attrs map[string]*parser.Value) []entryAt {
	if len(attrs) < 2 {
		for k, a := range attrs {
			ents = append(ents, entryAt{0, k, a})
		}
		return ents
	}
	for k, a := range attrs {
		ents = append(ents, entryAt{int(a.KeyRange.Start.Byte), k, a})
	}
	slices.SortFunc(ents, func(x, y entryAt) int {
		if c := cmp.Compare(x.at, y.at); c != 0 {
			return c
		}
		return strings.Compare(x.key, y.key)
	})
	return ents
}

// eval resolves v. The result is a new tree; v is not changed.
func (e *evaluator) eval(v *parser.Value) *parser.Value {
	if v == nil {
		return nil
	}
	if e.reuse != nil {
		if s, ok := e.reuse[v]; ok && s.depth == e.depth {
			return s.r
		}
	}
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > 4*maxDepth {
		return unknown(v, "expression nests too deeply")
	}
	if !e.spend(1, v) {
		return unknown(v, "the template is too large to resolve")
	}
	switch v.Kind {
	case parser.Object:
		if fn, arg, ok := intrinsic(v); ok {
			return e.call(fn, arg, v)
		}
		v = e.expandForEach(v)
		// An object whose attributes all evaluate to themselves evaluates
		// to itself, as a scalar does: the map is built only from the
		// first attribute that changes.
		var attrs map[string]*parser.Value
		var buf [8]entryAt
		ents := sourceEntries(buf[:0], v.Attrs)
		mark, saved := e.beginShare()
		for i, en := range ents {
			a := en.v
			r := e.evalShare(a)
			if attrs == nil && (r != a || v.Attrs == nil) {
				attrs = make(map[string]*parser.Value, len(v.Attrs))
				for _, pe := range ents[:i] {
					attrs[pe.key] = pe.v
				}
			}
			if attrs != nil {
				attrs[en.key] = r
			}
		}
		e.endShare(mark, saved)
		if attrs == nil && v.Attrs != nil {
			return v
		}
		out := *v
		out.Attrs = attrs
		if out.Attrs == nil {
			out.Attrs = map[string]*parser.Value{}
		}
		return &out
	case parser.List:
		// Likewise a list whose elements all evaluate to themselves (no
		// AWS::NoValue dropped).
		var elems []*parser.Value
		changed := v.Elems == nil
		if changed {
			elems = []*parser.Value{}
		}
		mark, saved := e.beginShare()
		for i, el := range v.Elems {
			r := e.evalShare(el)
			if !changed && r != el {
				changed = true
				elems = make([]*parser.Value, i, len(v.Elems))
				copy(elems, v.Elems[:i])
			}
			if changed && !isNoValue(r) {
				elems = append(elems, r)
			}
		}
		e.endShare(mark, saved)
		if !changed {
			return v
		}
		out := *v
		out.Elems = elems
		return &out
	}
	// A scalar evaluates to itself: the value as written is shared, not
	// copied. Evaluation results are never changed in place (withKeyRange
	// copies), so sharing is safe; see TestEvalResultsShareUnchanged.
	return v
}

// withKeyRange returns r as stored under the key at key: r itself when it
// already is, else a copy. Evaluation results may be values of the
// template as written, shared, so they are never changed in place.
func withKeyRange(r *parser.Value, key parser.Range) *parser.Value {
	if r == nil || r.KeyRange == key {
		return r
	}
	c := *r
	c.KeyRange = key
	return &c
}

func (e *evaluator) call(fn string, arg, v *parser.Value) *parser.Value {
	switch fn {
	case "Ref":
		return e.ref(arg, v)
	case "Fn::GetAtt":
		return e.getAtt(arg, v)
	case "Fn::Sub":
		return e.sub(arg, v)
	case "Fn::Join":
		return e.join(arg, v)
	case "Fn::Select":
		return e.selectFn(arg, v)
	case "Fn::Split":
		return e.split(arg, v)
	case "Fn::FindInMap":
		return e.findInMap(arg, v)
	case "Fn::If":
		return e.ifFn(arg, v)
	case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not":
		switch e.condExpr(v) {
		case triTrue:
			return &parser.Value{Kind: parser.Bool, Bool: true, Range: v.Range, KeyRange: v.KeyRange}
		case triFalse:
			return &parser.Value{Kind: parser.Bool, Range: v.Range, KeyRange: v.KeyRange}
		}
		return unknown(v, fn+" cannot be decided statically", collectRefs(e.eval(arg), nil)...)
	case "Fn::Base64":
		a := e.eval(arg)
		if s, ok := scalarString(a); ok {
			if !e.allow(base64.StdEncoding.EncodedLen(len(s)), v) {
				return tooLong(v, fn)
			}
			return knownString(v, base64.StdEncoding.EncodeToString([]byte(s)), a.Via())
		}
		return unknown(v, "Fn::Base64 of a value not known statically", collectRefs(a, nil)...)
	case "Fn::Length":
		a := e.eval(arg)
		if a.Kind == parser.List {
			n := parser.NumberValue(float64(len(a.Elems)), v.Range)
			n.KeyRange = v.KeyRange
			n.SetVia(a.Via())
			return n
		}
		return unknown(v, "Fn::Length of a list not known statically", collectRefs(a, nil)...)
	case "Fn::ToJsonString":
		a := e.eval(arg)
		budget := maxComputed
		if j, ok := jsonable(a, &budget); ok {
			if b, err := json.Marshal(j); err == nil {
				if !e.allow(len(b), v) {
					return tooLong(v, fn)
				}
				return knownString(v, string(b), a.Via())
			}
		}
		return unknown(v, "Fn::ToJsonString of a value not known statically", collectRefs(a, nil)...)
	case "Fn::GetAZs":
		if r, ok := e.in.opts.Parameters["AWS::Region"]; ok && r.Value.IsKnown() {
			return unknown(v, "Fn::GetAZs lists the availability zones the account has in "+r.Value.Str+", known only at deployment")
		}
		return unknown(v, "Fn::GetAZs depends on the region the stack is deployed to")
	case "Fn::ImportValue":
		name := e.eval(arg)
		u := unknown(v, "Fn::ImportValue reads an output exported by another stack", collectRefs(name, nil)...)
		u.SetImport(name)
		return u
	case "Fn::Cidr":
		return e.cidr(arg, v)
	case "Fn::Transform":
		return unknown(v, "Fn::Transform runs "+transformDescription(arg)+" at deployment")
	}
	return unknown(v, fn+" is not evaluated", collectRefs(e.eval(arg), nil)...)
}

// jsonable converts a fully known value for encoding/json.
// budget bounds the bytes of strings and values it takes in.
func jsonable(v *parser.Value, budget *int) (any, bool) {
	if *budget -= len(v.Str) + 8; *budget < 0 {
		return nil, false
	}
	switch v.Kind {
	case parser.Null:
		return nil, true
	case parser.Bool:
		return v.Bool, true
	case parser.Number:
		return v.Num, true
	case parser.String:
		return v.Str, true
	case parser.List:
		out := make([]any, 0, len(v.Elems))
		for _, el := range v.Elems {
			j, ok := jsonable(el, budget)
			if !ok {
				return nil, false
			}
			out = append(out, j)
		}
		return out, true
	case parser.Object:
		out := make(map[string]any, len(v.Attrs))
		for k, a := range v.Attrs {
			if isNoValue(a) {
				continue
			}
			j, ok := jsonable(a, budget)
			if !ok {
				return nil, false
			}
			out[k] = j
		}
		return out, true
	}
	return nil, false
}

func (e *evaluator) ref(arg, v *parser.Value) *parser.Value {
	name, ok := literal(arg)
	if !ok {
		return e.bad(v, "Ref", "the argument must be a name")
	}
	if name == noValue {
		return (&parser.Value{Kind: parser.Null, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Why: noValue})
	}
	if _, ok := e.t.Parameters[name]; ok {
		return e.param(name, v)
	}
	if pseudoParams[name] {
		return e.pseudo(name, v)
	}
	if e.in.names[name] {
		return unknown(v, "Ref "+name+" is the resource's id, known only after deployment", name)
	}
	e.undefined(arg.Range, "Ref", name)
	return unknown(v, "Ref to undefined name "+name)
}

// undefined reports a reference to a name the template does not define,
// unless a transform (such as SAM) may define it.
func (e *evaluator) undefined(rng parser.Range, fn, name string) {
	if len(e.t.Transform) == 0 {
		e.warn(rng, "undefined reference", fmt.Sprintf("%s: %q is not a parameter, resource or pseudo parameter of this template", fn, name))
	}
}

func isListType(typ string) bool {
	return typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<")
}

// param returns the value of parameter name used at v: the value given in
// the options, else its default, else Unknown.
func (e *evaluator) param(name string, v *parser.Value) *parser.Value {
	d, r := e.paramOrDefault(name, v)
	if d != nil {
		return e.in.fromDefault(name, d, v.Range, v.KeyRange)
	}
	return r
}

// textOnly lets Fn::Sub and Fn::FindInMap's keys read a parameter's
// scalar default without copying it (evalText); tests turn it off to
// compare.
var textOnly = true

// evalText is eval for a use that needs only a known scalar's text and
// Via: it returns eval's value and its Via, except for a Ref to a
// parameter whose scalar default is used as it is, for which it returns
// the default and the Via a copy of it would have (paramOrDefault). The
// budget, warnings and sharing are eval's.
func (e *evaluator) evalText(v *parser.Value) (*parser.Value, []parser.Step) {
	if name, ok := e.textRef(v); ok {
		// eval's steps for a Ref: the budget, then ref's.
		if !e.spend(1, v) {
			return unknown(v, "the template is too large to resolve"), nil
		}
		d, r := e.paramOrDefault(name, v)
		if d != nil {
			return d, e.in.defaultVia(name)
		}
		return r, r.Via()
	}
	r := e.eval(v)
	return r, r.Via()
}

// textRef returns the parameter name when v is a Ref to a template
// parameter that evalText reads without eval: not one eval would take
// from the first evaluation of the resource (reuse) or find too deep.
func (e *evaluator) textRef(v *parser.Value) (string, bool) {
	if !textOnly || e.depth+1 > 4*maxDepth {
		return "", false
	}
	// intrinsic(v) names "Ref" exactly when Ref is the only key: a
	// lookup, not a walk of the map.
	if v == nil || v.Kind != parser.Object || len(v.Attrs) != 1 {
		return "", false
	}
	arg, ok := v.Attrs["Ref"]
	if !ok {
		return "", false
	}
	name, ok := literal(arg)
	if !ok || name == noValue {
		return "", false
	}
	if _, ok := e.t.Parameters[name]; !ok {
		return "", false
	}
	if _, ok := e.reuse[v]; ok {
		return "", false
	}
	return name, true
}

// paramOrDefault is param for a use that needs only a known scalar's text
// and Via: where param returns a copy of a scalar default at v
// (instance.fromDefault), it returns that default and a nil value, without
// the copy (the copy's Via is defaultVia(name)); otherwise it returns
// param's value.
func (e *evaluator) paramOrDefault(name string, v *parser.Value) (def, r *parser.Value) {
	p := e.t.Parameters[name]
	if pv, ok := e.in.opts.Parameters[name]; ok && pv.Value != nil {
		return nil, e.given(name, p.Type, pv, p.Range, v)
	}
	if strings.HasPrefix(p.Type, "AWS::SSM::Parameter::Value") {
		why := "parameter " + name + " is read from SSM Parameter Store at deployment"
		if p.Default != nil && p.Default.Kind == parser.String {
			// The SSM parameter's name, which rules read through
			// Value.SSMParameterDefault (AWS's public AMI parameters
			// name the image family).
			u := unknown(v, why+" (default "+p.Default.Str+")")
			u.SetSSMParameterDefault(p.Default)
			return nil, u
		}
		return nil, unknown(v, why)
	}
	d := p.Default
	if d == nil {
		// The parameter's name stands for its value wherever the template
		// uses it, as a Fn::Sub's ${name} does (SubUnknowns).
		u := unknown(v, "parameter "+name+" has no default value")
		u.SetSubUnknowns([]string{name})
		return nil, u
	}
	via := e.in.defaultVia(name)
	if isListType(p.Type) {
		if s, ok := scalarString(d); ok {
			return nil, e.splitAt(v, s, via)
		}
	}
	switch d.Kind {
	case parser.String, parser.Number, parser.Bool:
		if len(d.Via()) > 0 {
			return nil, e.relocate(d, v.Range, v.KeyRange, via[0])
		}
		// A scalar default used here: its value at the place of use, with
		// the step to the default every use shares.
		if !e.spend(1, d) {
			return nil, (&parser.Value{Kind: parser.Unknown, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Why: "the template is too large to resolve"})
		}
		if noExtra(d) {
			return d, nil
		}
		out := *d
		out.Range, out.KeyRange = v.Range, v.KeyRange
		out.SetVia(via)
		return nil, &out
	case parser.List:
		return nil, e.relocate(d, v.Range, v.KeyRange, via[0])
	}
	return nil, unknown(v, "the default of parameter "+name+" is not a string")
}

// given returns the value pv given from outside for parameter (or pseudo
// parameter) name, of type typ, used at v. decl is where the parameter is
// declared, the place of a value that has none of its own.
func (e *evaluator) given(name, typ string, pv ParamValue, decl parser.Range, v *parser.Value) *parser.Value {
	src := pv.Value
	note := pv.Note
	if note == "" {
		note = "parameter " + name + " value from options"
	}
	at := src.Range
	if at.IsZero() {
		at = decl
	}
	step := parser.Step{Range: at, Note: note}
	if src.Kind == parser.Unknown {
		why := "parameter " + name + " is not known statically"
		if src.Why() != "" {
			why += ": " + src.Why()
		}
		u := unknown(v, why, collectRefs(src, nil)...)
		if d, ok := src.SSMParameterDefault(); ok {
			// A parent stack's SSM-typed parameter passed on as it is.
			u.SetSSMParameterDefault(&parser.Value{Kind: parser.String, Str: d})
		}
		return u
	}
	if isListType(typ) {
		if s, ok := scalarString(src); ok {
			return e.splitAt(v, s, append([]parser.Step{step}, src.Via()...))
		}
	}
	switch src.Kind {
	case parser.String, parser.Number, parser.Bool, parser.List:
		if src.Range.IsZero() {
			c := *src
			c.Range = at
			src = &c
		}
		return e.relocate(src, v.Range, v.KeyRange, step)
	}
	return unknown(v, "the value given for parameter "+name+" is not a string")
}

// pseudo returns the value of a pseudo parameter: given in the options,
// AWS::Partition and AWS::URLSuffix derived from a given AWS::Region, and
// otherwise Unknown.
func (e *evaluator) pseudo(name string, v *parser.Value) *parser.Value {
	if pv, ok := e.in.opts.Parameters[name]; ok && pv.Value != nil {
		return e.given(name, "String", pv, parser.Range{}, v)
	}
	if name == "AWS::Partition" || name == "AWS::URLSuffix" {
		if r, ok := e.in.opts.Parameters["AWS::Region"]; ok && r.Value != nil {
			if region, ok := scalarString(r.Value); ok {
				s := partitionOf(region)
				if name == "AWS::URLSuffix" {
					s = urlSuffixOf(region)
				}
				note := r.Note
				if note == "" {
					note = "pseudo parameter AWS::Region value from options"
				}
				return knownString(v, s, append([]parser.Step{{Range: r.Value.Range, Note: note}}, r.Value.Via()...))
			}
		}
	}
	// The same explanation wherever it is used: the copy shares its Extra
	// (never changed in place) with pseudoUnknown's.
	out := *pseudoUnknown[name]
	out.Range, out.KeyRange = v.Range, v.KeyRange
	return &out
}

// pseudoUnknown holds, for each pseudo parameter, an Unknown whose Extra
// explains it (and nothing else).
var pseudoUnknown = func() map[string]*parser.Value {
	m := make(map[string]*parser.Value, len(pseudoParams))
	for name := range pseudoParams {
		u := unknown(&parser.Value{}, "pseudo parameter "+name+" is known only when the stack is deployed")
		// The same value wherever the template uses it, as ${name} in a
		// Fn::Sub is (SubUnknowns).
		u.SetSubUnknowns([]string{name})
		m[name] = u
	}
	return m
}()

// partitionOf returns the partition of an AWS region.
func partitionOf(region string) string {
	switch {
	case strings.HasPrefix(region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(region, "us-gov-"):
		return "aws-us-gov"
	case strings.HasPrefix(region, "us-iso-"):
		return "aws-iso"
	case strings.HasPrefix(region, "us-isob-"):
		return "aws-iso-b"
	}
	return "aws"
}

func urlSuffixOf(region string) string {
	if strings.HasPrefix(region, "cn-") {
		return "amazonaws.com.cn"
	}
	return "amazonaws.com"
}

// splitAt returns the comma-separated items of s as a list at v.
func (e *evaluator) splitAt(v *parser.Value, s string, via []parser.Step) *parser.Value {
	if !e.spend(strings.Count(s, ",")+1, v) {
		return unknown(v, "the template is too large to resolve")
	}
	out := (&parser.Value{Kind: parser.List, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Via: via})
	for _, part := range strings.Split(s, ",") {
		out.Elems = append(out.Elems, (&parser.Value{Kind: parser.String, Str: strings.TrimSpace(part), Range: v.Range}).SetExtra(parser.Extra{Via: via}))
	}
	return out
}

// relocate is the budgeted form of relocateValue.
func (e *evaluator) relocate(src *parser.Value, use, key parser.Range, step parser.Step) *parser.Value {
	if !e.spend(size(src), src) {
		return (&parser.Value{Kind: parser.Unknown, Range: use, KeyRange: key}).SetExtra(parser.Extra{Why: "the template is too large to resolve"})
	}
	return relocateValue(src, use, key, step)
}

// relocateValue copies src for use at range use: the copy's Range is the place
// of use and its Via starts with step, which points at where src is written.
// Nested values point at the place of use too, each with a step to its own
// source.
func relocateValue(src *parser.Value, use, key parser.Range, step parser.Step) *parser.Value {
	return relocateWith(src, use, key, step, nil)
}

// relocateWith is relocateValue whose copy's Via ends with the steps of
// more that it does not hold yet.
func relocateWith(src *parser.Value, use, key parser.Range, step parser.Step, more []parser.Step) *parser.Value {
	out := *src
	out.Range, out.KeyRange = use, key
	via := make([]parser.Step, 0, 1+len(src.Via())+len(more))
	out.SetVia(slices.Clip(addSteps(append(append(via, step), src.Via()...), more...)))
	if src.Attrs != nil {
		out.Attrs = make(map[string]*parser.Value, len(src.Attrs))
		for k, a := range src.Attrs {
			out.Attrs[k] = relocateValue(a, use, a.KeyRange, parser.Step{Range: a.Range, Note: step.Note})
		}
	}
	if src.Elems != nil {
		out.Elems = make([]*parser.Value, len(src.Elems))
		for i, el := range src.Elems {
			out.Elems[i] = relocateValue(el, use, el.KeyRange, parser.Step{Range: el.Range, Note: step.Note})
		}
	}
	return &out
}

func (e *evaluator) getAtt(arg, v *parser.Value) *parser.Value {
	var res, attr string
	switch arg.Kind {
	case parser.String:
		var ok bool
		res, attr, ok = strings.Cut(arg.Str, ".")
		if !ok || res == "" || attr == "" {
			return e.bad(v, "Fn::GetAtt", "the argument must be LogicalId.Attribute")
		}
	case parser.List:
		if len(arg.Elems) != 2 {
			return e.bad(v, "Fn::GetAtt", "the argument must be [LogicalId, Attribute]")
		}
		var ok bool
		if res, ok = literal(arg.Elems[0]); !ok {
			return e.bad(v, "Fn::GetAtt", "the logical id must be a string")
		}
		if attr, ok = scalarString(e.eval(arg.Elems[1])); !ok {
			attr = "(computed)"
		}
	default:
		return e.bad(v, "Fn::GetAtt", "the argument must be LogicalId.Attribute or [LogicalId, Attribute]")
	}
	if !e.in.names[res] {
		e.undefined(arg.Range, "Fn::GetAtt", res)
		return unknown(v, "Fn::GetAtt of undefined resource "+res)
	}
	return unknown(v, "attribute "+attr+" of "+res+" is known only after deployment", res)
}

type subPart struct {
	lit   string
	name  string
	isVar bool
}

// parseSub splits a Fn::Sub string into literal text and ${Name} variables;
// ${!Text} is the literal ${Text}.
func parseSub(s string) []subPart {
	var parts []subPart
	var lit strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+2:], '}')
		if j < 0 {
			break
		}
		lit.WriteString(s[:i])
		inner := s[i+2 : i+2+j]
		s = s[i+2+j+1:]
		if strings.HasPrefix(inner, "!") {
			lit.WriteString("${" + inner[1:] + "}")
			continue
		}
		if lit.Len() > 0 {
			parts = append(parts, subPart{lit: lit.String()})
			lit.Reset()
		}
		parts = append(parts, subPart{name: strings.TrimSpace(inner), isVar: true})
	}
	lit.WriteString(s)
	if lit.Len() > 0 {
		parts = append(parts, subPart{lit: lit.String()})
	}
	return parts
}

// SubNames returns the names a Fn::Sub text substitutes, in order, as
// parseSub reads them: ${Name} and ${Resource.Attribute}, not ${!Literal}.
func SubNames(s string) []string {
	var names []string
	for _, p := range parseSub(s) {
		if p.isVar {
			names = append(names, p.name)
		}
	}
	return names
}

func (e *evaluator) sub(arg, v *parser.Value) *parser.Value {
	var s string
	var vars map[string]*parser.Value
	switch arg.Kind {
	case parser.String:
		s = arg.Str
	case parser.List:
		if len(arg.Elems) != 2 || arg.Elems[0].Kind != parser.String || arg.Elems[1].Kind != parser.Object {
			return e.bad(v, "Fn::Sub", "the argument must be a string or [string, {variables}]")
		}
		s, vars = arg.Elems[0].Str, arg.Elems[1].Attrs
	default:
		return e.bad(v, "Fn::Sub", "the argument must be a string or [string, {variables}]")
	}
	var b strings.Builder
	// From the first unknown piece on, pb keeps the known text around
	// the unknown ones.
	var pb parser.PartsBuilder
	partial := false
	var via []parser.Step
	var refs []string
	why := ""
	// names are the ${} names of the unknown pieces, in order, while each
	// names the same value wherever the template uses it (a parameter, a
	// pseudo parameter, a resource or its attribute); global turns false
	// at a piece that is not such a name (a variable of the map, an
	// undefined name) or when the string grows too long to keep. The
	// unknown value carries them (Value.SubUnknowns).
	var names []string
	global := true
	// use adds the value r of ${name}, whose Via is rvia.
	use := func(r *parser.Value, rvia []parser.Step, name string) {
		if !partial && r.Kind == parser.Unknown {
			partial = true
			pb.Known(b.String())
			pb.Add(r)
		} else if partial {
			pb.Add(r)
		}
		if str, ok := scalarString(r); ok {
			if b.Len()+len(str) > maxComputed {
				if why == "" {
					why = "Fn::Sub computes a string too long to keep"
				}
				global = false
				return
			}
			b.WriteString(str)
			via = addSteps(via, rvia...)
			return
		}
		refs = collectRefs(r, refs)
		names = append(names, name)
		if why == "" {
			why = "Fn::Sub: ${" + name + "} is not known statically"
			if r.Why() != "" {
				why += ": " + r.Why()
			}
		}
	}
	for _, p := range parseSub(s) {
		if !p.isVar {
			b.WriteString(p.lit)
			if partial {
				pb.Known(p.lit)
			}
			continue
		}
		name := p.name
		if vv, ok := vars[name]; ok {
			r, rvia := e.evalText(vv)
			if r.Kind == parser.Unknown {
				global = false
			}
			use(r, rvia, name)
			continue
		}
		if _, ok := e.t.Parameters[name]; ok {
			if d, r := e.paramOrDefault(name, v); d != nil && textOnly {
				use(d, e.in.defaultVia(name), name)
			} else {
				if d != nil {
					r = e.in.fromDefault(name, d, v.Range, v.KeyRange)
				}
				use(r, r.Via(), name)
			}
			continue
		}
		var r *parser.Value
		res, attr, dotted := strings.Cut(name, ".")
		switch {
		case pseudoParams[name]:
			r = e.pseudo(name, v)
		case e.in.names[res] && dotted:
			r = unknown(v, "attribute "+attr+" of "+res+" is known only after deployment", res)
		case e.in.names[res]:
			r = unknown(v, "Ref "+res+" is the resource's id, known only after deployment", res)
		default:
			e.undefined(arg.Range, "Fn::Sub", name)
			global = false
			r = unknown(v, "undefined name "+name)
		}
		use(r, r.Via(), name)
	}
	if why != "" {
		u := unknown(v, why, refs...)
		u.SetParts(pb.Parts())
		if global {
			u.SetSubUnknowns(names)
		}
		return u
	}
	if !e.allow(b.Len(), v) {
		return tooLong(v, "Fn::Sub")
	}
	return knownString(v, b.String(), via)
}

// SubUnknowns returns the names of the unknown pieces of a Fn::Sub value
// v, in order ("AppName", "AWS::Region", "AWS::AccountId"), when each
// names the same value wherever its template uses it, and its known text
// (Value.Parts): two such values of one template whose known text and
// unknown names are the same are the same string. A Ref to a parameter
// without a value is read as the Fn::Sub "${Name}" (parts "" and "").
func SubUnknowns(v *parser.Value) (names, parts []string, ok bool) {
	names = v.SubUnknowns()
	parts = v.KnownParts()
	if len(names) == 1 && parts == nil {
		parts = []string{"", ""}
	}
	if names == nil || len(names) != len(parts)-1 {
		return nil, nil, false
	}
	return names, parts, true
}

func (e *evaluator) join(arg, v *parser.Value) *parser.Value {
	if arg.Kind != parser.List || len(arg.Elems) != 2 {
		return e.bad(v, "Fn::Join", "the argument must be [delimiter, [values]]")
	}
	d := e.eval(arg.Elems[0])
	delim, ok := scalarString(d)
	if !ok {
		if d.Kind != parser.Unknown {
			return e.bad(v, "Fn::Join", "the delimiter must be a string")
		}
		return unknown(v, "Fn::Join with a delimiter not known statically", collectRefs(e.eval(arg.Elems[1]), nil)...)
	}
	// The values, each with its Via: a list written as such is evaluated
	// element by element (joinValues), without a copy of the list or of
	// the parameter defaults it refers to.
	list, elems := e.joinValues(arg.Elems[1])
	if list.Kind != parser.List {
		if list.Kind != parser.Unknown {
			return e.bad(v, "Fn::Join", "the values must be a list")
		}
		return unknown(v, "Fn::Join of a list not known statically: "+list.Why(), list.Refs()...)
	}
	parts := make([]string, 0, len(elems))
	via := addSteps(append([]parser.Step(nil), d.Via()...), list.Via()...)
	why := ""
	var refs []string
	// From the first unknown element on, pb keeps the known text around
	// the unknown ones.
	var pb parser.PartsBuilder
	partial := false
	for i, te := range elems {
		el := te.v
		if !partial && el.Kind == parser.Unknown {
			partial = true
			pb.Known(strings.Join(parts, delim))
		}
		if partial {
			if i > 0 {
				pb.Known(delim)
			}
			pb.Add(el)
		}
		if s, ok := scalarString(el); ok {
			parts = append(parts, s)
			via = addSteps(via, te.via...)
			continue
		}
		refs = collectRefs(el, refs)
		if why == "" {
			why = "Fn::Join of a value not known statically"
			if el.Why() != "" {
				why += ": " + el.Why()
			}
		}
	}
	if why != "" {
		u := unknown(v, why, refs...)
		u.SetParts(pb.Parts())
		return u
	}
	n := len(delim) * len(parts)
	for _, p := range parts {
		if n += len(p); n > maxComputed {
			return tooLong(v, "Fn::Join")
		}
	}
	if !e.allow(n, v) {
		return tooLong(v, "Fn::Join")
	}
	return knownString(v, strings.Join(parts, delim), via)
}

// textValue is a value read for its text, and its Via.
type textValue struct {
	v   *parser.Value
	via []parser.Step
}

// joinValues evaluates l, the values of Fn::Join, for their text and Via
// only. It returns the list as eval returns it (only its Kind, Why, Refs
// and Via are to be read) and its elements with their Vias. A list written
// as such takes eval's steps (reuse, depth, budget, sharing, AWS::NoValue
// dropped), except that it is not copied and an element that is a Ref to
// a parameter's scalar default is that default (evalText; such an element
// is not recorded for the variants, which evaluate it again).
func (e *evaluator) joinValues(l *parser.Value) (*parser.Value, []textValue) {
	_, reused := e.reuse[l]
	if l.Kind != parser.List || !textOnly || reused || e.depth+1 > 4*maxDepth {
		list := e.eval(l)
		elems := make([]textValue, len(list.Elems))
		for i, el := range list.Elems {
			elems[i] = textValue{el, el.Via()}
		}
		return list, elems
	}
	if !e.spend(1, l) {
		return unknown(l, "the template is too large to resolve"), nil
	}
	e.depth++
	defer func() { e.depth-- }()
	elems := make([]textValue, 0, len(l.Elems))
	mark, saved := e.beginShare()
	for _, el := range l.Elems {
		var r textValue
		if _, ok := e.textRef(el); ok {
			r.v, r.via = e.evalText(el)
		} else {
			r.v = e.evalShare(el)
			r.via = r.v.Via()
		}
		if !isNoValue(r.v) {
			elems = append(elems, r)
		}
	}
	e.endShare(mark, saved)
	return l, elems
}

func (e *evaluator) selectFn(arg, v *parser.Value) *parser.Value {
	if arg.Kind != parser.List || len(arg.Elems) != 2 {
		return e.bad(v, "Fn::Select", "the argument must be [index, [values]]")
	}
	idx := e.eval(arg.Elems[0])
	i, ok := idx.AsInt()
	if ok && selectLazily {
		if r := e.selectOne(i, idx, arg.Elems[1], v); r != nil {
			return r
		}
	}
	list := e.eval(arg.Elems[1])
	if !ok || list.Kind != parser.List {
		if (idx.Kind != parser.Unknown && !ok) || (list.Kind != parser.Unknown && list.Kind != parser.List) {
			return e.bad(v, "Fn::Select", "the argument must be [index, [values]]")
		}
		return unknown(v, "Fn::Select over values not known statically", collectRefs(list, collectRefs(idx, nil))...)
	}
	if i < 0 || i >= int64(len(list.Elems)) {
		return e.bad(v, "Fn::Select", fmt.Sprintf("index %d is out of range for a list of %d", i, len(list.Elems)))
	}
	out := *list.Elems[i]
	out.KeyRange = v.KeyRange
	out.SetVia(addSteps(addSteps(append([]parser.Step(nil), out.Via()...), idx.Via()...), list.Via()...))
	return &out
}

// selectLazily lets Fn::Select pick one element without building the
// whole list (selectOne); tests turn it off to compare.
var selectLazily = true

// selectOne is Fn::Select of element i from lv, a list parameter's Ref or
// a Fn::Cidr, without building the whole list: the element, warnings and
// budget are those of evaluating lv and selecting from it. It returns nil,
// having evaluated nothing, for any other lv (or when the budget or depth
// is nearly spent), which is then evaluated as a whole.
func (e *evaluator) selectOne(i int64, idx, lv, v *parser.Value) *parser.Value {
	fn, a, ok := intrinsic(lv)
	if !ok || e.depth+1 > 4*maxDepth || e.b.spent+1 > maxNodes {
		return nil
	}
	if e.reuse != nil {
		if _, ok := e.reuse[lv]; ok {
			return nil
		}
	}
	// pick returns the element s, whose Via is via (shared: Via slices
	// are never appended to in place) and the index's.
	pick := func(s string, via []parser.Step) *parser.Value {
		if len(idx.Via()) > 0 {
			via = addSteps(append([]parser.Step(nil), via...), idx.Via()...)
		}
		return (&parser.Value{Kind: parser.String, Str: s, Range: lv.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Via: via})
	}
	switch fn {
	case "Ref":
		name, ok := literal(a)
		if !ok || name == noValue {
			return nil
		}
		p, ok := e.t.Parameters[name]
		if !ok || !isListType(p.Type) || p.Default == nil || strings.HasPrefix(p.Type, "AWS::SSM::Parameter::Value") {
			return nil
		}
		if pv, ok := e.in.opts.Parameters[name]; ok && pv.Value != nil {
			return nil
		}
		s, ok := scalarString(p.Default)
		if !ok {
			return nil
		}
		n := strings.Count(s, ",") + 1
		if e.b.spent+1+n > maxNodes || i < 0 || i >= int64(n) {
			return nil
		}
		e.spend(1+n, lv)
		part := s
		for k := int64(0); k <= i; k++ {
			var rest string
			part, rest, _ = strings.Cut(s, ",")
			s = rest
		}
		if len(idx.Via()) == 0 {
			return e.in.fromDefault(name, &parser.Value{Kind: parser.String, Str: strings.TrimSpace(part)}, lv.Range, v.KeyRange)
		}
		return pick(strings.TrimSpace(part), e.in.defaultVia(name))
	case "Fn::Cidr":
		e.depth++
		defer func() { e.depth-- }()
		e.spend(1, lv)
		c, failed := e.cidrArgs(a, lv)
		if failed != nil {
			return unknown(v, "Fn::Select over values not known statically", collectRefs(failed, collectRefs(idx, nil))...)
		}
		if i < 0 || i >= c.n {
			return e.bad(v, "Fn::Select", fmt.Sprintf("index %d is out of range for a list of %d", i, c.n))
		}
		return pick(c.subnet(i), c.via)
	}
	return nil
}

func (e *evaluator) split(arg, v *parser.Value) *parser.Value {
	if arg.Kind != parser.List || len(arg.Elems) != 2 {
		return e.bad(v, "Fn::Split", "the argument must be [delimiter, string]")
	}
	d, s := e.eval(arg.Elems[0]), e.eval(arg.Elems[1])
	delim, ok1 := scalarString(d)
	str, ok2 := scalarString(s)
	if !ok1 || !ok2 || delim == "" {
		return unknown(v, "Fn::Split of a value not known statically", collectRefs(s, nil)...)
	}
	if !e.spend(strings.Count(str, delim)+1, v) {
		return unknown(v, "the template is too large to resolve")
	}
	out := (&parser.Value{Kind: parser.List, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Via: s.Via()})
	for _, part := range strings.Split(str, delim) {
		out.Elems = append(out.Elems, (&parser.Value{Kind: parser.String, Str: part, Range: v.Range}).SetExtra(parser.Extra{Via: s.Via()}))
	}
	return out
}

func (e *evaluator) findInMap(arg, v *parser.Value) *parser.Value {
	if arg.Kind != parser.List || len(arg.Elems) < 3 || len(arg.Elems) > 4 {
		return e.bad(v, "Fn::FindInMap", "the argument must be [MapName, TopLevelKey, SecondLevelKey]")
	}
	var keys [3]string
	var via []parser.Step
	for i := range keys {
		k, kvia := e.evalText(arg.Elems[i])
		s, ok := scalarString(k)
		if !ok {
			if k.Kind != parser.Unknown {
				return e.bad(v, "Fn::FindInMap", "the keys must be strings")
			}
			return unknown(v, "Fn::FindInMap with a key not known statically: "+k.Why(), k.Refs()...)
		}
		keys[i] = s
		via = addSteps(via, kvia...)
	}
	m, ok := e.t.Mappings[keys[0]]
	if !ok {
		e.warn(arg.Elems[0].Range, "undefined mapping", fmt.Sprintf("Fn::FindInMap: mapping %q is not defined", keys[0]))
		return unknown(v, "Fn::FindInMap of undefined mapping "+keys[0])
	}
	val := m.Get(keys[1]).Get(keys[2])
	if val == nil {
		if len(arg.Elems) == 4 {
			if d := arg.Elems[3].Get("DefaultValue"); d != nil {
				return withKeyRange(e.eval(d), v.KeyRange)
			}
		}
		e.warn(v.Range, "missing mapping key", fmt.Sprintf("Fn::FindInMap: mapping %s has no entry %s/%s", keys[0], keys[1], keys[2]))
		return unknown(v, fmt.Sprintf("mapping %s has no entry %s/%s", keys[0], keys[1], keys[2]))
	}
	// One copy whose Via is the step to the entry, the entry's own, then
	// the keys' (relocate, then the keys' steps added).
	if !e.spend(size(val), val) {
		return (&parser.Value{Kind: parser.Unknown, Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Why: "the template is too large to resolve", Via: addSteps(nil, via...)})
	}
	return relocateWith(val, v.Range, v.KeyRange, parser.Step{Range: val.Range, Note: "mapping " + keys[0] + "/" + keys[1] + "/" + keys[2]}, via)
}

func (e *evaluator) ifFn(arg, v *parser.Value) *parser.Value {
	if arg.Kind != parser.List || len(arg.Elems) != 3 {
		return e.bad(v, "Fn::If", "the argument must be [condition, value if true, value if false]")
	}
	name, ok := literal(arg.Elems[0])
	if !ok {
		return e.bad(v, "Fn::If", "the condition must be a condition name")
	}
	switch e.condition(name, arg.Elems[0].Range) {
	case triTrue:
		return withKeyRange(e.eval(arg.Elems[1]), v.KeyRange)
	case triFalse:
		return withKeyRange(e.eval(arg.Elems[2]), v.KeyRange)
	}
	if _, defined := e.t.Conditions[name]; defined && !e.in.cyclic[name] {
		e.noteUndecided(name)
	}
	a, b := e.eval(arg.Elems[1]), e.eval(arg.Elems[2])
	out := unknown(v, "condition "+name+" cannot be decided statically", collectRefs(b, collectRefs(a, nil))...)
	// Both branches stay reachable for later analysis: [if true, if false].
	out.Elems = []*parser.Value{a, b}
	return out
}

// noteUndecided records an undecidable condition of Fn::If.
func (e *evaluator) noteUndecided(name string) {
	for _, n := range e.undecided {
		if n == name {
			return
		}
	}
	e.undecided = append(e.undecided, name)
}

// condition returns the value of the named condition.
func (e *evaluator) condition(name string, rng parser.Range) tri {
	c := e.conditionValue(name, rng)
	if c == triUnknown {
		e.dirty = true
	}
	return c
}

func (e *evaluator) conditionValue(name string, rng parser.Range) tri {
	if b, ok := e.assume[name]; ok {
		if b {
			return triTrue
		}
		return triFalse
	}
	if c, ok := e.memo[name]; ok {
		return c
	}
	if len(e.assume) == 0 {
		if c, ok := e.in.conds[name]; ok {
			return c
		}
	}
	expr, ok := e.t.Conditions[name]
	if !ok {
		e.warn(rng, "undefined condition", fmt.Sprintf("condition %q is not defined", name))
		e.setMemo(name, triUnknown)
		return triUnknown
	}
	if e.active[name] {
		e.warn(rng, "circular condition", fmt.Sprintf("condition %q depends on itself", name))
		return triUnknown
	}
	if e.active == nil {
		e.active = map[string]bool{}
	}
	e.active[name] = true
	c := e.condExpr(expr)
	delete(e.active, name)
	e.setMemo(name, c)
	return c
}

func (e *evaluator) setMemo(name string, c tri) {
	if e.memo == nil {
		e.memo = map[string]tri{}
	}
	e.memo[name] = c
}

// condExpr evaluates a condition expression.
func (e *evaluator) condExpr(x *parser.Value) tri {
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > 4*maxDepth {
		return triUnknown
	}
	fn, arg, ok := intrinsic(x)
	if !ok {
		if x != nil && x.Kind == parser.Object && len(x.Attrs) == 1 && x.Attrs["Condition"] != nil {
			fn, arg = "Condition", x.Attrs["Condition"]
		} else {
			if x != nil {
				e.warn(x.Range, "invalid condition", "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition")
			}
			return triUnknown
		}
	}
	switch fn {
	case "Condition":
		name, ok := literal(arg)
		if !ok {
			e.warn(arg.Range, "invalid condition", "Condition must name a condition")
			return triUnknown
		}
		return e.condition(name, arg.Range)
	case "Fn::Equals":
		if arg.Kind != parser.List || len(arg.Elems) != 2 {
			e.warn(x.Range, "invalid Fn::Equals", "Fn::Equals needs a list of two values")
			return triUnknown
		}
		a, b := e.eval(arg.Elems[0]), e.eval(arg.Elems[1])
		sa, ok1 := scalarString(a)
		sb, ok2 := scalarString(b)
		if !ok1 || !ok2 {
			return triUnknown
		}
		if sa == sb {
			return triTrue
		}
		return triFalse
	case "Fn::And", "Fn::Or":
		if arg.Kind != parser.List || len(arg.Elems) == 0 {
			e.warn(x.Range, "invalid "+fn, fn+" needs a list of conditions")
			return triUnknown
		}
		and := fn == "Fn::And"
		res := triTrue
		if !and {
			res = triFalse
		}
		for _, el := range arg.Elems {
			switch c := e.condExpr(el); {
			case c == triUnknown:
				res = triUnknown
			case (c == triFalse) == and:
				// false decides an And, true decides an Or.
				return c
			}
		}
		return res
	case "Fn::Not":
		if arg.Kind != parser.List || len(arg.Elems) != 1 {
			e.warn(x.Range, "invalid Fn::Not", "Fn::Not needs a list of one condition")
			return triUnknown
		}
		switch e.condExpr(arg.Elems[0]) {
		case triTrue:
			return triFalse
		case triFalse:
			return triTrue
		}
		return triUnknown
	}
	// Something else, such as a Ref to a parameter holding "true".
	if b, ok := e.eval(x).AsBool(); ok {
		if b {
			return triTrue
		}
		return triFalse
	}
	return triUnknown
}
