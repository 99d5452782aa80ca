package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser"
)

// Handing each resource to the scan as it is evaluated (issue 10). A root
// whose rules all declare what they read can be checked a resource at a
// time: a resource whose type only rules that judge each resource alone
// read is checked as soon as it is evaluated, and its values dropped,
// rather than held with every other value of the root until the root's
// graph is built. EvaluateRootEach hands the scan each such candidate:
// an instance of a resource block of the root module that nothing in the
// module refers to, so that the evaluation never reads its value again.

// EvaluateRootEach is EvaluateRoot that calls each, when not nil, with
// every resource instance of the root module (not a data source, not a
// module's) that no expression of the root module refers to, once it is
// evaluated and before the next block is, for a root module handed over
// with Project.Own. The evaluation reads nothing of such a resource's
// Body afterwards (each may replace or trim it); the resource stays in the
// list returned, in its place.
//
// declared, when not nil, is called first, before anything is evaluated
// and only for a root module handed over with Project.Own, with the types
// of the root module's resource and data blocks and whether it calls a
// module: a rule that judges each resource with the root's resources of a
// few types (engine.Rule.Given) may judge one as it is evaluated when
// the root has none.
func (p *Project) EvaluateRootEach(dir string, each func(*parser.Resource), declared func(types map[string]bool, calls bool)) ([]*parser.Resource, parser.Diagnostics) {
	return p.evaluateRoot(dir, each, declared)
}

// declaredTypes returns the types of the resource and data blocks of the
// module d declares.
func (d *declarations) declaredTypes() map[string]bool {
	out := map[string]bool{}
	for _, b := range d.resources {
		if len(b.Labels) > 0 {
			out[b.Labels[0]] = true
		}
	}
	return out
}

// referencedFor returns the addresses the references of the root module
// m name (referencedResources): read when its declarations were decoded
// for a module with large files, else, with Project.EachSmall, from its
// syntax trees before anything is evaluated; nil when not known.
func (p *Project) referencedFor(m *Module) map[refPair]bool {
	d := m.declarations()
	if d.referenced == nil && p.EachSmall && d.lazy.blocks == nil {
		return d.referencedResources(m.Files, true)
	}
	return d.referenced
}

// referencedResources returns the addresses (TYPE and NAME, and the forms of
// data sources) that references in files name, as the first names of
// every reference: a superset of the resources the evaluation may read
// the value of. It returns nil, which refers to everything, when a file
// did not parse whole or is not in native syntax. It is computed only for
// a module with lazy blocks (large files), where it is worth its cost,
// and before their references are forgotten (lazyBlocks.forget).
func (d *declarations) referencedResources(files []*File, always bool) map[refPair]bool {
	if d.lazy.blocks == nil && !always {
		return nil
	}
	out := map[refPair]bool{}
	add := func(names [3]string, n int) {
		if n < 2 {
			return
		}
		out[refPair{names[0], names[1]}] = true
		if n >= 3 && (names[0] == "data" || names[0] == "resource") {
			out[refPair{names[1], names[2]}] = true
		}
	}
	check := func(expr hcl.Expression, _ []string) {
		for _, tr := range variables(expr) {
			add(traversalNames3(tr))
		}
	}
	for _, f := range files {
		if f.HCL == nil || f.Broken {
			return nil
		}
		body, ok := f.HCL.Body.(*hclsyntax.Body)
		if !ok {
			return nil
		}
		for _, b := range body.Blocks {
			if lb := d.lazy.blocks[b.Body]; lb != nil && lb.empty() {
				for _, r := range lb.references {
					add(r.names, r.n)
				}
				continue
			}
			// Every block, lifecycle arguments included: more names
			// only hand fewer resources over.
			walkReferences(b.Body, nil, true, check)
		}
		for _, a := range attributesInOrder(body.Attributes) {
			check(a.Expr, nil)
		}
	}
	return out
}

// refPair is the first two names of a reference ("aws_instance", "web"),
// or a data source's or resource's type and name after "data" or
// "resource": a set of them costs no string per reference.
type refPair struct{ a, b string }

// handOver calls the run's each with the instances of the resource block
// key (a resource of the root module, evaluated for good) when nothing in
// the module refers to it.
func (ev *evaluator) handOver(st *resourceState, typ, name string) {
	if ev.run.each == nil || ev.addr != "" || !ev.dropSyntax || st.data || ev.callInFlight() ||
		ev.run.referenced == nil || ev.run.referenced[refPair{typ, name}] {
		return
	}
	for _, r := range st.instances {
		ev.run.each(r)
	}
}
