package engine

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/soc2lint/soc2lint/parser"
)

// Checking a resource as it is evaluated (issue 10). A large root's values
// were all live from the end of its evaluation until its rules had run:
// on bench/gen's 30,000 resources they were most of the live peak. When
// every per-root rule declares what it reads (Rule.Reads), a resource of a
// type that only rules judging each resource alone (Rule.Alone) read, and
// that no rule running across roots keeps, needs no other resource to be
// judged: the scan runs those rules on it as soon as it is evaluated
// (terraform.Project.EvaluateRootEach hands over the resources of the root
// module that nothing refers to, whose values the evaluation reads no
// more), keeps what they leave, and trims its body to what the root's
// graph needs of it (its references and the literals literal links read:
// skeleton). The rules then run on the root's graph as before, each
// judging only the resources not checked already (Pass.fresh). The
// resource stays a node of the graph, with its edges, range and kind.
//
// A rule that judges each resource with the root's resources of a few
// types (Rule.Given: the account's default EBS encryption, its instance
// metadata defaults) judges it alone in a root that has none of them:
// such a rule's types are checked as evaluated only in a root whose
// module declares no resource or data block of those types and calls no
// module (EvaluateRootEach says so before the evaluation: declared).
//
// A rule that asks for the provider configurations (which the root
// declares in blocks evaluated after its resources) or reports a missing
// control leaves the resource to the root's run: what every rule left on
// it is dropped and its body kept whole.
//
// Nothing changes when any per-root rule that runs declares nothing it
// reads: such a rule may read any value of the root, so the scan keeps
// them all until it has run, as before.

// earlyOn reports whether the scan checks resources as they are
// evaluated: every per-root rule declares what it reads, and neither the
// whole graph (keepGraph, whole) nor the rules' own tests (checkReads,
// which run each rule again on the root's graph) are asked for.
func (c *checker) earlyOn() bool {
	return c.undeclared == 0 && len(c.perRoot) > 0 && !c.keepGraph && !c.whole && !c.checkReads && !c.noEarly
}

// earlyType is what the scan knows of a type for checking its resources
// as they are evaluated: whether it may (only Alone rules read it and no
// rule running across roots keeps it) and the rules that read it, by
// index, in the order of c.perRoot.
type earlyType struct {
	ok    bool
	rules []int
	// given are the Given types of the rules that read t (Rule.Given):
	// t's resources are checked as evaluated only in a root that declares
	// none of them and calls no module (early.givenOK).
	given []*typeSet
}

// earlyRules returns the rules that judge the resources of type t as they
// are evaluated, and whether t's resources may be.
func (c *checker) earlyRules(t string) earlyType {
	c.earlyMu.Lock()
	defer c.earlyMu.Unlock()
	if et, ok := c.earlyTypes[t]; ok {
		return et
	}
	et := earlyType{ok: !c.keep.has(t)}
	for _, i := range c.perRoot {
		if d := c.declared[i]; d != nil && d.has(t) {
			if !c.rules[i].Alone {
				if direct := c.rules[i].readsDirectly(); direct != nil && !direct.has(t) {
					// The rule reads t's resources only through a
					// reference (Rule.ReadsReferenced): those handed
					// over are those nothing refers to.
					continue
				}
				et.ok = false
				break
			}
			et.rules = append(et.rules, i)
			if g := c.rules[i].given(); g != nil {
				et.given = append(et.given, g)
			}
		}
	}
	if !et.ok {
		et.rules, et.given = nil, nil
	}
	if c.earlyTypes == nil {
		c.earlyTypes = map[string]earlyType{}
	}
	c.earlyTypes[t] = et
	return et
}

// early is what the resources of one root checked as they were evaluated
// left: by rule index, what each rule kept of them (ruleKept), and the
// resources checked (done), which the root's rules then skip.
type early struct {
	c    *checker
	kept map[int]*ruleKept
	done map[*parser.Resource]bool
	pass Pass
	// graph is graphOf's; counted what the rules examined (count).
	graph   Graph
	counted earlyCount
	// runs are the current resource's rules' results, committed once
	// every rule has run on it without leaving it to the root's run.
	runs []earlyRun
	// linkAttrs are the attribute names literal links read literals
	// under (LiteralLink.Attr).
	linkAttrs map[string]bool
	// types are the types of the root module's resource and data
	// blocks and calls whether it calls a module, as the parser said
	// before the evaluation (declared); typesKnown whether it did.
	types             map[string]bool
	calls, typesKnown bool
	// givenTypes caches givenOK by type.
	givenTypes map[string]bool
}

// declared is told, before the root is evaluated, the types of its root
// module's resource and data blocks and whether it calls a module.
func (e *early) declared(types map[string]bool, calls bool) {
	e.types, e.calls, e.typesKnown = types, calls, true
}

// givenOK reports whether the rules that judge each resource of type t
// with the root's resources of their Given types may judge t's
// resources alone in this root: it has none of those types (its root
// module declares none, and calls no module, which could).
func (e *early) givenOK(t string, et earlyType) bool {
	if len(et.given) == 0 {
		return true
	}
	if !e.typesKnown || e.calls {
		return false
	}
	ok, seen := e.givenTypes[t]
	if seen {
		return ok
	}
	ok = true
	for d := range e.types {
		for _, g := range et.given {
			if g.has(d) {
				ok = false
			}
		}
	}
	if e.givenTypes == nil {
		e.givenTypes = map[string]bool{}
	}
	e.givenTypes[t] = ok
	return ok
}

// earlyRun is what one rule left on one resource checked as evaluated.
type earlyRun struct {
	rule         int
	kept         ruleKept
	hasKept      bool
	examined     int
	types        []string
	unconfigured string
}

func (c *checker) newEarly() *early {
	return &early{c: c}
}

// evaluated checks r, just evaluated, with the rules that read its type,
// when they may judge it alone (see above), and trims its body.
func (e *early) evaluated(r *parser.Resource) {
	if r == nil || r.Kind != "" || r.Data || r.Body == nil || e.done[r] {
		return
	}
	et := e.c.earlyRules(r.Type)
	if !et.ok || !e.givenOK(r.Type, et) {
		return
	}
	if e.done == nil {
		e.kept, e.done, e.linkAttrs = map[int]*ruleKept{}, map[*parser.Resource]bool{}, map[string]bool{}
		for _, l := range e.c.links {
			e.linkAttrs[l.Attr] = true
		}
	}
	if len(et.rules) > 0 {
		g := e.graphOf(r)
		e.runs = e.runs[:0]
		for _, i := range et.rules {
			p, d := runRuleIn(&e.pass, g, e.c.rules[i], e.c.settings, e.c.declared[i])
			if d != nil || p.askedProviders || len(p.missing) > 0 {
				// Left to the root's run, which reports an internal error
				// the same way.
				e.pass = Pass{}
				return
			}
			run := earlyRun{rule: i, examined: p.examined(), types: append([]string(nil), p.types...), unconfigured: p.unconfigured}
			run.kept, run.hasKept = keptOf(i, p)
			e.runs = append(e.runs, run)
		}
		e.pass = Pass{}
		for _, run := range e.runs {
			e.count(run)
			if !run.hasKept {
				continue
			}
			k := e.kept[run.rule]
			if k == nil {
				k = &ruleKept{rule: run.rule}
				e.kept[run.rule] = k
			}
			k.findings = append(k.findings, run.kept.findings...)
			k.missing = append(k.missing, run.kept.missing...)
			k.undecided = append(k.undecided, run.kept.undecided...)
		}
		e.runs = e.runs[:0]
	}
	e.done[r] = true
	earlyChecked.Add(1)
	r.Body = e.skeleton(r, r.Body, "", true)
	r.Metadata, r.Written, r.Parameters = nil, nil, nil
}

// count adds what a rule examined of a resource checked as it was
// evaluated to the root's evidence (counted), which commit adds to the
// scan's once the root is checked, as count does for a pass.
func (e *early) count(run earlyRun) {
	if e.counted.inspected == nil {
		e.counted = earlyCount{inspected: map[int]int{}, types: map[string]bool{}, unconfigured: map[int]string{}}
	}
	e.counted.inspected[run.rule] += run.examined
	for _, t := range run.types {
		e.counted.types[t] = true
	}
	if run.unconfigured != "" {
		e.counted.unconfigured[run.rule] = run.unconfigured
	}
}

// earlyCount is the evidence of the resources of a root checked as they
// were evaluated (early.count).
type earlyCount struct {
	inspected    map[int]int
	types        map[string]bool
	unconfigured map[int]string
}

// commit adds the evidence counted (early.count) to the scan's.
func (e *early) commit() {
	if e.counted.inspected == nil {
		return
	}
	c := e.c
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, n := range e.counted.inspected {
		c.ev.Inspected[c.rules[i].ID] += n
	}
	for t := range e.counted.types {
		c.ev.Types[t] = true
	}
	for i, why := range e.counted.unconfigured {
		c.ev.Unconfigured[c.rules[i].ID] = why
	}
	e.counted = earlyCount{}
}

// graphOf returns the graph of r alone, as NewGraph([]*parser.Resource{r})
// makes it (a resource has no edge to itself), in one graph reused for
// each resource: made anew, the graphs were a quarter of what checking as
// evaluated cost on bench/gen's 30,000 resources.
func (e *early) graphOf(r *parser.Resource) *Graph {
	g := &e.graph
	if g.byType == nil {
		g.byType, g.byNode = map[string][]*parser.Resource{}, map[string][]*parser.Resource{}
		g.out, g.in = map[*parser.Resource][]Edge{}, map[*parser.Resource][]Edge{}
		g.links, g.single = e.c.links, true
		g.resources = make([]*parser.Resource, 1)
	}
	clear(g.byType)
	clear(g.byNode)
	g.facts, g.places, g.roots = nil, nil, nil
	if r.Local == "" {
		r.Local = r.Address
	}
	if r.Root == "" {
		r.Root = r.Module
	}
	g.resources[0] = r
	g.nodes = g.resources
	g.byType[r.Type] = g.resources
	g.byNode[nodeKey(r)] = g.resources
	return g
}

// nullValue stands in a trimmed list for the elements that hold nothing
// the graph reads, so that the others keep their index (an edge's Attr).
var nullValue = &parser.Value{Kind: parser.Null}

// skeleton returns what the root's graph reads of v, the value of r's body
// (top) or of one of its parts under the attribute name key: the values
// that refer to something (Refs, Uses), with the lists and objects that
// hold them, the strings literal links read (under a LiteralLink's Attr,
// and r's own name attribute, LiteralLink.ToAttr), and the body itself
// with its kind and ranges. It returns nil for a part that holds none.
func (e *early) skeleton(r *parser.Resource, v *parser.Value, key string, top bool) *parser.Value {
	if v == nil {
		return nil
	}
	keepAll := v.Kind == parser.String && e.linkAttrs[key] || len(v.Refs()) > 0 || usesNode(v.Uses())
	var elems []*parser.Value
	var attrs map[string]*parser.Value
	if !keepAll {
		for j, x := range v.Elems {
			if s := e.skeleton(r, x, key, false); s != nil {
				if elems == nil {
					elems = make([]*parser.Value, len(v.Elems))
					for k := range elems {
						elems[k] = nullValue
					}
				}
				elems[j] = s
			}
		}
		for k, x := range v.Attrs {
			var s *parser.Value
			if top && e.nameAttr(r.Type, k) {
				s = x
			} else {
				s = e.skeleton(r, x, k, false)
			}
			if s != nil {
				if attrs == nil {
					attrs = map[string]*parser.Value{}
				}
				attrs[k] = s
			}
		}
	}
	if keepAll {
		return v
	}
	if !top && elems == nil && attrs == nil {
		return nil
	}
	s := *v
	s.Elems, s.Attrs = elems, attrs
	if s.Kind == parser.List && s.Elems == nil && len(v.Elems) > 0 {
		s.Elems = []*parser.Value{}
	}
	return &s
}

// usesNode reports whether uses (a value's Extra.Uses) may name a node a
// resource's Uses edge leads to on a root's graph (Graph.link): one that
// is not a resource, and not a variable, local, output or module call,
// which the scan leaves out of the graph (withoutValueNodes) when it
// checks resources as they are evaluated.
func usesNode(uses []string) bool {
	for _, u := range uses {
		if !strings.HasPrefix(u, "var.") && !strings.HasPrefix(u, "local.") && !strings.HasPrefix(u, "module.") && !strings.HasPrefix(u, "data.") {
			return true
		}
	}
	return false
}

// nameAttr reports whether attr is a name attribute literal links read on
// resources of type t (LiteralLink.ToAttr).
func (e *early) nameAttr(t, attr string) bool {
	for _, l := range e.c.links {
		if l.ToType == t && l.ToAttr == attr {
			return true
		}
	}
	return false
}

// earlyState is the checker's part of this file.
type earlyState struct {
	earlyMu    sync.Mutex
	earlyTypes map[string]earlyType
	// noEarly turns checking as evaluated off (tests compare the two).
	noEarly bool
}

// skips reports whether the rule of p skips r, checked as it was
// evaluated by the rules that judge each resource alone.
func (p *Pass) skips(r *parser.Resource) bool {
	return p.graph.early != nil && p.Rule != nil && p.Rule.Alone && p.graph.early[r]
}

// fresh returns rs without the resources the rule of p skips (skips),
// rs itself when it skips none.
func (p *Pass) fresh(rs []*parser.Resource) []*parser.Resource {
	if p.graph.early == nil || p.Rule == nil || !p.Rule.Alone {
		return rs
	}
	for j, r := range rs {
		if p.graph.early[r] {
			out := append(make([]*parser.Resource, 0, len(rs)-1), rs[:j]...)
			for _, r := range rs[j+1:] {
				if !p.graph.early[r] {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return rs
}

// merge adds what the resources checked as evaluated left to rules (what
// the root's run of each rule left), a rule's results once each: those
// checked as evaluated first, in the order they were evaluated.
func (e *early) merge(rules []ruleKept) []ruleKept {
	at := map[int]int{}
	for j, k := range rules {
		at[k.rule] = j
	}
	for i, k := range e.kept {
		j, ok := at[i]
		if !ok {
			rules = append(rules, *k)
			continue
		}
		r := &rules[j]
		r.findings = append(k.findings, r.findings...)
		r.missing = append(k.missing, r.missing...)
		r.undecided = append(k.undecided, r.undecided...)
	}
	e.kept = nil
	return rules
}

// earlyChecked counts the resources checked as they were evaluated, for
// tests.
var earlyChecked atomic.Int64
