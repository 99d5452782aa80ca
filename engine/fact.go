package engine

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
// Rules of one graph run one after another, so no lock is needed.
func (f *Fact[T]) Of(p *Pass) T {
	g := p.graph
	if v, ok := g.facts[f]; ok {
		return v.(T)
	}
	if g.facts == nil {
		g.facts = map[any]any{}
	}
	v := f.compute(&Pass{graph: g, settings: p.settings, Rule: &Rule{ID: "fact"}, reads: p.reads})
	g.facts[f] = v
	return v
}
