package engine

import (
	"fmt"
	"hash/maphash"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/soc2lint/soc2lint/parser"
)

// Checking root by root. A root is what one evaluation gives: a Terraform
// root module with its module instances, a top-level CloudFormation
// template with its nested stacks and included snippets, or a plan file.
// The rules whose verdict depends only on the root they judge (Scope
// PerRoot, most of them) run on the root's graph as soon as it is
// evaluated; the root is then dropped, keeping only its findings, its
// evidence counts, and for the rules that run across roots (Scope
// AcrossRoots) the resources of the types they declared, the root's name
// and where its account-level findings point. Those rules run once at
// the end on what was kept.

// checker runs the rules root by root and gathers what they leave.
type checker struct {
	rules    []*Rule
	settings Settings
	links    []LiteralLink
	// perRoot and across are indices into rules. perRoot is in the order
	// the rules run on a root: those that do not declare what they read
	// first, then those that do (Rule.Reads), those reading every type
	// first, so that the values of a type can be dropped once its last
	// reader has run (checker.check).
	perRoot, across []int
	// declared are the types each per-root rule declared, by rule index;
	// nil for a rule that declared none.
	declared []*typeSet
	// checkReads is Config.CheckReads; releaseSmall is
	// Config.releaseSmall.
	checkReads, releaseSmall bool
	// undeclared is how many of perRoot, from the first, declare no
	// Reads; ruleWorkers is Config.Workers; aheadSmall is
	// Config.aheadSmall (rulesahead.go).
	undeclared  int
	ruleWorkers int
	aheadSmall  bool
	// reads are the types the across-roots rules read, by rule index, and
	// their union in keep.
	reads map[int]*typeSet
	keep  typeSet
	// attrs are, for the types every across-roots rule that reads them
	// narrows (Rule.ReadsAttrs), the top-level attributes those rules
	// read, which is all the scan keeps of such a resource's body; a
	// type not in attrs is kept whole.
	attrs map[string]map[string]bool
	// keepGraph keeps every node for Result.Graph; whole checks the graph
	// of every root at once instead, as the scan did before checking root
	// by root (tests compare the two).
	keepGraph, whole bool

	// spill holds the roots' encoded results (rootenc.go) until finish
	// reads them back; nil keeps them in memory.
	spill *spill

	earlyState
	absentState

	mu sync.Mutex
	// typeLists are the lists of types the roots checked with rootLater
	// asked for, by typeSetHash of their names (several lists may share a
	// hash).
	typeLists map[uint64][][]string
	// sampleLists are the lists of sample types of the roots, by their
	// names joined (sampleList).
	sampleLists map[string][]sampleType
	// strings are the interned strings (intern).
	strings map[string]string
	// ev gathers the evidence that does not depend on order: the counts,
	// types and unconfigured reasons of the rules.
	ev Evidence
	// counted are, by rule index, the types each rule asked for that are
	// in ev.Types already (count): a list each rule's runs only read
	// once it holds every type the rule asks for, replaced whole under
	// mu when it grows.
	counted []atomic.Pointer[[]string]
}

func newChecker(cfg Config) *checker {
	c := &checker{
		rules:        cfg.Rules,
		settings:     Settings{AccountBaseline: cfg.AccountBaseline, RequiredTags: cfg.RequiredTags, RuleOptions: cfg.RuleOptions},
		links:        literalLinks(cfg.Rules),
		reads:        map[int]*typeSet{},
		keepGraph:    cfg.KeepGraph,
		whole:        cfg.whole,
		checkReads:   cfg.CheckReads,
		releaseSmall: cfg.releaseSmall || cfg.CheckReads,
		ruleWorkers:  cfg.Workers,
		aheadSmall:   cfg.aheadSmall,
		earlyState:   earlyState{noEarly: cfg.noEarly},
		declared:     make([]*typeSet, len(cfg.Rules)),
		counted:      make([]atomic.Pointer[[]string], len(cfg.Rules)),
		ev:           Evidence{Inspected: map[string]int{}, Types: map[string]bool{}, Unconfigured: map[string]string{}},
		spill:        &spill{},
	}
	var readsAll, readsSome []int
	for i, r := range cfg.Rules {
		c.ev.Inspected[r.ID] = 0
		if r.Scope != AcrossRoots {
			switch c.declared[i] = r.declared(); {
			case c.declared[i] == nil:
				c.perRoot = append(c.perRoot, i)
			case c.declared[i].all:
				readsAll = append(readsAll, i)
			default:
				readsSome = append(readsSome, i)
			}
			continue
		}
		c.across = append(c.across, i)
		reads := &typeSet{exact: map[string]bool{}, read: new(atomic.Pointer[[]string])}
		if r.ReadsIf == nil || r.ReadsIf(c.settings) {
			for _, t := range r.Reads {
				reads.add(t)
				c.keep.add(t)
			}
		}
		c.reads[i] = reads
	}
	c.initAbsent(cfg.Rules, c.declared)
	c.undeclared = len(c.perRoot)
	c.perRoot = append(append(c.perRoot, readsAll...), readsSome...)
	c.attrs = narrowed(cfg.Rules, c.across, c.reads)
	return c
}

// narrowed returns, for each type some across-roots rule narrows
// (Rule.ReadsAttrs) and every across-roots rule that reads it narrows,
// the union of the attributes they list.
func narrowed(rules []*Rule, across []int, reads map[int]*typeSet) map[string]map[string]bool {
	var out map[string]map[string]bool
	for _, i := range across {
		for t := range rules[i].ReadsAttrs {
			if !reads[i].has(t) || out[t] != nil {
				continue
			}
			attrs := map[string]bool{}
			for _, j := range across {
				if !reads[j].has(t) {
					continue
				}
				as, ok := rules[j].ReadsAttrs[t]
				if !ok {
					attrs = nil
					break
				}
				for _, a := range as {
					attrs[a] = true
				}
			}
			if attrs != nil {
				if out == nil {
					out = map[string]map[string]bool{}
				}
				out[t] = attrs
			}
		}
	}
	return out
}

// rootChecked is what checking one root leaves.
type rootChecked struct {
	// findings, missing and undecided are the per-root rules' findings,
	// missing controls and notes, rule after rule, in slices of their
	// exact length; spans says how many each rule left, for the rules
	// that left any (ruleResults).
	findings  []keptFinding
	missing   []missingControl
	undecided []Undecided
	spans     []ruleSpan
	// enc holds findings, missing and undecided encoded, once the root's
	// rules have run (rootenc.go); they are then nil.
	enc *encodedResults
	// diags are the rules' internal errors.
	diags parser.Diagnostics
	// kept are the nodes kept for the across-roots rules (every node with
	// KeepGraph), in evaluation order.
	kept []*parser.Resource
	// roots are the root's roots as the across-roots rules see them.
	roots []rootStub
	// ran is true when the per-root rules ran.
	ran bool
	// later is the order-free evidence of a root checked before the scan
	// knew whether it is one (checker.rootLater), counted when the root
	// is gathered (finish); nil when it was counted at once.
	later *rootEvidence
}

// rootEvidence is the order-free evidence of the per-root rules on a root
// checked before the scan knew whether it is one: a CloudFormation
// template turns out to be nested in another once every template is read.
// It holds the counts of examined resources by rule, the types the rules
// asked for and the reasons of the rules not configured.
type rootEvidence struct {
	inspected []ruleCount
	// types are shared between roots (checker.typeList).
	types        []string
	unconfigured map[string]string
}

// ruleCount is how many resources a rule (an index into checker.rules)
// examined: 8 bytes, kept for every rule that examined any on every
// template until the scan knows which templates are roots.
type ruleCount struct {
	rule, n int32
}

// ruleSpan is how many findings, missing controls and notes one rule left
// on a root (rootChecked).
type ruleSpan struct {
	rule                         int32
	findings, missing, undecided int32
}

// missingControl is a missing-control finding as a root keeps it to the
// end of the scan: its place (shared by the root's missing controls) and
// its message as the rule's format and arguments, formatted when the scan
// is settled; the rule is its span's, the range its place's
// (Pass.ReportMissing). The messages name the root ("%s declares no
// CloudTrail trail"), whose name the root keeps anyway: formatted, they
// were 1.8 MB of what a scan of the corpus copied four times keeps live
// while Terraform roots are evaluated.
type missingControl struct {
	place  *parser.Resource
	format string
	// args are the arguments when every one is a string (the format is
	// then the rule's); otherwise nil, and format is the message with
	// its percent signs doubled.
	args []string
}

// newMissingControl keeps a missing control's message as format and args
// when every argument is a string, and formatted otherwise: a string
// gives the same text whenever it is formatted. The root's name is the
// place's; other arguments are copied, so that none keeps live more than
// the message would (a string cut from a file's bytes).
func newMissingControl(place *parser.Resource, format string, args []any) missingControl {
	strs := make([]string, len(args))
	for i, a := range args {
		s, ok := a.(string)
		if !ok {
			return missingControl{place: place, format: strings.ReplaceAll(fmt.Sprintf(format, args...), "%", "%%")}
		}
		if s == place.Root {
			strs[i] = place.Root
		} else {
			strs[i] = strings.Clone(s)
		}
	}
	if len(strs) == 0 {
		strs = nil
	}
	return missingControl{place: place, format: format, args: strs}
}

// message is the missing control's message, as the rule formatted it.
func (mc missingControl) message() string {
	args := make([]any, len(mc.args))
	for i, a := range mc.args {
		args[i] = a
	}
	return fmt.Sprintf(mc.format, args...)
}

// finding is the missing control as the rule's finding.
func (mc missingControl) finding(r *Rule) Finding {
	return Finding{Rule: r, Resource: mc.place, Range: mc.place.Range, Message: mc.message()}
}

// keptFinding is a per-root rule's finding as a root keeps it to the end
// of the scan: the fields a rule's report sets, without the rule (its
// span's) and the fields set once the scan is settled (condition, when,
// instances), 136 bytes against a Finding's 216. A finding with causes
// (a stand-in's), or any field the compact form leaves out, is kept whole
// in more.
type keptFinding struct {
	res           *parser.Resource
	rng           parser.Range
	attr, message string
	related       []Related
	more          *Finding
}

// keep returns f as a root keeps it.
func keep(f *Finding) keptFinding {
	if f.Condition != "" || f.When != "" || f.Instances != nil || f.Causes != nil {
		whole := *f
		whole.Rule = nil
		return keptFinding{more: &whole}
	}
	return keptFinding{res: f.Resource, rng: f.Range, attr: f.Attr, message: f.Message, related: f.Related}
}

// finding is the kept finding of the rule r.
func (k *keptFinding) finding(r *Rule) Finding {
	if k.more != nil {
		f := *k.more
		f.Rule = r
		return f
	}
	return Finding{Rule: r, Resource: k.res, Range: k.rng, Attr: k.attr, Message: k.message, Related: k.related}
}

// resource is what the kept finding points at.
func (k *keptFinding) resource() **parser.Resource {
	if k.more != nil {
		return &k.more.Resource
	}
	return &k.res
}

// putInto is gathered.put for a root whose results are not encoded: its
// findings and missing controls made findings again, and its notes, each
// rule's at g's cursors.
func (rc *rootChecked) putInto(g *gathered, rules []*Rule) {
	f, m, u := 0, 0, 0
	for _, s := range rc.spans {
		r := rules[s.rule]
		fs := g.next(&g.atF[s.rule], g.findings, s.findings)
		for j := range fs {
			fs[j] = rc.findings[f+j].finding(r)
		}
		ms := g.next(&g.atM[s.rule], g.missing, s.missing)
		for j, mc := range rc.missing[m : m+int(s.missing)] {
			ms[j] = mc.finding(r)
		}
		at := g.atU[s.rule]
		g.atU[s.rule] += copy(g.undecided[at:at+int(s.undecided)], rc.undecided[u:u+int(s.undecided)])
		f, m, u = f+int(s.findings), m+int(s.missing), u+int(s.undecided)
	}
}

// gathered is where finish puts every rule's findings, missing controls
// and notes: one slice of each, each rule's share in its place (the
// roots', in order, then the across-roots rule's), as appending each
// rule's results in turn gave them. A root's results go straight to their
// places, decoded there when encoded: the scan never holds them twice
// (once a slice per root and rule, then gathered), which at the end of a
// scan of 150,000 findings was 28 MB more at its peak.
type gathered struct {
	findings []Finding
	// missing is findings itself when missing controls are findings
	// (Settings.AccountBaseline), else the evidence's missing controls.
	missing   []Finding
	undecided []Undecided
	// atF, atM and atU are each rule's next places in findings, missing
	// and undecided.
	atF, atM, atU []int
	// holes is true when some root's results could not be read back:
	// their places are left empty (a nil rule), to be dropped.
	holes bool
}

// next returns the n places of dst from *at and moves *at past them.
func (g *gathered) next(at *int, dst []Finding, n int32) []Finding {
	out := dst[*at : *at+int(n)]
	*at += int(n)
	return out
}

// skip moves the cursors past the places of a root's results that could
// not be read back.
func (g *gathered) skip(spans []ruleSpan) {
	for _, s := range spans {
		g.atF[s.rule] += int(s.findings)
		g.atM[s.rule] += int(s.missing)
		g.atU[s.rule] += int(s.undecided)
	}
	g.holes = true
}

// ruleResult is what an across-roots rule left that depends on order.
type ruleResult struct {
	findings, missing []Finding
	undecided         []Undecided
}

// rootStub is a root for the across-roots rules: its name, where its
// account-level findings point, and the types it declares that those
// rules did not ask to keep (so that Root.Deploys still tells which cloud
// it deploys to), which Root.Deploys answers from without a resource each.
type rootStub struct {
	format parser.Format
	name   string
	// placeFile is the file of the root's account place (placeIn): the
	// place itself, a resource each (about 1.3 MB of pointers on the
	// corpus copied four times), is made again at the end.
	placeFile string
	types     []sampleType
}

// sampleType is a resource type a root declares and whether as a data
// source: all that Root.Deploys asks of the resources the across-roots
// rules did not keep (they read only the types they declared). The
// type's name is interned (checker.intern), and roots that declare the
// same types share one list (checker.sampleList): roots of one cloud
// declare the same few hundred types, and roots of one module the same.
type sampleType struct {
	name string
	data bool
}

func rootKey(f parser.Format, name string) string { return string(f) + "|" + name }

// runRule runs one rule on g. A rule that panics is reported as an
// internal error of that rule, never as a crash of the scan.
func runRule(g *Graph, r *Rule, settings Settings, reads *typeSet) (p *Pass, diag *parser.Diagnostic) {
	return runRuleIn(new(Pass), g, r, settings, reads)
}

// runRuleIn is runRule in the pass p, which it clears first: a root's
// rules run one after the other in one pass (checker.check), which
// nothing keeps once the next rule runs, rather than a new one each (a
// pass per rule and root was 4% of the bytes a scan of the corpus
// allocated).
func runRuleIn(p *Pass, g *Graph, r *Rule, settings Settings, reads *typeSet) (out *Pass, diag *parser.Diagnostic) {
	// The types a rule asked for, when they outgrew typesBuf, are kept
	// for the next rule to grow no slice again (a rule asking for a
	// dozen types allocated a slice or two on every root).
	types, shared := p.types[:0], p.typesShared
	*p = Pass{Rule: r, graph: g, settings: settings, reads: reads}
	if cap(types) > len(p.typesBuf) && !shared {
		p.types = types
	}
	out = p
	defer func() {
		if e := recover(); e != nil {
			diag = &parser.Diagnostic{Severity: parser.SevError, Summary: "internal error in rule " + r.ID, Detail: fmt.Sprint(e)}
		}
	}()
	r.Check(p)
	return p, nil
}

// runOn runs the rule i on g, a root of format index fi (rootFormat), in
// the pass p, or counts it as it ran before on a root without its types
// (absent.go).
func (c *checker) runOn(p *Pass, g *Graph, i, fi int) (*Pass, *parser.Diagnostic) {
	r := c.rules[i]
	if run := c.absentSkip(g, i, fi); run != nil {
		return skipped(p, g, r, c.settings, c.declared[i], run), nil
	}
	p, d := runRuleIn(p, g, r, c.settings, c.declared[i])
	if d2 := c.ranAbsent(g, i, fi, p, d); d2 != nil && d == nil {
		d = d2
	}
	return p, d
}

// count adds what the pass p of the rule i examined to the order-free
// evidence. Most rules on most roots examine nothing and ask for types
// already counted: those take no lock and touch no map (counted).
func (c *checker) count(i int, p *Pass) {
	n := p.examined()
	if p.absent != nil && p.absent.counted.Load() {
		// Counted as it ran before (absent.go), which was counted.
		return
	}
	if n == 0 && p.unconfigured == "" && c.allCounted(i, p.types) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if p.absent != nil {
		defer p.absent.counted.Store(true)
	}
	if n != 0 {
		c.ev.Inspected[p.Rule.ID] += n
	}
	for _, t := range p.types {
		c.ev.Types[t] = true
	}
	c.addCounted(i, p.types)
	if p.unconfigured != "" {
		c.ev.Unconfigured[p.Rule.ID] = p.unconfigured
	}
}

// maxCounted bounds the types kept as counted for one rule (a rule asking
// for types it builds from what it reads could ask for many).
const maxCounted = 16

// allCounted reports whether every one of types is in c.ev.Types already
// for having been asked by the rule i (checker.counted).
func (c *checker) allCounted(i int, types []string) bool {
	if len(types) == 0 {
		return true
	}
	if i < 0 || i >= len(c.counted) {
		return false
	}
	done := c.counted[i].Load()
	if done == nil {
		return false
	}
	for _, t := range types {
		if !slices.Contains(*done, t) {
			return false
		}
	}
	return true
}

// addCounted records types, just added to c.ev.Types, as counted for the
// rule i. c.mu is held.
func (c *checker) addCounted(i int, types []string) {
	if i < 0 || i >= len(c.counted) || len(types) == 0 {
		return
	}
	var done []string
	if old := c.counted[i].Load(); old != nil {
		done = *old
	}
	grown := done
	for _, t := range types {
		if !slices.Contains(grown, t) && len(grown) < maxCounted {
			if len(grown) == len(done) {
				grown = slices.Clip(slices.Clone(done))
			}
			grown = append(grown, t)
		}
	}
	if len(grown) != len(done) {
		c.counted[i].Store(&grown)
	}
}

// countLater adds what a pass examined to ev, to be counted if its root
// is kept; types gathers the types it asked for.
func (c *checker) countLater(ev *rootEvidence, types map[string]bool, rule int, p *Pass) {
	if n := p.examined(); n > 0 {
		ev.inspected = append(ev.inspected, ruleCount{int32(rule), int32(n)})
	}
	for _, t := range p.types {
		types[t] = true
	}
	if why := p.unconfigured; why != "" {
		if ev.unconfigured == nil {
			ev.unconfigured = map[string]string{}
		}
		ev.unconfigured[p.Rule.ID] = why
	}
}

// typeSets hold the sets of types a root's rules asked for (check), which
// typeList copies what it keeps of: grown from empty for every template,
// they were 1.4% of the bytes a scan of the corpus allocated.
var typeSets = sync.Pool{New: func() any { return map[string]bool{} }}

// intern returns the one copy of the string s the checker keeps.
func (c *checker) intern(s string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if kept, ok := c.strings[s]; ok {
		return kept
	}
	if c.strings == nil {
		c.strings = map[string]string{}
	}
	c.strings[s] = s
	return s
}

// typeList returns the types, sorted, as a list shared by every root whose
// rules asked for the same types: most roots of a kind ask for the same.
// A list already made is found by a hash of the set that does not depend
// on the order of its names, and checked name by name: sorting the names
// of every root (a thousand rules ask for a few types each) cost more
// than the rules of most roots.
func (c *checker) typeList(types map[string]bool) []string {
	h := typeSetHash(types)
	c.mu.Lock()
	for _, shared := range c.typeLists[h] {
		if sameTypes(shared, types) {
			c.mu.Unlock()
			return shared
		}
	}
	c.mu.Unlock()
	list := slices.Sorted(maps.Keys(types))
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, shared := range c.typeLists[h] {
		if sameTypes(shared, types) {
			return shared
		}
	}
	if c.typeLists == nil {
		c.typeLists = map[uint64][][]string{}
	}
	c.typeLists[h] = append(c.typeLists[h], list)
	return list
}

// typeSetHash is a hash of a set of names that does not depend on the
// order they are visited in: the sum of the names' hashes.
func typeSetHash(types map[string]bool) uint64 {
	sum := uint64(len(types))
	for t := range types {
		sum += maphash.String(typeSeed, t)
	}
	return sum
}

// typeSeed seeds typeSetHash: the hashes only find lists within one run.
var typeSeed = maphash.MakeSeed()

// sameTypes reports whether the list (of distinct names) holds exactly
// the set's names.
func sameTypes(list []string, types map[string]bool) bool {
	if len(list) != len(types) {
		return false
	}
	for _, t := range list {
		if !types[t] {
			return false
		}
	}
	return true
}

// sampleList returns types, sorted, as a list shared by every root that
// declares the same sample types, with the types' names interned.
func (c *checker) sampleList(types []sampleType) []sampleType {
	if len(types) == 0 {
		return nil
	}
	slices.SortFunc(types, func(a, b sampleType) int {
		if a.name != b.name {
			return strings.Compare(a.name, b.name)
		}
		if a.data == b.data {
			return 0
		}
		if !a.data {
			return -1
		}
		return 1
	})
	var key strings.Builder
	for _, t := range types {
		key.WriteString(t.name)
		if t.data {
			key.WriteString("\x00d")
		}
		key.WriteByte(0)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if shared, ok := c.sampleLists[key.String()]; ok {
		return shared
	}
	list := make([]sampleType, len(types))
	for i, t := range types {
		name, ok := c.strings[t.name]
		if !ok {
			if c.strings == nil {
				c.strings = map[string]string{}
			}
			c.strings[t.name], name = t.name, t.name
		}
		list[i] = sampleType{name: name, data: t.data}
	}
	if c.sampleLists == nil {
		c.sampleLists = map[string][]sampleType{}
	}
	c.sampleLists[key.String()] = list
	return list
}

// gather counts the evidence of a root checked with rootLater.
func (c *checker) gather(ev *rootEvidence) {
	if ev == nil {
		return
	}
	for _, rc := range ev.inspected {
		c.ev.Inspected[c.rules[rc.rule].ID] += int(rc.n)
	}
	for _, t := range ev.types {
		c.ev.Types[t] = true
	}
	for id, why := range ev.unconfigured {
		c.ev.Unconfigured[id] = why
	}
}

// root checks the nodes of one root (as evaluated, in evaluation order)
// with the per-root rules, and returns what later stages need of it. It
// is safe to call from several goroutines.
func (c *checker) root(nodes []*parser.Resource) *rootChecked {
	return c.check(nodes, false, false, nil)
}

// rootOwned is root for nodes that nothing else holds or reads once they
// are checked (a Terraform root's or a plan's evaluation): the resources
// the root's findings and notes point at are slimmed in place rather than
// copied (rootChecked.slim).
func (c *checker) rootOwned(nodes []*parser.Resource) *rootChecked {
	return c.check(nodes, false, true, nil)
}

// rootOwnedEarly is rootOwned for a root some of whose resources were
// checked as they were evaluated (early.go), with what they left.
func (c *checker) rootOwnedEarly(nodes []*parser.Resource, e *early) *rootChecked {
	return c.check(nodes, false, true, e)
}

// rootLater is root for a root checked before the scan knows whether it
// is one: its evidence is counted only when finish gathers it.
func (c *checker) rootLater(nodes []*parser.Resource) *rootChecked {
	return c.check(nodes, true, false, nil)
}

// ruleKept is what one per-root rule left on a root, as the root keeps it
// (rootChecked), until the root's rules have all run.
type ruleKept struct {
	rule      int
	findings  []keptFinding
	missing   []missingControl
	undecided []Undecided
}

func (c *checker) check(nodes []*parser.Resource, later, owned bool, e *early) *rootChecked {
	out := &rootChecked{}
	var types map[string]bool
	if later {
		out.later, types = &rootEvidence{}, typeSets.Get().(map[string]bool)
		defer func() {
			out.later.types = c.typeList(types)
			out.later.inspected = slices.Clone(out.later.inspected)
			clear(types)
			typeSets.Put(types)
		}()
	}
	if c.whole || c.keepGraph {
		out.kept = nodes
	}
	if c.whole || len(nodes) == 0 {
		return out
	}
	out.ran = true
	g := NewGraph(nodes, c.links...)
	if e != nil && len(e.done) > 0 {
		g.early = e.done
	}
	// What the across-roots rules need of the root is taken before the
	// per-root rules run, which may drop values as they go.
	whole := c.keepAcross(out, g, nodes, owned)
	// The root's findings and notes are slimmed once the rules have run:
	// an owned root's resources are slimmed in place, but not those kept
	// whole for the across-roots rules.
	if !c.keepGraph {
		defer func() {
			if owned {
				out.slimOwned(whole)
			} else {
				out.slim()
			}
			out.encodeResults(c.rules, c.spill)
		}()
	}
	// An owned root's values of a type are dropped as soon as every rule
	// that reads the type has run (the rules that declare none run first).
	var rel *releaser
	if owned && !c.keepGraph && (len(nodes) >= releaseMin || c.releaseSmall) {
		rel = c.newReleaser(nodes)
	}
	// What the rules leave is kept to the end of the scan: gathered into
	// one slice of each kind, of its exact length, rather than a slice per
	// rule grown by appending (up to twice the length) and a header each.
	// Each rule's findings are made compact (keep) as soon as it has run
	// and its pass let go: kept whole until every rule had run, the passes'
	// findings (216 bytes each, with the sets of resources each rule
	// examined) were about 30 MB of the live peak on bench/gen's 30,000
	// resources, on top of the root's values.
	var rules []ruleKept
	var nf, nm, nu int
	var diags []ruleDiag
	pass := new(Pass)
	order := c.perRoot
	if c.rulesAhead(nodes, later, owned) {
		for _, run := range c.runAhead(g, rel, whole) {
			if run.diag != nil {
				diags = append(diags, ruleDiag{run.rule, *run.diag})
			}
			if run.hasKept {
				rules = append(rules, run.kept)
				nf, nm, nu = nf+len(run.kept.findings), nm+len(run.kept.missing), nu+len(run.kept.undecided)
			}
		}
		order = nil
	}
	fi := -1
	if len(order) > 0 {
		fi = rootFormat(nodes)
	}
	for _, i := range order {
		if rel != nil && c.declared[i] != nil {
			// The rules that may read anything have run.
			rel.release(c.keep, whole)
		}
		p, d := c.runOn(pass, g, i, fi)
		if d == nil && c.checkReads && c.declared[i] != nil {
			d = c.verifyReads(g, nodes, i, p)
		}
		if d != nil {
			diags = append(diags, ruleDiag{i, *d})
		}
		if rel != nil && c.declared[i] != nil {
			rel.ran(c.declared[i])
		}
		if later {
			c.countLater(out.later, types, i, p)
		} else {
			c.count(i, p)
		}
		if k, ok := keptOf(i, p); ok {
			rules = append(rules, k)
			nf, nm, nu = nf+len(k.findings), nm+len(k.missing), nu+len(k.undecided)
		}
	}
	if e != nil {
		e.commit()
	}
	if e != nil && len(e.kept) > 0 {
		rules = e.merge(rules)
		nf, nm, nu = 0, 0, 0
		for _, k := range rules {
			nf, nm, nu = nf+len(k.findings), nm+len(k.missing), nu+len(k.undecided)
		}
	}
	// In the order of the rules, whatever order they ran in.
	slices.SortFunc(rules, func(a, b ruleKept) int { return a.rule - b.rule })
	slices.SortStableFunc(diags, func(a, b ruleDiag) int { return a.rule - b.rule })
	for _, d := range diags {
		out.diags = append(out.diags, d.diag)
	}
	if nf > 0 {
		out.findings = make([]keptFinding, 0, nf)
	}
	if nm > 0 {
		out.missing = make([]missingControl, 0, nm)
	}
	if nu > 0 {
		out.undecided = make([]Undecided, 0, nu)
	}
	if len(rules) > 0 {
		out.spans = make([]ruleSpan, 0, len(rules))
	}
	for j, k := range rules {
		out.spans = append(out.spans, ruleSpan{rule: int32(k.rule), findings: int32(len(k.findings)), missing: int32(len(k.missing)), undecided: int32(len(k.undecided))})
		out.findings = append(out.findings, k.findings...)
		out.missing = append(out.missing, k.missing...)
		out.undecided = append(out.undecided, k.undecided...)
		rules[j] = ruleKept{}
	}
	return out
}

// keptOf is what the rule i left in the pass p, as the root keeps it,
// and whether it left anything.
func keptOf(i int, p *Pass) (ruleKept, bool) {
	if len(p.findings) == 0 && len(p.missing) == 0 && len(p.undecided) == 0 {
		return ruleKept{}, false
	}
	k := ruleKept{rule: i, missing: p.missing, undecided: p.undecided}
	if len(p.findings) > 0 {
		k.findings = make([]keptFinding, len(p.findings))
		for j := range p.findings {
			k.findings[j] = keep(&p.findings[j])
		}
	}
	return k, true
}

// ruleDiag is a rule's internal error on a root, with the rule's index.
type ruleDiag struct {
	rule int
	diag parser.Diagnostic
}

// keepAcross sets what the across-roots rules keep of the root checked on
// g (out.kept, out.roots) and returns, for an owned root, the resources
// kept whole for them, which nothing may slim.
func (c *checker) keepAcross(out *rootChecked, g *Graph, nodes []*parser.Resource, owned bool) map[*parser.Resource]bool {
	if len(c.across) == 0 {
		return nil
	}
	var whole map[*parser.Resource]bool
	if !c.keepGraph {
		kept := map[*parser.Resource]bool{}
		for _, n := range nodes {
			// Provider configurations only for a rule that reads every
			// type (Pass.Providers): the tagging rules, when tags are
			// required.
			if n.Kind == parser.NodeProvider && c.keep.all || n.Kind == "" && c.keep.has(n.Type) {
				out.kept = append(out.kept, n)
				kept[n] = true
			}
		}
		if owned {
			whole = maps.Clone(kept)
		}
		// And the resources those refer to, so that where a kept
		// resource's references lead (Pass.Referenced, Unresolved) is the
		// same across roots as on the root's graph: a flow log's
		// ResourceId naming a resource of a type no rule keeps still
		// names a scanned resource. Those are kept without their values
		// (c.referenced): the rules read no type they did not declare.
		for _, n := range out.kept {
			attrs := c.attrs[n.Type]
			for _, e := range g.EdgesFrom(n) {
				if attrs != nil && e.Kind != DependsOn && !attrs[topAttr(e.Attr)] {
					// Not an edge of the narrowed copy kept (below).
					continue
				}
				if e.To.Kind == "" && !kept[e.To] {
					kept[e.To] = true
					out.kept = append(out.kept, c.referenced(e.To))
				}
			}
		}
		// A CloudFormation resource's properties as written and its
		// template's Parameters section are read only by per-root rules;
		// kept, they would hold every template's parsed text to the end of
		// the scan (x4's peak RSS went from 150 to 240-290 MB). The kept
		// resource is a copy without them (the root's graph, which the
		// edges above were read from, is not changed).
		for i, n := range out.kept {
			attrs := c.attrs[n.Type]
			if n.Written != nil || n.Parameters != nil || attrs != nil && n.Body != nil {
				s := *n
				s.Written, s.Parameters = nil, nil
				if attrs != nil && n.Body != nil && n.Kind == "" {
					s.Body = c.narrow(n, attrs)
				}
				out.kept[i] = &s
			}
		}
	}
	p := &Pass{graph: g}
	for _, root := range p.Roots() {
		stub := rootStub{format: root.Format, name: root.Name, placeFile: p.accountPlace(root).Range.File}
		seen := map[sampleType]bool{}
		var types []sampleType
		for _, r := range root.Resources {
			k := sampleType{name: r.Type, data: r.Data}
			if c.keep.has(r.Type) || seen[k] {
				continue
			}
			seen[k] = true
			types = append(types, k)
		}
		stub.types = c.sampleList(types)
		out.roots = append(out.roots, stub)
	}
	return whole
}

// releaseMin is the number of nodes from which a root's values are
// dropped as its rules run: counting the readers of each type of a small
// root costs more CPU than its values are worth (on the corpus, whose
// roots are small, a few percent), and a small root's values are dropped
// with it soon anyway.
const releaseMin = 2000

// releaser drops the values of an owned root's resources a type at a
// time, once every rule that reads the type has run: a root's values were
// otherwise all live until its last rule had run (115 MB on bench/gen's
// 30,000 resources, with the graph and the findings on top).
type releaser struct {
	// byType are the root's resources (not providers or value nodes) by
	// type; readers counts, for each, the declared rules left to run that
	// read it; free are the types no rule left reads, to be dropped.
	byType  map[string][]*parser.Resource
	readers map[string]int
	free    []string
}

func (c *checker) newReleaser(nodes []*parser.Resource) *releaser {
	rel := &releaser{byType: map[string][]*parser.Resource{}, readers: map[string]int{}}
	for _, n := range nodes {
		if n.Kind == "" {
			rel.byType[n.Type] = append(rel.byType[n.Type], n)
		}
	}
	for t := range rel.byType {
		for _, i := range c.perRoot {
			if d := c.declared[i]; d != nil && d.has(t) {
				rel.readers[t]++
			}
		}
		if rel.readers[t] == 0 {
			rel.free = append(rel.free, t)
		}
	}
	return rel
}

// ran counts a declared rule as run.
func (rel *releaser) ran(reads *typeSet) {
	for t, n := range rel.readers {
		if n > 0 && reads.has(t) {
			if rel.readers[t] = n - 1; n == 1 {
				rel.free = append(rel.free, t)
			}
		}
	}
}

// release drops the values of the resources of the types no rule left to
// run reads, except those of the types keep (the across-roots rules')
// and those in whole. A resource dropped keeps its body's kind and range,
// as slimOwned leaves it.
func (rel *releaser) release(keep typeSet, whole map[*parser.Resource]bool) {
	for _, t := range rel.free {
		if keep.has(t) {
			continue
		}
		for _, r := range rel.byType[t] {
			if !whole[r] {
				slimInPlace(r)
			}
		}
		delete(rel.byType, t)
	}
	rel.free = rel.free[:0]
}

// slimInPlace drops r's values: its body keeps its kind and range (where
// the block ends, which checkov:skip comments need), without attributes,
// and it loses its metadata, exports, properties as written and template
// parameters.
func slimInPlace(r *parser.Resource) {
	if r.Body != nil {
		r.Body = &parser.Value{Kind: r.Body.Kind, Range: r.Body.Range}
	}
	r.Metadata, r.Exports, r.Written, r.Parameters = nil, nil, nil, nil
}

// verifyReads runs the declared rule i again on the root's graph g with
// the bodies of the types it did not declare emptied (its edges kept, as
// when the scan drops values: releaser), and, when it judges
// each resource alone, on each of its resources alone with the root's
// provider configurations: an error when what it finds differs from p's.
func (c *checker) verifyReads(g *Graph, nodes []*parser.Resource, i int, p *Pass) *parser.Diagnostic {
	r, reads := c.rules[i], c.declared[i]
	want := passSummary(p)
	blanked := map[*parser.Resource]*parser.Resource{}
	var providers []*parser.Resource
	// A type read only through references (Rule.ReadsReferenced): its
	// resources that nothing refers to are emptied too.
	direct := r.readsDirectly()
	for _, n := range nodes {
		switch {
		case n.Kind == parser.NodeProvider:
			providers = append(providers, n)
		case n.Kind == "" && (!reads.has(n.Type) || direct != nil && !direct.has(n.Type) && len(g.EdgesTo(n)) == 0):
			s := *n
			slimInPlace(&s)
			blanked[n] = &s
		}
	}
	q, d := runRule(g.swapped(blanked), r, c.settings, reads)
	if d != nil {
		return d
	}
	if got := passSummary(q); got != want {
		return &parser.Diagnostic{Severity: parser.SevError, Summary: "rule " + r.ID + " reads a type it does not declare in Rule.Reads",
			Detail: "with the other types' values dropped it finds:\n" + got + "\ninstead of:\n" + want}
	}
	if !r.Alone {
		return nil
	}
	if given := r.given(); given != nil {
		for _, n := range nodes {
			if n.Kind == "" && given.has(n.Type) {
				// Judged with the root's resources of these types.
				return nil
			}
		}
	}
	var parts []string
	for _, n := range nodes {
		if n.Kind != "" || !reads.has(n.Type) {
			continue
		}
		q, d := runRule(NewGraph(append(slices.Clip(providers), n), c.links...), r, c.settings, reads)
		if d != nil {
			return d
		}
		if s := passSummary(q); s != "" {
			parts = append(parts, s)
		}
	}
	// As sets of lines: a provider configuration that several resources
	// use is judged on each of their graphs (Pass.ProvidersUsed), and once
	// on the root's.
	if got, want := uniqueLines(strings.Join(parts, "\n")), uniqueLines(want); got != want {
		return &parser.Diagnostic{Severity: parser.SevError, Summary: "rule " + r.ID + " does not judge each resource alone (Rule.Alone)",
			Detail: "run on each resource alone it finds:\n" + got + "\ninstead of:\n" + want}
	}
	return nil
}

// passSummary is what a pass found, as sorted lines of text.
func passSummary(p *Pass) string {
	var lines []string
	for _, f := range p.findings {
		lines = append(lines, fmt.Sprintf("finding %s %v %s %s", f.Resource.Address, f.Range, f.Attr, f.Message))
	}
	for _, mc := range p.missing {
		lines = append(lines, fmt.Sprintf("missing %v %s", mc.place.Range, mc.message()))
	}
	for _, u := range p.undecided {
		lines = append(lines, fmt.Sprintf("undecided %s %v %s", u.Resource.Address, u.Range, u.Detail))
	}
	return sortedLines(strings.Join(lines, "\n"))
}

// uniqueLines is sortedLines without repeated lines.
func uniqueLines(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(slices.Compact(lines), "\n")
}

func sortedLines(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// slim points the root's findings and notes at copies of their resources
// without the values only rules read, so that what a root leaves does not
// hold its evaluated values: on the corpus, findings otherwise kept about
// 13 MB of resource bodies live to the end of the scan. A copy keeps its
// body's kind and range (where the block ends, which checkov:skip comments
// need) without attributes, and no metadata or exports. Findings on one
// resource share one copy.
func (rc *rootChecked) slim() {
	slim := slimmer()
	for j := range rc.findings {
		r := rc.findings[j].resource()
		*r = slim(*r)
	}
	slimResults(nil, nil, rc.undecided, slim)
	for j := range rc.missing {
		rc.missing[j].place = slim(rc.missing[j].place)
	}
}

// slimOwned is slim for a root whose resources nothing else holds
// (checker.rootOwned): the resources its findings and notes point at lose
// their values in place, as slim's copies have none, instead of being
// copied while the root's values are still live (on bench/gen's 30,000
// resources, a copy of nearly every resource at the live peak). The
// resources in whole, kept with their values for the across-roots rules,
// are copied as slim copies them. The root's place (accountPlace) is the
// root's own.
func (rc *rootChecked) slimOwned(whole map[*parser.Resource]bool) {
	copied := slimmer()
	done := map[*parser.Resource]bool{}
	slim := func(r *parser.Resource) *parser.Resource {
		if r == nil || whole[r] {
			return copied(r)
		}
		if !done[r] {
			done[r] = true
			if r.Body != nil {
				r.Body = &parser.Value{Kind: r.Body.Kind, Range: r.Body.Range}
			}
			r.Metadata, r.Exports, r.Written, r.Parameters = nil, nil, nil, nil
		}
		return r
	}
	for j := range rc.findings {
		r := rc.findings[j].resource()
		*r = slim(*r)
	}
	slimResults(nil, nil, rc.undecided, slim)
	for j := range rc.missing {
		rc.missing[j].place = slim(rc.missing[j].place)
	}
}

// slimResults points findings, missing controls and notes at slim copies
// of their resources, as rootChecked.slim does, sharing the copies made
// by slim.
func slimResults(findings, missing []Finding, undecided []Undecided, slim func(*parser.Resource) *parser.Resource) {
	for _, fs := range [][]Finding{findings, missing} {
		for j := range fs {
			fs[j].Resource = slim(fs[j].Resource)
		}
	}
	for j := range undecided {
		undecided[j].Resource = slim(undecided[j].Resource)
	}
}

// slimmer returns a function that returns a copy of a resource without
// its values (rootChecked.slim), one copy per resource.
func slimmer() func(*parser.Resource) *parser.Resource {
	copies := map[*parser.Resource]*parser.Resource{}
	return func(r *parser.Resource) *parser.Resource {
		if r == nil || r.Body == nil && r.Metadata == nil && r.Exports == nil && r.Written == nil && r.Parameters == nil {
			return r
		}
		if s, ok := copies[r]; ok {
			return s
		}
		s := *r
		if r.Body != nil {
			s.Body = &parser.Value{Kind: r.Body.Kind, Range: r.Body.Range}
		}
		s.Metadata, s.Exports, s.Written, s.Parameters = nil, nil, nil, nil
		copies[r] = &s
		return &s
	}
}

// referenced returns what the across-roots rules keep of r, a resource of
// a type none of them declared that a resource they keep refers to: a
// copy that edges still lead to (its address, type, scope and module) with
// no values but the names literal links find it by (an S3 bucket's
// bucket), and no metadata or exports. Kept whole, such resources (the
// functions custom resources call, the roles and buckets trails name)
// were a third of what CloudFormation templates leave to the end of a
// scan.
func (c *checker) referenced(r *parser.Resource) *parser.Resource {
	if r.Body == nil && r.Metadata == nil && r.Exports == nil && r.Written == nil && r.Parameters == nil {
		return r
	}
	s := *r
	s.Metadata, s.Exports, s.Written, s.Parameters = nil, nil, nil, nil
	if r.Body != nil {
		body := &parser.Value{Kind: r.Body.Kind, Range: r.Body.Range, KeyRange: r.Body.KeyRange}
		for _, l := range c.links {
			if l.ToType != r.Type {
				continue
			}
			if v := r.Body.Get(l.ToAttr); v != nil {
				if body.Attrs == nil {
					body.Attrs = map[string]*parser.Value{}
				}
				body.Attrs[l.ToAttr] = v
			}
		}
		s.Body = body
	}
	return &s
}

// narrow returns r's body with only the attributes in attrs and those
// literal links find r by (as referenced keeps them), for a resource of a
// type the across-roots rules narrow (Rule.ReadsAttrs).
func (c *checker) narrow(r *parser.Resource, attrs map[string]bool) *parser.Value {
	b := r.Body
	if b.Attrs == nil {
		return b
	}
	// A copy shares what few values carry besides (Value.extra).
	cp := *b
	body := &cp
	body.Attrs = nil
	add := func(name string) {
		if v := b.Attrs[name]; v != nil {
			if body.Attrs == nil {
				body.Attrs = map[string]*parser.Value{}
			}
			body.Attrs[name] = v
		}
	}
	for a := range attrs {
		add(a)
	}
	for _, l := range c.links {
		if l.ToType == r.Type {
			add(l.ToAttr)
		}
	}
	return body
}

// topAttr is the top-level attribute of an edge's attribute path
// ("ingress" of "ingress[0].security_groups").
func topAttr(path string) string {
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}

// finish runs the across-roots rules on what the roots kept and gathers
// every rule's findings and evidence, in the order of the rules, as one
// run of every rule over the graph of every root would give them. diags
// are the scan's diagnostics so far.
func (c *checker) finish(roots []*rootChecked, diags parser.Diagnostics) *checked {
	var kept []*parser.Resource
	var errs parser.Diagnostics
	ran := false
	for _, r := range roots {
		kept = append(kept, r.kept...)
		errs = append(errs, r.diags...)
		ran = ran || r.ran
		c.gather(r.later)
	}
	g := NewGraph(kept, c.links...)
	g.Diagnostics = sortDiagnostics(dedupeDiagnostics(diags))
	if c.whole {
		findings, ev := Run(g, c.rules, c.settings)
		return &checked{graph: g, findings: findings, evidence: ev}
	}
	if !ran {
		// No root with resources: the per-root rules still run once, on
		// nothing, for what they say regardless (not configured, types
		// asked), as they did on the graph of every root.
		for i, r := range c.rules {
			if r.Scope == AcrossRoots {
				continue
			}
			p, d := runRule(g, r, c.settings, c.declared[i])
			if d != nil {
				errs = append(errs, *d)
			}
			c.count(i, p)
		}
	}
	across := map[int]*Pass{}
	if len(c.across) > 0 {
		g.roots, g.places = c.stubs(g, roots)
		for _, i := range c.across {
			p, d := runRule(g, c.rules[i], c.settings, c.reads[i])
			if d != nil {
				errs = append(errs, *d)
			}
			c.count(i, p)
			across[i] = p
		}
	}
	// The across-roots rules' findings, like the roots', point at slim
	// copies: the resources kept for those rules are dropped with the
	// graph once the scan is settled (scan.settle).
	slim := slimmer()
	acrossRes := map[int]ruleResult{}
	for i, p := range across {
		missing := p.missingFindings()
		if !c.keepGraph {
			slimResults(p.findings, missing, p.undecided, slim)
		}
		acrossRes[i] = ruleResult{findings: p.findings, missing: missing, undecided: p.undecided}
	}
	ev := c.ev
	gt := c.places(roots, acrossRes, &ev)
	var buf []byte
	for _, r := range roots {
		if r.enc == nil {
			r.putInto(gt, c.rules)
			continue
		}
		if err := r.decodeInto(gt, c.rules, c.spill, &buf); err != nil {
			errs = append(errs, parser.Diagnostic{Severity: parser.SevError, Summary: "internal error: a root's findings could not be read back",
				Detail: err.Error()})
		}
	}
	c.spill.close()
	for i, res := range acrossRes {
		copy(gt.next(&gt.atF[i], gt.findings, int32(len(res.findings))), res.findings)
		copy(gt.next(&gt.atM[i], gt.missing, int32(len(res.missing))), res.missing)
		gt.atU[i] += copy(gt.undecided[gt.atU[i]:], res.undecided)
	}
	findings := gt.findings
	if gt.holes {
		gone := func(f Finding) bool { return f.Rule == nil }
		findings = slices.DeleteFunc(findings, gone)
		if !c.settings.AccountBaseline {
			gt.missing = slices.DeleteFunc(gt.missing, gone)
		}
		gt.undecided = slices.DeleteFunc(gt.undecided, func(u Undecided) bool { return u.Rule == nil })
		if len(findings) == 0 {
			findings = nil
		}
		if len(gt.missing) == 0 {
			gt.missing = nil
		}
		if len(gt.undecided) == 0 {
			gt.undecided = nil
		}
	}
	if !c.settings.AccountBaseline {
		ev.Missing = gt.missing
	}
	ev.Undecided = gt.undecided
	g.Diagnostics = append(g.Diagnostics, dedupeDiagnostics(errs)...)
	findings, ev = inOrder(findings, ev)
	return &checked{graph: g, findings: findings, evidence: ev}
}

// places makes the slices finish gathers every rule's findings, missing
// controls and notes into, rule after rule (the roots' in order, then the
// across-roots rule's: across), with each rule's cursors at its share:
// the roots' counts are their spans'. ev's missing controls and notes so
// far come first; the slices are ev's own when they gain nothing, and
// findings nil when there are none.
func (c *checker) places(roots []*rootChecked, across map[int]ruleResult, ev *Evidence) *gathered {
	n := len(c.rules)
	nf, nm, nu := make([]int, n), make([]int, n), make([]int, n)
	for _, r := range roots {
		for _, s := range r.spans {
			nf[s.rule] += int(s.findings)
			nm[s.rule] += int(s.missing)
			nu[s.rule] += int(s.undecided)
		}
	}
	for i, res := range across {
		nf[i] += len(res.findings)
		nm[i] += len(res.missing)
		nu[i] += len(res.undecided)
	}
	g := &gathered{atF: make([]int, n), atM: make([]int, n), atU: make([]int, n)}
	grow := func(s []Finding, k int) []Finding {
		if k == 0 {
			return s
		}
		return slices.Grow(s, k)[:len(s)+k]
	}
	totalF, totalM, totalU := 0, 0, 0
	for i := range n {
		totalF, totalM, totalU = totalF+nf[i], totalM+nm[i], totalU+nu[i]
	}
	baseline := c.settings.AccountBaseline
	if baseline {
		g.findings = grow(nil, totalF+totalM)
		g.missing = g.findings
	} else {
		g.findings = grow(nil, totalF)
		g.missing = grow(ev.Missing, totalM)
	}
	g.undecided = ev.Undecided
	if totalU > 0 {
		g.undecided = slices.Grow(g.undecided, totalU)[:len(g.undecided)+totalU]
	}
	f, m, u := 0, len(ev.Missing), len(ev.Undecided)
	for i := range n {
		g.atF[i] = f
		f += nf[i]
		if baseline {
			g.atM[i] = f
			f += nm[i]
		} else {
			g.atM[i] = m
			m += nm[i]
		}
		g.atU[i] = u
		u += nu[i]
	}
	return g
}

// stubs returns every root of the scan as the across-roots rules see it,
// sorted as Pass.Roots sorts them, with the resources of g (those kept)
// and the lists of the other types it declares (Root.Deploys); and where
// the account-level findings of each point.
func (c *checker) stubs(g *Graph, roots []*rootChecked) ([]Root, map[string]*parser.Resource) {
	byKey := map[string]*Root{}
	places := map[string]*parser.Resource{}
	var keys []string
	for _, rc := range roots {
		for _, s := range rc.roots {
			k := rootKey(s.format, s.name)
			if byKey[k] == nil {
				byKey[k] = &Root{Name: s.name, Format: s.format}
				keys = append(keys, k)
				places[k] = placeIn(s.format, s.name, s.placeFile)
			}
			// The root's other types stay the shared lists of samples
			// (Root.Deploys), not a resource each.
			switch root := byKey[k]; {
			case len(s.types) == 0:
			case root.samples == nil:
				root.samples = s.types
			default:
				root.samples = slices.Concat(root.samples, s.types)
			}
		}
	}
	for _, r := range g.Resources() {
		if root := byKey[rootKey(r.Format, r.Root)]; root != nil && c.keep.has(r.Type) {
			root.Resources = append(root.Resources, r)
		}
	}
	sort.Strings(keys)
	out := make([]Root, len(keys))
	for i, k := range keys {
		rs := byKey[k].Resources
		sort.SliceStable(rs, func(a, b int) bool { return lessResource(rs[a], rs[b]) })
		out[i] = *byKey[k]
	}
	return out, places
}
