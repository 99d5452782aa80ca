package engine

import (
	"slices"
	"sort"
	"strconv"
	"sync"

	"github.com/soc2lint/soc2lint/parser"
)

// Graph is the resource graph of one scan: every resource of every
// Terraform module and CloudFormation template, and the references between
// them at attribute level.
type Graph struct {
	resources []*parser.Resource
	nodes     []*parser.Resource // resources and the other nodes
	byType    map[string][]*parser.Resource
	byNode    map[string][]*parser.Resource // scope|local → instances
	out       map[*parser.Resource][]Edge
	in        map[*parser.Resource][]Edge
	links     []LiteralLink
	// facts are the facts' values (Fact.Of), computed on first use;
	// mu guards facts and places, which rules running at once on the
	// graph may make (rulesahead.go).
	mu    sync.Mutex
	facts map[any]*factEntry
	// roots and places, set on the graph of the resources kept for the
	// rules that run across roots, are every root of the scan and where
	// its account-level findings point (by rootKey): the graph itself
	// lacks most of their resources. On other graphs places holds the
	// places made so far (Pass.accountPlace).
	roots  []Root
	places map[string]*parser.Resource
	// Diagnostics are the problems met while reading the input.
	Diagnostics parser.Diagnostics
	// early are the resources checked as they were evaluated, which the
	// rules that judge each resource alone skip (Pass.fresh); single is
	// set on the graph of one such resource (early.go).
	early  map[*parser.Resource]bool
	single bool
	// types, when typesSet, holds a bit (typeBit) for each type in
	// byType: OfType answers for a type the root has none of, which is
	// what almost every rule asks on almost every root, without hashing
	// the name (NewGraph sets it; a graph made otherwise has it unset).
	types    [4]uint64
	typesSet bool
}

// typeBit is the bit of a type's name in Graph.types: a few of its
// bytes mixed, as different across the types of a root as it needs to be
// to skip most lookups of an absent type, and far cheaper than hashing
// the whole name.
func typeBit(t string) uint8 {
	n := len(t)
	if n == 0 {
		return 0
	}
	return uint8(n*61 + int(t[n-1])*31 + int(t[n/2])*7 + int(t[n*2/3]))
}

// mayHaveType reports whether the graph may hold a node of type t in
// byType (false: surely none).
func (g *Graph) mayHaveType(t string) bool {
	if !g.typesSet {
		return true
	}
	b := typeBit(t)
	return g.types[b>>6]&(1<<(b&63)) != 0
}

// EdgeKind says how an edge was found.
type EdgeKind string

// Edge kinds.
const (
	// Reference is an expression reference: a Terraform traversal, a
	// CloudFormation Ref, GetAtt or Sub.
	Reference EdgeKind = "reference"
	// DependsOn is an explicit depends_on / DependsOn.
	DependsOn EdgeKind = "depends_on"
	// Literal links a literal value to the resource it names, such as
	// bucket = "acme-logs" to the bucket called acme-logs.
	Literal EdgeKind = "literal"
	// Uses links a value to a variable, local, output or module call it
	// names as written.
	Uses EdgeKind = "uses"
)

// Edge is one reference from an attribute of one resource to another.
type Edge struct {
	From *parser.Resource
	// Attr is the path of the referring attribute: "vpc_id",
	// "ingress[0].security_groups", "Properties.Bucket" without the prefix.
	Attr string
	To   *parser.Resource
	Kind EdgeKind
	// Range is where the reference is written.
	Range parser.Range
	// Direct is true when the reference is written as such, not reached
	// through a local, variable or module output.
	Direct bool
}

// LiteralLink names an attribute that identifies a resource by a literal
// name (an S3 bucket's name in a logging configuration, a VPC id), and the
// type and attribute of the resource that holds the name. The rules
// packages declare them on the rules that follow such links
// (Rule.LiteralLinks): the engine knows graphs, not clouds.
type LiteralLink struct {
	// Attr is the last name of the attribute path that holds the literal.
	Attr string
	// ToType and ToAttr are the named resource's type and name attribute.
	ToType, ToAttr string
}

// NewGraph builds a graph from resources, with literal edges for links.
// The resources are sorted by file, position and address so that rules see
// them in a deterministic order.
func NewGraph(resources []*parser.Resource, links ...LiteralLink) *Graph {
	all := append([]*parser.Resource(nil), resources...)
	sort.SliceStable(all, func(i, j int) bool { return lessResource(all[i], all[j]) })
	var rs []*parser.Resource
	for _, r := range all {
		if r.Kind == "" {
			rs = append(rs, r)
		}
	}
	g := &Graph{
		resources: rs, nodes: all, byType: map[string][]*parser.Resource{}, byNode: map[string][]*parser.Resource{},
		out: map[*parser.Resource][]Edge{}, in: map[*parser.Resource][]Edge{}, links: links,
	}
	for _, r := range all {
		if r.Local == "" {
			r.Local = r.Address
		}
		if r.Scope == "" && r.Format == parser.CloudFormation {
			r.Scope = r.Module
		}
		if r.Root == "" {
			r.Root = r.Module
		}
		if r.Kind == "" {
			g.byType[r.Type] = append(g.byType[r.Type], r)
			b := typeBit(r.Type)
			g.types[b>>6] |= 1 << (b & 63)
		}
		k := nodeKey(r)
		g.byNode[k] = append(g.byNode[k], r)
	}
	g.typesSet = true
	names := g.literalNames()
	w := &linkWalk{}
	for _, r := range all {
		g.link(r, names, w)
	}
	return g
}

// nodeKey names the block a resource instance comes from. Terraform
// references are module-qualified addresses within a root module
// (`module.net.aws_vpc.main`); CloudFormation ones are logical ids within
// a template.
// swapped returns g with the nodes in swap replaced by their values: the
// same edges between the same places, no facts, account places or roots
// computed yet (Config.CheckReads runs a rule on it with some bodies
// emptied, as the scan may leave them, edges intact).
func (g *Graph) swapped(swap map[*parser.Resource]*parser.Resource) *Graph {
	to := func(r *parser.Resource) *parser.Resource {
		if s, ok := swap[r]; ok {
			return s
		}
		return r
	}
	list := func(rs []*parser.Resource) []*parser.Resource {
		out := make([]*parser.Resource, len(rs))
		for i, r := range rs {
			out[i] = to(r)
		}
		return out
	}
	edges := func(es []Edge) []Edge {
		out := make([]Edge, len(es))
		for i, e := range es {
			e.From, e.To = to(e.From), to(e.To)
			out[i] = e
		}
		return out
	}
	s := &Graph{resources: list(g.resources), nodes: list(g.nodes), links: g.links, types: g.types, typesSet: g.typesSet,
		byType: map[string][]*parser.Resource{}, byNode: map[string][]*parser.Resource{},
		out: map[*parser.Resource][]Edge{}, in: map[*parser.Resource][]Edge{}}
	for k, rs := range g.byType {
		s.byType[k] = list(rs)
	}
	for k, rs := range g.byNode {
		s.byNode[k] = list(rs)
	}
	for r, es := range g.out {
		s.out[to(r)] = edges(es)
	}
	for r, es := range g.in {
		s.in[to(r)] = edges(es)
	}
	return s
}

func nodeKey(r *parser.Resource) string {
	if r.Format == parser.CloudFormation {
		return refKey(r, r.Local)
	}
	q := r.Local
	if r.Scope != "" {
		q = r.Scope + "." + r.Local
	}
	return refKey(r, q)
}

func refKey(from *parser.Resource, ref string) string {
	if from.Format == parser.CloudFormation {
		return "cfn|" + from.Scope + "|" + ref
	}
	return "tf|" + from.Root + "|" + ref
}

// resolve finds the instances a reference from a resource names.
func (g *Graph) resolve(from *parser.Resource, ref string) []*parser.Resource {
	return g.byNode[refKey(from, ref)]
}

// literalNames indexes the resources that literal links can name.
func (g *Graph) literalNames() map[string][]*parser.Resource {
	names := map[string][]*parser.Resource{}
	for _, l := range g.links {
		for _, r := range g.byType[l.ToType] {
			if s, ok := r.Body.Get(l.ToAttr).AsString(); ok && s != "" {
				k := l.ToType + "|" + s
				if !containsResource(names[k], r) {
					names[k] = append(names[k], r)
				}
			}
		}
	}
	return names
}

// link records the edges out of r.
func (g *Graph) link(r *parser.Resource, names map[string][]*parser.Resource, w *linkWalk) {
	add := func(e Edge) {
		if e.To == r {
			return
		}
		for _, x := range g.out[r] {
			if x.To == e.To && x.Attr == e.Attr && x.Kind == e.Kind {
				return
			}
		}
		g.out[r] = append(g.out[r], e)
		g.in[e.To] = append(g.in[e.To], e)
	}
	// The path of each value is made only when an edge is found there:
	// made for every value of every resource, the paths were most of what
	// building the graph of a large root allocated.
	w.visit = func(at *linkPath, v *parser.Value) {
		for _, ref := range v.Refs() {
			direct := slices.Contains(v.Uses(), ref)
			for _, to := range g.resolve(r, ref) {
				add(Edge{From: r, Attr: at.String(), To: to, Kind: Reference, Range: v.Range, Direct: direct})
			}
		}
		for _, u := range v.Uses() {
			for _, to := range g.resolve(r, u) {
				if to.Kind != "" || r.Kind != "" {
					add(Edge{From: r, Attr: at.String(), To: to, Kind: Uses, Range: v.Range, Direct: true})
				}
			}
		}
		if v.Kind != parser.String || len(g.links) == 0 {
			return
		}
		last := at.last()
		for _, l := range g.links {
			if l.Attr != string(last) {
				continue
			}
			for _, to := range names[l.ToType+"|"+v.Str] {
				if to.Root == r.Root {
					add(Edge{From: r, Attr: at.String(), To: to, Kind: Literal, Range: v.Range, Direct: true})
				}
			}
		}
	}
	w.walk(r.Body)
	w.visit = nil
	for _, d := range r.DependsOn {
		for _, to := range g.resolve(r, d) {
			add(Edge{From: r, Attr: "depends_on", To: to, Kind: DependsOn, Range: r.Range, Direct: true})
		}
	}
}

// linkWalk is walkValues for Graph.link: it calls visit for every value
// inside a value (not the value itself), in walkValues's order, with its
// path as bytes, made a string only when asked (linkPath.String; an
// attribute at the top is its name, as walkValues gives it). One serves
// every resource of a graph, its buffers reused.
type linkWalk struct {
	visit func(*linkPath, *parser.Value)
	path  linkPath
	keys  []string
}

// linkPath is the path of the value linkWalk visits: the bytes of the path
// walkValues gives, and the string once made.
type linkPath struct {
	b   []byte
	s   string
	has bool
}

// String returns the path as walkValues gives it.
func (p *linkPath) String() string {
	if !p.has {
		p.s, p.has = string(p.b), true
	}
	return p.s
}

// last returns the path after its last dot, as link matched literal links.
func (p *linkPath) last() []byte {
	for i := len(p.b) - 1; i >= 0; i-- {
		if p.b[i] == '.' {
			return p.b[i+1:]
		}
	}
	return p.b
}

func (w *linkWalk) walk(v *parser.Value) {
	if v == nil {
		return
	}
	if len(w.path.b) > 0 {
		w.visit(&w.path, v)
	}
	n := len(w.path.b)
	switch v.Kind {
	case parser.Object:
		// The keys, sorted, on a stack shared by the walk (Value.Keys
		// makes a slice per object).
		from := len(w.keys)
		for k := range v.Attrs {
			w.keys = append(w.keys, k)
		}
		slices.Sort(w.keys[from:])
		for i := from; i < len(w.keys); i++ {
			k := w.keys[i]
			if n > 0 {
				w.path.b = append(w.path.b, '.')
			}
			w.path.b = append(w.path.b, k...)
			w.path.s, w.path.has = k, n == 0
			w.walk(v.Attrs[k])
			w.path.b = w.path.b[:n]
		}
		clear(w.keys[from:])
		w.keys = w.keys[:from]
	case parser.List:
		for i, e := range v.Elems {
			w.path.b = append(w.path.b, '[')
			w.path.b = strconv.AppendInt(w.path.b, int64(i), 10)
			w.path.b = append(w.path.b, ']')
			w.path.has = false
			w.walk(e)
			w.path.b = w.path.b[:n]
		}
	}
}

// walkValues calls fn for v and every value inside it, with its path.
func walkValues(v *parser.Value, path string, fn func(string, *parser.Value)) {
	if v == nil {
		return
	}
	if path != "" {
		fn(path, v)
	}
	switch v.Kind {
	case parser.Object:
		for _, k := range v.Keys() {
			p := k
			if path != "" {
				p = path + "." + k
			}
			walkValues(v.Attrs[k], p, fn)
		}
	case parser.List:
		for i, e := range v.Elems {
			walkValues(e, path+"["+strconv.Itoa(i)+"]", fn)
		}
	}
}

func containsResource(rs []*parser.Resource, r *parser.Resource) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func lessResource(a, b *parser.Resource) bool {
	if a.Range.File != b.Range.File {
		return a.Range.File < b.Range.File
	}
	if a.Range.Start.Byte != b.Range.Start.Byte {
		return a.Range.Start.Byte < b.Range.Start.Byte
	}
	return a.Address < b.Address
}

// Resources returns every resource and data source in order.
func (g *Graph) Resources() []*parser.Resource { return g.resources }

// Nodes returns every node in order: resources, data sources, and the
// variables, locals, outputs and module calls of Terraform modules.
func (g *Graph) Nodes() []*parser.Resource { return g.nodes }

// EdgesFrom returns the references out of r, in attribute order.
func (g *Graph) EdgesFrom(r *parser.Resource) []Edge { return g.out[r] }

// EdgesTo returns the references into r, in graph order of the referrers.
func (g *Graph) EdgesTo(r *parser.Resource) []Edge { return g.in[r] }

// OfType returns the resources (not data sources) of the given types, in
// graph order.
func (g *Graph) OfType(types ...string) []*parser.Resource {
	if len(types) == 1 {
		if !g.mayHaveType(types[0]) {
			return nil
		}
		return withoutData(g.byType[types[0]])
	}
	// A type named again is skipped (types are few: a scan of those
	// before costs less than a set). out is made once, to its size.
	n := 0
	for i, t := range types {
		if g.mayHaveType(t) && !slices.Contains(types[:i], t) {
			n += len(g.byType[t])
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]*parser.Resource, 0, n)
	for i, t := range types {
		if slices.Contains(types[:i], t) {
			continue
		}
		for _, r := range g.byType[t] {
			if !r.Data {
				out = append(out, r)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	// slices' stable sort, unlike sort's, makes no swapper by reflection.
	slices.SortStableFunc(out, cmpResource)
	return out
}

// cmpResource is lessResource as a comparison.
func cmpResource(a, b *parser.Resource) int {
	switch {
	case lessResource(a, b):
		return -1
	case lessResource(b, a):
		return 1
	}
	return 0
}

func withoutData(rs []*parser.Resource) []*parser.Resource {
	for _, r := range rs {
		if r.Data {
			out := make([]*parser.Resource, 0, len(rs))
			for _, r := range rs {
				if !r.Data {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return rs
}
