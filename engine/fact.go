package engine

import "sync"

// Fact is a value derived from the graph that several rules read, such as
// the decoded policy documents or the index of which bucket each
// configuration resource belongs to. Declared once at package level with
// NewFact, it is computed the first time a rule of a scan asks for it and
// shared by every later rule of that scan, as the analysis framework's
// Requires/ResultType share an analyzer's result:
//
//	var logBuckets = engine.NewFact(func(p *engine.Pass) map[string]bool { ... })
//	...
//	if logBuckets.Of(p)[name] { ... }
//
// The computation sees the graph through a pass of its own: what it reads
// is not counted as examined by the rule that happened to ask first (a
// rule's evidence is what it judges or is handed by ResourcesOfType), and
// it must not report. A Fact's value is shared: callers must not change it.
type Fact[T any] struct {
	compute func(*Pass) T
}

// NewFact declares a fact computed by compute.
func NewFact[T any](compute func(*Pass) T) *Fact[T] {
	return &Fact[T]{compute: compute}
}

// Of returns the fact for the graph p checks, computing it on first use.
// A large root's undeclared rules run on two goroutines
// (rulesahead.go): the first to ask computes the fact while the other
// waits for it. The value does not depend on which asks first: those
// rules declare no Reads, so the fact's pass reads what theirs may.
func (f *Fact[T]) Of(p *Pass) T {
	p.broad = true
	e := p.graph.fact(f)
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.done {
		// A compute that panics leaves the fact to compute again, as
		// before rules could run at once.
		e.v = f.compute(&Pass{graph: p.graph, settings: p.settings, Rule: &Rule{ID: "fact"}, reads: p.reads})
		e.done = true
	}
	return e.v.(T)
}

// factEntry is a fact's value on a graph, once computed.
type factEntry struct {
	mu   sync.Mutex
	done bool
	v    any
}

// fact returns the entry of the fact f on g, made on first use.
func (g *Graph) fact(f any) *factEntry {
	g.mu.Lock()
	defer g.mu.Unlock()
	e := g.facts[f]
	if e == nil {
		if g.facts == nil {
			g.facts = map[any]*factEntry{}
		}
		e = &factEntry{}
		g.facts[f] = e
	}
	return e
}
