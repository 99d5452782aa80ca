package terraform

import (
	"encoding/json"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/soc2lint/soc2lint/parser"
)

// Project is every Terraform module of one scan. Evaluate finds the root
// modules (those no other scanned module calls) and evaluates each from its
// variables, following module calls.
type Project struct {
	// Modules are the scanned module directories, by reported path.
	Modules map[string]*Module
	// Scanned, when set, returns the scanned module in a directory (nil
	// when the directory holds none) in place of Modules during
	// evaluation, for a caller that parses modules on demand. It is
	// called concurrently when roots are evaluated in parallel.
	Scanned func(dir string) *Module
	// Own, when set, returns the scanned module in dir for EvaluateRoot,
	// in place of Scanned, and whether the caller hands it over: nothing
	// else reads its syntax trees from then on (another request for the
	// directory gets a module parsed again). Evaluation then drops the
	// syntax tree of each of its resource blocks once it is evaluated, so
	// that a root of one large file does not hold the trees of the whole
	// file and its evaluated resources together.
	Own func(dir string) (*Module, bool)
	// Load reads a module directory that was not scanned, such as one under
	// .terraform/modules. It must refuse directories outside the scanned
	// tree. Nil means such modules are unresolved.
	Load func(dir string) (*Module, parser.Diagnostics)
	// Files confines the file functions (file, templatefile, ...) of a
	// module directory (as reported); nil means they return unknown values.
	Files func(dir string) FileScope
	// Manifest returns the content of a root module's
	// .terraform/modules/modules.json, or nil.
	Manifest func(rootDir string) []byte
	// AtCall, when set, is called with the root module's directory each
	// time its evaluation reaches a module call, before the called module
	// is read; it may hold the root there for a while (the engine does
	// while another root is heavy). No lock of the Project is held, and it
	// is called concurrently when roots are evaluated in parallel.
	AtCall func(root string)
	// NoValueNodes leaves out of the evaluated nodes the locals, outputs
	// and module calls, and the variables of every module but the root:
	// the graph's value nodes, which rules never see. The root module's
	// variables are still recorded (they tell the variables a root
	// declares).
	NoValueNodes bool
	// EachSmall has EvaluateRootEach hand resources over in root modules
	// of small files too, reading their references first (each.go); it
	// does so otherwise only in root modules with large files, whose
	// references the first parse reads anyway. For tests.
	EachSmall bool
	Options

	mu     sync.Mutex
	loaded map[string]*Module
	tried  map[string]parser.Diagnostics
	// standIns are the stand-in modules parsed, by directory.
	standIns map[string]*Module
}

// limits returns the evaluation limits with defaults applied, without
// writing them into the shared options (roots evaluate in parallel).
func (p *Project) limits() (instances, depth int) {
	instances, depth = p.MaxInstances, p.MaxModuleDepth
	if instances <= 0 {
		instances = DefaultMaxInstances
	}
	if depth <= 0 {
		depth = DefaultMaxModuleDepth
	}
	return instances, depth
}

// Roots returns the directories evaluated as root modules, sorted: every
// module that no other scanned module calls through a local source.
func (p *Project) Roots() []string {
	called := map[string]bool{}
	for dir := range p.Modules {
		for _, child := range p.LocalCalls(dir) {
			called[child] = true
		}
	}
	var roots []string
	for dir, m := range p.Modules {
		if len(m.Files) > 0 && !called[dir] {
			roots = append(roots, dir)
		}
	}
	sort.Strings(roots)
	return roots
}

// LocalCalls returns the directories that the scanned module in dir calls
// through local sources ("./net", "../shared"), other than itself, without
// duplicates, in the order of the calls. Evaluating dir reads no other
// scanned module but these and the ones they call, unless terraform init
// recorded the modules of a root in .terraform/modules/modules.json.
func (p *Project) LocalCalls(dir string) []string {
	m := p.Modules[dir]
	if m == nil {
		return nil
	}
	var sources []string
	for _, call := range m.declarations().calls {
		if src, ok := literalSource(call); ok {
			sources = append(sources, src)
		}
	}
	return LocalDirs(dir, sources)
}

// scanned returns the scanned module in dir, or nil.
func (p *Project) scanned(dir string) *Module {
	if p.Scanned != nil {
		return p.Scanned(dir)
	}
	return p.Modules[dir]
}

// Evaluate evaluates every root module and returns all resource instances.
func (p *Project) Evaluate() ([]*parser.Resource, parser.Diagnostics) {
	var out []*parser.Resource
	var diags parser.Diagnostics
	for _, root := range p.Roots() {
		rs, ds := p.EvaluateRoot(root)
		out = append(out, rs...)
		diags = append(diags, ds...)
	}
	return out, diags
}

// EvaluateRoot evaluates one root module and the modules it calls.
func (p *Project) EvaluateRoot(dir string) ([]*parser.Resource, parser.Diagnostics) {
	return p.evaluateRoot(dir, nil, nil)
}

func (p *Project) evaluateRoot(dir string, each func(*parser.Resource), declared func(map[string]bool, bool)) ([]*parser.Resource, parser.Diagnostics) {
	var m *Module
	owned := false
	if p.Own != nil {
		m, owned = p.Own(dir)
	} else {
		m = p.scanned(dir)
	}
	if m == nil {
		return nil, nil
	}
	run := &rootRun{project: p, root: dir, manifest: p.manifest(dir), terraform: terraformValue(p.Workspace), each: each}
	run.maxInstances, run.maxDepth = p.limits()
	if each != nil && owned {
		run.referenced = p.referencedFor(m)
		if declared != nil {
			d := m.declarations()
			declared(d.declaredTypes(), len(d.calls) > 0)
		}
	}
	ev := newEvaluator(run, m, "", nil)
	ev.dropSyntax = owned
	run.diags = append(run.diags, m.declarations().diags...)
	ev.declareProviders()
	ev.rootVariables()
	ev.evaluate()
	return run.resources, run.diags
}

// rootRun collects what evaluating one root module produces.
type rootRun struct {
	project                *Project
	root                   string
	manifest               map[string]string // module key → directory, from modules.json
	maxInstances, maxDepth int
	terraform              cty.Value // terraform.*
	resources              []*parser.Resource
	diags                  parser.Diagnostics
	// funcs is the function table of the root (functionsFor).
	funcs map[string]function.Function
	// extraPasses counts the passes over module calls whose arguments
	// refer to their own outputs, after the first (see call).
	extraPasses int
	// each is EvaluateRootEach's, referenced what the root module's
	// references name (each.go).
	each       func(*parser.Resource)
	referenced map[refPair]bool
}

// functionsFor returns the function table of the root module being
// evaluated, built once per root: the file functions are confined to its
// directory, and their limits on what they read and produce hold for the
// whole root. It is kept with the run, not the project: the table's
// report function refers to the run's evaluators, which must be freed
// once the root is evaluated.
func (run *rootRun) functionsFor(fs FileScope) map[string]function.Function {
	if run.funcs == nil {
		run.funcs = functions(fs)
	}
	return run.funcs
}

// module returns the module in dir, scanned or loaded on demand.
func (p *Project) module(dir string) (*Module, parser.Diagnostics) {
	if m := p.scanned(dir); m != nil {
		return m, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if m := p.loaded[dir]; m != nil {
		return m, nil
	}
	if ds, ok := p.tried[dir]; ok {
		return nil, ds
	}
	if p.Load == nil {
		return nil, nil
	}
	m, ds := p.Load(dir)
	if p.loaded == nil {
		p.loaded, p.tried = map[string]*Module{}, map[string]parser.Diagnostics{}
	}
	if m == nil {
		p.tried[dir] = ds
		return nil, ds
	}
	p.loaded[dir] = m
	return m, ds
}

// manifest reads .terraform/modules/modules.json of a root module, written
// by terraform init, which maps module keys ("vpc", "vpc.subnets") to the
// directories registry and git modules were downloaded to.
func (p *Project) manifest(root string) map[string]string {
	if p.Manifest == nil {
		return nil
	}
	data := p.Manifest(root)
	if data == nil {
		return nil
	}
	var doc struct {
		Modules []struct {
			Key, Source, Dir string
		}
	}
	if json.Unmarshal(data, &doc) != nil {
		return nil
	}
	out := map[string]string{}
	for _, e := range doc.Modules {
		if e.Key != "" && e.Dir != "" {
			out[e.Key] = path.Clean(path.Join(root, e.Dir))
		}
	}
	return out
}

func literalSource(call *hcl.Block) (string, bool) {
	attrs, _ := call.Body.JustAttributes()
	a, ok := attrs["source"]
	if !ok {
		return "", false
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

func isLocalSource(src string) bool {
	return strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".."
}
