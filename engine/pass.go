package engine

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// Pass is what a rule sees while it runs: the graph, through a small API,
// and a way to report findings. It is the only handle a rule gets.
type Pass struct {
	Rule     *Rule
	graph    *Graph
	findings []Finding
	// missing are the missing controls reported, their messages kept as
	// format and arguments (missingControl) until the scan is settled.
	missing []missingControl
	// inspected is the set of resources the rule examined: those it was
	// handed by ResourcesOfType and those it judged or reported on.
	inspected map[*parser.Resource]bool
	// placesVisited counts the missing controls reported (ReportMissing):
	// they share their root's place, but each counts as examined.
	placesVisited int
	memo          map[string]any
	// types are the types the rule asked for, without duplicates: a
	// few, so a slice rather than a map per rule and root, in typesBuf
	// while they fit (most rules ask for one to four types: appending
	// to an empty slice was an allocation or two per rule and root).
	types    []string
	typesBuf [4]string
	// typesShared is set when types is a list the pass shares (a rule
	// counted without running, absent.go), which runRuleIn must not reuse.
	typesShared bool
	// broad is set when the rule read what is not keyed by the types it
	// asked for: the root's resources or nodes, provider configurations,
	// facts, a resource's edges or references, or reported on a resource
	// or root (absent.go). A new method of Pass that reads the graph
	// other than by the types asked for must set it
	// (TestPassMethodsClassified).
	broad bool
	// absent is the run this pass stands for when the rule was counted
	// without running (absent.go).
	absent   *absentRun
	settings Settings
	// unconfigured says why the rule did not run, when it needs a setting.
	unconfigured string
	// undecided are the rule's "cannot tell" notes, one per resource.
	undecided     []Undecided
	undecidedSeen map[*parser.Resource]bool
	// reads, when not nil, are the types the rule declared (Rule.Reads):
	// across roots, it runs on the resources kept of those types; on a
	// root, the values of the other types may have been dropped. Asking
	// for another type is a mistake of the rule's author.
	reads *typeSet
	// askedProviders is set when the rule asked for provider
	// configurations on the graph of a resource checked as it was
	// evaluated, which has none (early.go).
	askedProviders bool
}

// mayRead panics when the rule declared the types it reads and types are
// not among them: the scan did not keep them (across roots) or may have
// dropped their values (per root), so the rule would judge wrongly
// without a word.
func (p *Pass) mayRead(types ...string) {
	if p.reads == nil {
		return
	}
	for _, t := range types {
		if !p.reads.readable(t) {
			panic(fmt.Sprintf("rule %s reads %s, which it does not declare in Rule.Reads", p.Rule.ID, t))
		}
	}
}

// mayFollow is mayRead for the types of the resources a rule follows
// edges to, for a rule that runs on a root: across roots, the resources
// edges lead to are kept without values whatever their type.
func (p *Pass) mayFollow(types ...string) {
	if p.Rule != nil && p.Rule.Scope != AcrossRoots {
		p.mayRead(types...)
	}
}

// NotConfigured records that the rule cannot run without a setting the
// user has not given (such as required-tags), and why. The checklist report
// then says "not assessed" with the reason instead of "no evidence".
func (p *Pass) NotConfigured(reason string) { p.unconfigured = reason }

// OptionsOf returns the rule's options: those the configuration gives for
// it, else the defaults its Options function returns. T is the pointer type
// Options returns; a rule that declares no options gets T's zero value.
func OptionsOf[T any](p *Pass) T {
	var zero T
	if v, ok := p.settings.RuleOptions[p.Rule.ID].(T); ok {
		return v
	}
	if p.Rule.Options != nil {
		if v, ok := p.Rule.Options().(T); ok {
			return v
		}
	}
	return zero
}

// Settings returns the user's settings for this run.
func (p *Pass) Settings() Settings { return p.settings }

// Providers returns the Terraform provider configurations of provider
// name ("aws", "google") that apply to res: the one it uses (res.Provider),
// or, when that is not known (a resource read from a plan), every one
// declared in res's root module, where Terraform configures providers, or
// in the module that declares res, aliases included.
func (p *Pass) Providers(res *parser.Resource, name string) []*parser.Resource {
	p.broad = true
	if p.reads != nil && !p.reads.all && p.Rule != nil && p.Rule.Scope == AcrossRoots {
		panic(fmt.Sprintf("rule %s runs across roots and reads provider configurations, which the scan keeps only for a rule that reads every type (Rule.Reads)", p.Rule.ID))
	}
	if p.graph.single {
		p.askedProviders = true
	}
	return p.providers(res, name)
}

// providers is Providers without its checks.
func (p *Pass) providers(res *parser.Resource, name string) []*parser.Resource {
	// The provider configurations by name and root, indexed once per run
	// of the rule: scanning every node for each resource is quadratic.
	type key struct{ name, root string }
	index := Memo(p, "engine.Providers", func() map[key][]*parser.Resource {
		m := map[key][]*parser.Resource{}
		for _, n := range p.graph.Nodes() {
			if n.Kind == parser.NodeProvider {
				k := key{n.Type, n.Root}
				m[k] = append(m[k], n)
			}
		}
		return m
	})
	var out []*parser.Resource
	for _, n := range index[key{name, res.Root}] {
		if res.Provider != "" && n.Address == res.Provider ||
			res.Provider == "" && (n.Scope == "" || n.Scope == res.Scope) {
			out = append(out, n)
		}
	}
	return out
}

// ProvidersUsed returns the Terraform provider configurations of the
// providers named names ("google", "google-beta") that the root's
// Terraform resources and data sources whose type starts with typePrefix
// ("google_") use (Providers), each once, in the order of first use. It
// reads only what identifies a resource (its format, type, root, module
// and provider), never a body: a rule that judges provider blocks by the
// resources that use them (a hard-coded credential) declares none of
// their types in Rule.Reads for it. It sees every resource of the root,
// those an Alone rule skips (Pass.fresh) too, and nothing on the graph
// of a resource checked as it is evaluated (early.go), which has no
// provider configurations: the root's run of the rule judges them, on
// the resources' identities, which checking as evaluated keeps. As
// Providers, it panics in a rule that runs across roots without reading
// every type: the scan keeps provider configurations only for those.
func (p *Pass) ProvidersUsed(typePrefix string, names ...string) []*parser.Resource {
	p.broad = true
	if p.reads != nil && !p.reads.all && p.Rule != nil && p.Rule.Scope == AcrossRoots {
		panic(fmt.Sprintf("rule %s runs across roots and reads provider configurations, which the scan keeps only for a rule that reads every type (Rule.Reads)", p.Rule.ID))
	}
	if p.graph.single {
		return nil
	}
	var out []*parser.Resource
	seen := map[*parser.Resource]bool{}
	for _, res := range p.graph.Resources() {
		if res.Kind != "" || res.Format != parser.Terraform || !strings.HasPrefix(res.Type, typePrefix) {
			continue
		}
		for _, name := range names {
			for _, pr := range p.providers(res, name) {
				if !seen[pr] {
					seen[pr] = true
					out = append(out, pr)
				}
			}
		}
	}
	return out
}

// Memo returns the value computed once per run of the rule under key. It
// lets a rule build an index over the graph once instead of scanning all
// resources for each resource, which would be quadratic.
func Memo[T any](p *Pass, key string, compute func() T) T {
	if v, ok := p.memo[key]; ok {
		return v.(T)
	}
	if p.memo == nil {
		p.memo = map[string]any{}
	}
	v := compute()
	p.memo[key] = v
	return v
}

// examined is the number of resources the rule examined, for the
// checklist report.
func (p *Pass) examined() int { return len(p.inspected) + p.placesVisited }

// visit counts res as examined by the rule.
func (p *Pass) visit(res *parser.Resource) {
	if res == nil || res.Kind != "" {
		return
	}
	if p.inspected == nil {
		p.inspected = map[*parser.Resource]bool{}
	}
	p.inspected[res] = true
}

// ResourcesOfType returns the resources of the given types in a stable
// order. What it returns counts as examined for the checklist report.
func (p *Pass) ResourcesOfType(types ...string) []*parser.Resource {
	p.mayRead(types...)
	rs := p.fresh(p.graph.OfType(types...))
	for _, r := range rs {
		p.visit(r)
	}
	for _, t := range types {
		if !slices.Contains(p.types, t) {
			if p.types == nil {
				p.types = p.typesBuf[:0]
			}
			p.types = append(p.types, t)
		}
	}
	return rs
}

// Root is a root module or top-level template: the unit account-level
// controls are judged in.
type Root struct {
	// Name is the root module directory or template path.
	Name   string
	Format parser.Format
	// Resources are the root's resources (its modules' included). For a
	// rule that runs across roots, only those of the types it declared in
	// Rule.Reads: the root's other types are samples, which only Deploys
	// reads.
	Resources []*parser.Resource
	// samples are, for a rule that runs across roots, the types the root
	// declares that the rule did not declare in Rule.Reads, once each
	// (shared between roots that declare the same: checker.sampleList).
	samples []sampleType
}

// Deploys reports whether the root declares a resource (not a data
// source) for which match is true. Across roots, match also sees, for
// each type the rule did not declare, a sample resource of that type: its
// format, type and root, and no address, position or body.
func (r Root) Deploys(match func(*parser.Resource) bool) bool {
	for _, res := range r.Resources {
		if !res.Data && match(res) {
			return true
		}
	}
	var sample *parser.Resource
	for _, t := range r.samples {
		if t.data {
			continue
		}
		// One sample made per call and reused: match judges it and lets
		// it go (samples used to be kept per root and type to the end).
		if sample == nil {
			sample = &parser.Resource{Format: r.Format, Root: r.Name}
		}
		sample.Type = t.name
		if match(sample) {
			return true
		}
	}
	return false
}

// declares reports whether the root declares any resource or data source.
func (r Root) declares() bool { return len(r.Resources) > 0 || len(r.samples) > 0 }

// Holds reports whether r belongs to the root.
func (root Root) Holds(r *parser.Resource) bool {
	return r.Format == root.Format && r.Root == root.Name
}

// RootsDeploying returns the roots that declare a resource (not a data
// source) for which match is true, sorted by name: the roots of one cloud,
// whose account-level controls a rule checks.
func (p *Pass) RootsDeploying(match func(*parser.Resource) bool) []Root {
	var out []Root
	for _, root := range p.Roots() {
		if root.Deploys(match) {
			out = append(out, root)
		}
	}
	return out
}

// Roots returns every root module and template that declares resources,
// sorted by name.
func (p *Pass) Roots() []Root {
	p.broad = true
	if p.graph.roots != nil {
		return append([]Root(nil), p.graph.roots...)
	}
	// A root's graph holds one root, or a few: the root last seen is
	// tried first, and the key the roots are sorted by ("FORMAT|ROOT") is
	// made once per root, not per resource.
	type key struct {
		format parser.Format
		root   string
	}
	byKey := map[key]int{}
	var roots []*Root
	var names []string
	last := -1
	for _, r := range p.graph.Resources() {
		if last < 0 || roots[last].Format != r.Format || roots[last].Name != r.Root {
			i, ok := byKey[key{r.Format, r.Root}]
			if !ok {
				i = len(roots)
				byKey[key{r.Format, r.Root}] = i
				roots = append(roots, &Root{Name: r.Root, Format: r.Format})
				names = append(names, string(r.Format)+"|"+r.Root)
			}
			last = i
		}
		roots[last].Resources = append(roots[last].Resources, r)
	}
	order := make([]int, len(roots))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return names[order[i]] < names[order[j]] })
	out := make([]Root, len(roots))
	for i, j := range order {
		out[i] = *roots[j]
	}
	return out
}

// ReportMissing records that root declares no resource providing an
// account-level control. It is a finding only in account-baseline mode;
// otherwise the checklist report lists it as "no evidence in the scanned
// code". The finding is attached to the root itself (its main file).
func (p *Pass) ReportMissing(root Root, format string, args ...any) {
	p.broad = true
	if !root.declares() {
		return
	}
	where := p.accountPlace(root)
	// Each missing control counts as one examined resource, as when each
	// had a place of its own.
	p.placesVisited++
	p.missing = append(p.missing, newMissingControl(where, format, args))
}

// missingFindings returns the pass's missing controls as findings.
func (p *Pass) missingFindings() []Finding {
	if len(p.missing) == 0 {
		return nil
	}
	out := make([]Finding, len(p.missing))
	for i, mc := range p.missing {
		out[i] = mc.finding(p.Rule)
	}
	return out
}

// Report records a finding about res at the offending value v. When v is
// nil or carries no position, the finding points at the resource itself.
// Every place v came through is attached as a related location.
func (p *Pass) Report(res *parser.Resource, v *parser.Value, format string, args ...any) {
	p.broad = true
	p.visit(res)
	rng := res.Range
	var related []Related
	if v != nil && !v.Range.IsZero() {
		rng = v.Range
		// A block or mapping is named by its key: point at the key line.
		if (v.Kind == parser.Object || v.Kind == parser.List) && !v.KeyRange.IsZero() &&
			v.KeyRange.File == rng.File && v.KeyRange.Start.Byte < rng.Start.Byte {
			rng.Start = v.KeyRange.Start
		}
		for _, s := range v.Via() {
			related = append(related, Related{Range: s.Range, Kind: Origin, Message: s.Note})
		}
	}
	var causes []string
	if res.StandIn != nil {
		rng, related, causes = standInCauses(p.Rule.ID, res, rng, related)
	}
	p.findings = append(p.findings, Finding{
		Rule:     p.Rule,
		Resource: res,
		Range:    rng,
		Attr:     attrPath(res.Body, v),
		Message:  fmt.Sprintf(format, args...),
		Related:  related,
		Causes:   causes,
	})
}

// standInCauses explains a finding about a resource of a registry module
// evaluated with soc2lint's stand-in: the module defaults its value came
// through, or, for a finding about the resource as a whole (at the module
// call, with no place it came through), the inputs of the call that
// decide it (enable_flow_log defaults to false), as related places. A
// finding decided by one argument the call passes points at it.
func standInCauses(rule string, res *parser.Resource, rng parser.Range, related []Related) (parser.Range, []Related, []string) {
	var causes []string
	for _, r := range related {
		if d := res.StandIn.DefaultIn(r.Message); d != "" {
			causes = append(causes, d)
		}
	}
	if len(related) > 0 || rng != res.Range {
		return rng, related, causes
	}
	cs := res.StandIn.CausesOf(rule, res.Type)
	for _, c := range cs {
		related = append(related, Related{Range: c.At, Kind: Origin, Message: c.Note})
		causes = append(causes, c.Text)
	}
	if len(cs) == 1 && cs[0].Points {
		rng = cs[0].At
	}
	return rng, related, causes
}

// DataSourcesOfType returns the Terraform data sources of the given types.
func (p *Pass) DataSourcesOfType(types ...string) []*parser.Resource {
	p.mayRead(types...)
	var out []*parser.Resource
	for _, t := range types {
		if !p.graph.mayHaveType(t) {
			continue
		}
		for _, r := range p.graph.byType[t] {
			if r.Data {
				out = append(out, r)
			}
		}
	}
	return out
}

// OfType returns the resources of the given types for a rule to consult,
// not to judge: the trails an alarm may watch, the policies a user may
// have. They do not count as examined; ResourcesOfType returns the
// resources a rule judges.
func (p *Pass) OfType(types ...string) []*parser.Resource {
	p.mayRead(types...)
	return p.fresh(p.graph.OfType(types...))
}

// All returns every resource and data source for a rule to consult, in
// graph order (for a rule that runs across roots, those of the types it
// declared in Rule.Reads). They do not count as examined.
func (p *Pass) All() []*parser.Resource {
	p.broad = true
	if p.reads == nil || p.reads.all {
		return p.fresh(p.graph.Resources())
	}
	// The types the rule declared: across roots the others are not kept,
	// on a root their values may have been dropped.
	var out []*parser.Resource
	for _, r := range p.graph.Resources() {
		if p.reads.has(r.Type) && !p.skips(r) {
			out = append(out, r)
		}
	}
	return out
}

// EdgesFrom returns the references res makes, with their attributes.
func (p *Pass) EdgesFrom(res *parser.Resource) []Edge {
	p.broad = true
	return p.graph.EdgesFrom(res)
}

// EdgesTo returns the references made to res, with their attributes.
func (p *Pass) EdgesTo(res *parser.Resource) []Edge {
	p.broad = true
	return p.graph.EdgesTo(res)
}

// attrMatches reports whether an edge's attribute path is attr: the same
// path, or the same final name ("bucket" matches "logging[0].bucket") when
// attr has no dot. An empty attr matches every path.
func attrMatches(path, attr string) bool {
	if attr == "" || path == attr {
		return true
	}
	if strings.Contains(attr, ".") {
		return false
	}
	last := path[strings.LastIndexAny(path, ".]")+1:]
	return last == attr
}

// Referrers returns the resources of the given types (any type when none)
// whose attribute attr (any when empty) refers to res, by expression,
// depends_on or literal name, in graph order without duplicates.
func (p *Pass) Referrers(res *parser.Resource, attr string, types ...string) []*parser.Resource {
	p.broad = true
	p.mayFollow(types...)
	var out []*parser.Resource
	for _, e := range p.graph.EdgesTo(res) {
		if e.From.Kind == "" && attrMatches(e.Attr, attr) && typeIn(e.From.Type, types) && !containsResource(out, e.From) {
			out = append(out, e.From)
		}
	}
	return out
}

// Referenced returns the resources of the given types (any when none) that
// res refers to through attribute attr (any when empty).
func (p *Pass) Referenced(res *parser.Resource, attr string, types ...string) []*parser.Resource {
	p.broad = true
	return p.referenced(res, attr, attrMatches, types)
}

// ReferencedUnder is Referenced for attr and everything under it: the
// path attr itself, an element of it ("Roles[0]") or a part of it
// ("inline_policy[0].policy"), but not another attribute of the same final
// name elsewhere, which Referenced would also match.
func (p *Pass) ReferencedUnder(res *parser.Resource, attr string, types ...string) []*parser.Resource {
	p.broad = true
	return p.referenced(res, attr, attrUnder, types)
}

func (p *Pass) referenced(res *parser.Resource, attr string, match func(path, attr string) bool, types []string) []*parser.Resource {
	p.mayFollow(types...)
	var out []*parser.Resource
	for _, e := range p.graph.EdgesFrom(res) {
		if e.To.Kind == "" && match(e.Attr, attr) && typeIn(e.To.Type, types) && !containsResource(out, e.To) {
			out = append(out, e.To)
		}
	}
	return out
}

// attrUnder reports whether an edge's attribute path is attr or lies under
// it: attr followed by an index or a dotted part. An empty attr matches
// every path.
func attrUnder(path, attr string) bool {
	if attr == "" || path == attr {
		return true
	}
	return len(path) > len(attr) && strings.HasPrefix(path, attr) && (path[len(attr)] == '[' || path[len(attr)] == '.')
}

// InRoot returns the resources of the given types deployed from the same
// root module or top-level template as res: where account- and
// region-level controls (EBS encryption by default, S3 account public
// access block, CloudTrail) are looked up.
func (p *Pass) InRoot(res *parser.Resource, types ...string) []*parser.Resource {
	p.broad = true
	p.mayRead(types...)
	var out []*parser.Resource
	for _, r := range p.graph.OfType(types...) {
		if r.Root == res.Root {
			out = append(out, r)
		}
	}
	return out
}

func typeIn(t string, types []string) bool {
	if len(types) == 0 {
		return true
	}
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

// Unresolved reports whether res's attribute attr is written but unknown
// and refers to no scanned resource: it names something outside the scanned
// code (a VPC created elsewhere), so a rule cannot follow it.
func (p *Pass) Unresolved(res *parser.Resource, attr string) bool {
	p.broad = true
	v := res.Body.Get(attr)
	if v == nil || v.Kind != parser.Unknown {
		return false
	}
	return len(p.Referenced(res, attr)) == 0
}
