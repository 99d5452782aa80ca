package engine

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform"
)

// The stages of Scan, each keeping only what the next ones need.

// withDefaults settles the defaults of cfg. Root modules are evaluated in
// parallel: no evaluation may write them into the shared options.
func (cfg Config) withDefaults() Config {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.MaxFileSize <= 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	// Positions are held in 32 bits (parser.Pos): no file of 2 GiB or
	// more is read, whatever the limit asked.
	cfg.MaxFileSize = min(cfg.MaxFileSize, MaxReadable)
	if cfg.Terraform.MaxInstances <= 0 {
		cfg.Terraform.MaxInstances = terraform.DefaultMaxInstances
	}
	if cfg.Terraform.MaxModuleDepth <= 0 {
		cfg.Terraform.MaxModuleDepth = terraform.DefaultMaxModuleDepth
	}
	return cfg
}

// scan is the state the stages of Scan share.
type scan struct {
	cfg   Config
	paths []string
	files fileList
	// diags are the walk's diagnostics.
	diags  parser.Diagnostics
	in     *input
	loader *moduleLoader
}

// discover settles the configuration's defaults and walks paths: the
// files the scan reads, in path order.
func discover(ctx context.Context, paths []string, cfg Config) (*scan, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cfg = cfg.withDefaults()
	cwd, _ := os.Getwd()
	files, diags, err := walk(ctx, paths, cwd, cfg.Exclude)
	if err != nil {
		return nil, err
	}
	reader := fileReader{maxSize: cfg.MaxFileSize, workers: cfg.Workers}
	if cfg.Workers > 1 {
		reader.assist = make(chan struct{}, cfg.Workers-1)
	}
	if !cfg.NoCompatIgnores {
		reader.aliases = aliasIndex(cfg.Rules)
	}
	return &scan{
		cfg: cfg, paths: paths, files: files, diags: diags,
		in:     &input{files: files, results: make([]parsedFile, files.len()), read: reader},
		loader: &moduleLoader{cwd: cwd, roots: scanRoots(paths), read: reader},
	}, nil
}

// evaluateCloudFormation parses every file that is not Terraform (the
// templates, plans and other YAML and JSON), and evaluates and checks the
// top-level templates a stack at a time, following nested stacks and
// applying parameters (engine/stacks.go). It runs first, and keeps no
// template; the plans are kept for Terraform evaluation.
func (s *scan) evaluateCloudFormation(ctx context.Context, chk *checker) (evaluated, error) {
	in := s.in
	set := &stackSet{l: s.loader, params: s.cfg.CloudFormationParameters, chk: chk}
	tops := make([]*topTemplate, in.files.len())
	err := in.parseWhere(ctx, s.cfg, func(p string) bool { return !isTerraformFile(p) }, func(i int, r *parsed) {
		if r.template != nil {
			tops[i] = set.first(in.files.at(i), r.template)
			r.template = nil
		}
	})
	if err != nil {
		return evaluated{}, err
	}
	for i := range in.results {
		if p := in.results[i].plan; p != nil {
			in.plans = append(in.plans, p)
		}
	}
	return set.check(ctx, s.cfg.Workers, tops)
}

// evaluateTerraform reads the module calls of the Terraform files a
// directory per worker, then evaluates the plans and every root module,
// parsing each module when a root first needs it.
func (s *scan) evaluateTerraform(ctx context.Context, chk *checker) (evaluated, error) {
	cache, err := s.in.findCalls(ctx, s.cfg)
	if err != nil {
		return evaluated{}, err
	}
	tf, err := evaluateTerraform(ctx, s.in, cache, s.loader, s.cfg, chk)
	if err != nil {
		// Cancelled: roots already handed out may still be parsing their
		// modules into s.in (parallel returns without waiting for them),
		// so it is left alone; the scan's results are discarded.
		return tf, err
	}
	s.in.release()
	return tf, err
}

// fileFacts is what the scanned files said besides their resources.
type fileFacts struct {
	// diags are the files' parse diagnostics, in file order.
	diags parser.Diagnostics
	// comments are the ignore comments of the walked files, in file
	// order, and the problems with them.
	comments     []*Suppression
	commentDiags parser.Diagnostics
	// readable maps the reported path of every file read as text to the
	// path to read it again from, for quoting.
	readable map[string]string
	// scanned counts the files read and understood.
	scanned int
}

// gather collects what later stages need of the parsed files, and drops
// the parse results.
func (s *scan) gather() fileFacts {
	f := fileFacts{readable: map[string]string{}}
	for i, r := range s.in.results {
		if n := r.notes; n != nil {
			n.waitComments()
			f.diags = append(f.diags, n.diags...)
			f.comments, f.commentDiags = append(f.comments, n.comments...), append(f.commentDiags, n.commentDiags...)
		}
		if r.read {
			c := s.files.at(i)
			f.readable[c.path] = c.abs
		}
		// A file read only as the module of a named .tf file is
		// evaluated with it, not scanned itself.
		if r.understood && !s.files.context(i) {
			f.scanned++
		}
	}
	s.in = nil
	return f
}

// checked is the outcome of running the rules.
type checked struct {
	graph    *Graph
	findings []Finding
	evidence Evidence
	// metadata are the CloudFormation Metadata ignores, and the problems
	// with them.
	metadata      []*Suppression
	metadataDiags parser.Diagnostics
}

// settle applies the ignores (comments of the walked files in path order,
// then of the module files loaded from elsewhere, then CloudFormation
// Metadata) and the path rules, drops the findings of named-file context,
// and reads again the files the findings quote.
func (s *scan) settle(c *checked, facts fileFacts) *Result {
	cfg, g, findings := s.cfg, c.graph, c.findings
	var suppressed []Suppressed
	if !cfg.NoIgnore {
		loaded := s.loader.loadedComments()
		sups := append(facts.comments, loaded.comments...)
		supDiags := append(facts.commentDiags, loaded.diags...)
		sups, supDiags = append(sups, c.metadata...), append(supDiags, c.metadataDiags...)
		now := cfg.Now
		if now.IsZero() {
			now = time.Now()
		}
		var more parser.Diagnostics
		findings, suppressed, more = suppress(findings, sups, cfg.Rules, cfg.Off, now)
		if supDiags = append(supDiags, more...); len(supDiags) > 0 {
			g.Diagnostics = sortDiagnostics(dedupeDiagnostics(append(g.Diagnostics, supDiags...)))
		}
		var off []Suppressed
		findings, off = applyPathRules(findings, cfg.PathRules)
		suppressed = append(suppressed, off...)
	}
	findings, suppressed = dropContext(s.files, findings, suppressed)
	maps.Copy(facts.readable, s.loader.readable())
	sources := quotedSources(findings, suppressed, facts.readable)
	if !cfg.KeepGraph {
		// The graph of the resources the across-roots rules read is not
		// kept past the scan: the findings point at slim copies, and a
		// lint scan's result is written while it is live.
		g = &Graph{Diagnostics: g.Diagnostics}
	}
	return &Result{Graph: g, Findings: findings, Suppressed: suppressed, Diagnostics: g.Diagnostics, Sources: sources, FilesScanned: facts.scanned, Evidence: c.evidence}
}

// input is what parsing the walked files gives evaluation.
type input struct {
	files   fileList
	results []parsedFile
	plans   []*parser.Source
	// read reads and parses the files.
	read fileReader
}

// hasTerraform reports whether the scan has Terraform files to evaluate.
func (s *scan) hasTerraform() bool {
	for i := range s.files.len() {
		if isTerraformFile(s.files.path(i)) {
			return true
		}
	}
	return false
}

// isTerraformFile reports whether the file reported as reported is read
// as Terraform, by its name.
func isTerraformFile(reported string) bool {
	name := path.Base(reported)
	return terraform.IsConfigFile(name) || terraform.IsVarsFile(name)
}

// parseWhere parses the files for which match is true, on cfg.Workers
// goroutines, into in.results, after passing each result to then.
func (in *input) parseWhere(ctx context.Context, cfg Config, match func(reported string) bool, then func(int, *parsed)) error {
	var idx []int
	for i := range in.files.len() {
		if match(in.files.path(i)) {
			idx = append(idx, i)
		}
	}
	return parallel(ctx, cfg.Workers, len(idx), func(j int) {
		i := idx[j]
		r := in.read.parseFile(in.files.at(i))
		then(i, &r)
		in.results[i] = r.kept()
	})
}

// release drops the parse results evaluation no longer needs, keeping
// the small facts later stages read.
func (in *input) release() {
	for i := range in.results {
		in.results[i].tf, in.results[i].plan = nil, nil
	}
	in.plans = nil
}

// moduleCache hands evaluation the scanned Terraform modules, each parsed
// once. Before any is parsed, the module calls of every directory are
// read from its files' module blocks alone (terraform.ModuleSources), so
// that the roots are known: a guess that holds every call the parsed
// modules make, and may hold more. A module is parsed when the first root
// that needs it is evaluated, its diagnostics and ignore comments recorded
// then, and held until every root whose calls reach it is evaluated; the
// directories no root reached are parsed at the end (moduleCache.rest).
type moduleCache struct {
	dirs map[string]*moduleDir
}

// moduleDir is one directory with Terraform files.
type moduleDir struct {
	files []int // indices into input.files, in path order
	// guess are the directories the module calls through local sources
	// as read before it is parsed: every one of calls, and maybe more.
	guess []string
	// mayConfig is true when one of the files is a configuration file
	// (not only variable values).
	mayConfig bool
	// pending counts the roots still to evaluate whose module calls reach
	// the directory.
	pending atomic.Int32

	mu sync.Mutex
	// read is true once the files are parsed: parsed, hasConfig and
	// calls are then set, and the files' parse results recorded.
	read bool
	// parsed is true when some file of the directory parsed without
	// errors: evaluation then finds a module there.
	parsed bool
	// hasConfig is true when one of those is a configuration file.
	hasConfig bool
	// calls are the directories the module calls through local sources.
	calls []string
	m     *terraform.Module // nil when not held
	// lent is set once the held module has been handed to a request
	// other than the one that parsed it (own).
	lent bool
}

// findCalls groups the Terraform files of in by directory and reads the
// module calls of each, a directory per worker, without parsing them:
// the module cache.
func (in *input) findCalls(ctx context.Context, cfg Config) (*moduleCache, error) {
	c := &moduleCache{dirs: map[string]*moduleDir{}}
	var names []string
	for i := range in.files.len() {
		p := in.files.path(i)
		if !isTerraformFile(p) {
			continue
		}
		dir := path.Dir(p)
		d := c.dirs[dir]
		if d == nil {
			d = &moduleDir{}
			c.dirs[dir] = d
			names = append(names, dir)
		}
		d.files = append(d.files, i)
		if terraform.IsConfigFile(path.Base(p)) {
			d.mayConfig = true
		}
	}
	sort.Strings(names)
	err := parallel(ctx, cfg.Workers, len(names), func(j int) {
		dir := names[j]
		d := c.dirs[dir]
		var sources []string
		for _, i := range d.files {
			sources = append(sources, in.read.moduleSources(in.files.at(i))...)
		}
		d.guess = terraform.LocalDirs(dir, sources)
	})
	return c, err
}

// module groups the parsed Terraform files of one directory into a
// module, or returns nil when none parsed without errors.
func (in *input) module(dir string, files []int) *terraform.Module {
	tfs := make([]*terraform.File, len(files))
	for j, i := range files {
		tfs[j] = in.results[i].tf
	}
	return in.moduleOf(dir, files, tfs)
}

// moduleOf makes the module of directory dir from the parsed files tfs
// (nil for those with errors) of its files.
func (in *input) moduleOf(dir string, files []int, tfs []*terraform.File) *terraform.Module {
	var m *terraform.Module
	for j, i := range files {
		if tfs[j] == nil {
			continue
		}
		if m == nil {
			m = &terraform.Module{Dir: dir}
		}
		if terraform.IsVarsFile(path.Base(in.files.path(i))) {
			m.VarFiles = append(m.VarFiles, tfs[j])
		} else {
			m.Files = append(m.Files, tfs[j])
		}
	}
	return m
}

// forget drops the syntax trees of parse results.
func (in *input) forget(files []int) {
	for _, i := range files {
		in.results[i].tf = nil
	}
}

// module returns the module in dir, parsing it when no root has yet, or
// again when it is not held. It holds it as long as roots still to be
// evaluated call it.
func (c *moduleCache) module(in *input, dir string) *terraform.Module {
	d := c.dirs[dir]
	if d == nil {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	var m *terraform.Module
	switch {
	case !d.read:
		m = c.read(in, dir, d)
	case !d.parsed:
		return nil
	case d.m != nil:
		d.lent = true
		return d.m
	default:
		// The same files parse to the same trees; their diagnostics and
		// comments were recorded by the first parse.
		tfs := make([]*terraform.File, len(d.files))
		for j, i := range d.files {
			tfs[j] = in.read.parseFile(in.files.at(i)).tf
		}
		if m = in.moduleOf(dir, d.files, tfs); m == nil {
			// The files changed since the first parse.
			return nil
		}
	}
	if m != nil && d.pending.Load() > 0 {
		d.m = m
	}
	return m
}

// read parses the files of directory dir for the first time, records
// their parse results (without syntax trees) and what the module calls,
// and returns the module, or nil when no file parsed without errors.
// d.mu is held.
func (c *moduleCache) read(in *input, dir string, d *moduleDir) *terraform.Module {
	for _, i := range d.files {
		r := in.read.parseFileWith(in.files.at(i), true)
		in.results[i] = r.kept()
	}
	m := in.module(dir, d.files)
	in.forget(d.files)
	d.read = true
	if m != nil {
		d.parsed, d.hasConfig = true, len(m.Files) > 0
		d.calls = (&terraform.Project{Modules: map[string]*terraform.Module{dir: m}}).LocalCalls(dir)
	}
	return m
}

// own returns the module in dir for the root module evaluated there, and
// whether the root has it to itself (terraform.Project.Own): when no other
// root still to evaluate reaches dir and the held module was handed to no
// one else, the cache lets go of it, and any later request (a
// modules.json entry naming the directory) parses it again.
func (c *moduleCache) own(in *input, dir string) (*terraform.Module, bool) {
	if d := c.dirs[dir]; d != nil {
		d.mu.Lock()
		if m := d.m; m != nil && !d.lent && d.pending.Load() == 1 {
			d.m = nil
			d.mu.Unlock()
			return m, true
		}
		d.mu.Unlock()
	}
	return c.module(in, dir), false
}

// isRoot parses the directory of a root found from the guessed calls, if
// no root has yet, and reports whether it is one: whether it holds a
// configuration file that parsed without errors (the guess only knows
// that it holds one).
func (c *moduleCache) isRoot(in *input, dir string) bool {
	c.module(in, dir)
	d := c.dirs[dir]
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.hasConfig
}

// rest parses, a directory per worker, the directories no root has
// parsed, for their diagnostics, ignore comments and module calls.
func (c *moduleCache) rest(ctx context.Context, in *input, workers int) error {
	var names []string
	for dir, d := range c.dirs {
		if !d.read {
			names = append(names, dir)
		}
	}
	sort.Strings(names)
	return parallel(ctx, workers, len(names), func(j int) {
		d := c.dirs[names[j]]
		d.mu.Lock()
		defer d.mu.Unlock()
		if !d.read {
			c.read(in, names[j], d)
		}
	})
}

// done records that a root whose calls reach dir is evaluated, dropping
// the module when it was the last.
func (c *moduleCache) done(dir string) {
	d := c.dirs[dir]
	if d.pending.Add(-1) == 0 {
		d.mu.Lock()
		d.m = nil
		d.mu.Unlock()
	}
}

// roots returns the directories evaluated as root modules, sorted, as
// terraform.Project.Roots finds them: every directory with configuration
// files that no other scanned module calls through a local source. Every
// directory must have been read.
func (c *moduleCache) roots() []string {
	return c.rootsBy(func(d *moduleDir) ([]string, bool) { return d.calls, d.hasConfig })
}

// guessedRoots returns roots as told by the calls guessed before parsing:
// every root among them is a root (a guess holds every call), but some
// may not hold a configuration file that parses (isRoot), and some roots
// may be missing (one that only a guessed call that is no call names).
func (c *moduleCache) guessedRoots() []string {
	return c.rootsBy(func(d *moduleDir) ([]string, bool) { return d.guess, d.mayConfig })
}

// rootsBy returns the directories that have configuration and that no
// directory calls, by what calls tells of each, sorted.
func (c *moduleCache) rootsBy(calls func(*moduleDir) ([]string, bool)) []string {
	called := map[string]bool{}
	for _, d := range c.dirs {
		children, _ := calls(d)
		for _, child := range children {
			called[child] = true
		}
	}
	var out []string
	for dir, d := range c.dirs {
		if _, config := calls(d); config && !called[dir] {
			out = append(out, dir)
		}
	}
	sort.Strings(out)
	return out
}

// reach returns the scanned directories a root's module calls reach
// through local sources (the guessed ones when guess is set, to be sure
// to count every directory the root parses), the root's own first, and
// counts the root as pending on each.
func (c *moduleCache) reach(root string, guess bool) []string {
	seen := map[string]bool{root: true}
	out := []string{root}
	for i := 0; i < len(out); i++ {
		if d := c.dirs[out[i]]; d != nil {
			children := d.calls
			if guess {
				children = d.guess
			}
			for _, child := range children {
				if !seen[child] && c.dirs[child] != nil {
					seen[child] = true
					out = append(out, child)
				}
			}
		}
	}
	for _, dir := range out {
		c.dirs[dir].pending.Add(1)
	}
	return out
}

// evaluated is what Terraform evaluation gives the later stages.
type evaluated struct {
	// roots are what checking each root left, in evaluation order.
	roots []*rootChecked
	diags parser.Diagnostics
	// metadata are the CloudFormation Metadata ignores, and the problems
	// with them.
	metadata      []*Suppression
	metadataDiags parser.Diagnostics
	// declared are the variables the root modules (and plans) declare, as
	// "var.NAME", for the warning about --var values nobody declares.
	declared map[string]bool
}

// evaluateTerraform evaluates the Terraform plans and root modules, these
// in parallel, and returns their resources. Unless cfg.KeepGraph is set,
// the variables, locals, outputs and module calls of each root are
// dropped as soon as it is evaluated: only the graph picture shows them.
//
// The roots are first those the guessed module calls tell (every one of
// them a root, if its configuration parses), each parsing the modules it
// needs; then the directories no root parsed are parsed, which settles
// the module calls, and the roots the guess missed are evaluated. The
// roots' results are gathered in the order of their directories, as if
// they had all been known at first.
func evaluateTerraform(ctx context.Context, in *input, cache *moduleCache, loader *moduleLoader, cfg Config, chk *checker) (evaluated, error) {
	out := evaluated{declared: map[string]bool{}}
	gate := newRootGate(heavyRoot)
	// A cancelled scan returns without waiting for the roots in flight
	// (parallel): none of them may wait on another from then on.
	defer context.AfterFunc(ctx, gate.stop)()
	e := &rootRunner{in: in, cache: cache, cfg: cfg, chk: chk, gate: gate, planDirs: map[string]bool{}, project: &terraform.Project{
		Scanned:  func(dir string) *terraform.Module { return cache.module(in, dir) },
		Own:      func(dir string) (*terraform.Module, bool) { return cache.own(in, dir) },
		Load:     loader.load,
		Manifest: loader.manifest,
		Files:    loader.fileScope,
		AtCall:   gate.atCall,
		// Rules never see the value nodes; only the graph keeps them.
		NoValueNodes: !cfg.KeepGraph,
		EachSmall:    cfg.earlySmall,
		Options:      cfg.Terraform,
	}}
	guessed := cache.guessedRoots()
	reach := make([][]string, len(guessed))
	for i, root := range guessed {
		reach[i] = cache.reach(root, true)
	}
	// A plan supersedes the configuration beside it: its values are the
	// ones Terraform resolved.
	for _, pl := range in.plans {
		e.planDirs[path.Dir(pl.Path)] = true
		rs, ds := terraform.ParsePlan(*pl, func(dir string) *terraform.Module {
			if m := cache.module(in, dir); m != nil {
				return m
			}
			m, _ := loader.load(dir)
			return m
		})
		declareVariables(out.declared, rs)
		out.roots = append(out.roots, chk.rootOwned(rs))
		out.diags = append(out.diags, ds...)
	}
	first, err := e.run(ctx, guessed, reach, true)
	if err != nil {
		return evaluated{}, err
	}
	byRoot := map[string]*rootOutcome{}
	for i := range first {
		if !first[i].notRoot {
			byRoot[guessed[i]] = &first[i]
		}
	}
	if err := cache.rest(ctx, in, cfg.Workers); err != nil {
		return evaluated{}, err
	}
	roots := cache.roots()
	var missed []string
	for _, root := range roots {
		if byRoot[root] == nil {
			missed = append(missed, root)
		}
	}
	reach = make([][]string, len(missed))
	for i, root := range missed {
		reach[i] = cache.reach(root, false)
	}
	second, err := e.run(ctx, missed, reach, false)
	if err != nil {
		return evaluated{}, err
	}
	for i := range second {
		byRoot[missed[i]] = &second[i]
	}
	for _, root := range roots {
		o := byRoot[root]
		if o.checked != nil {
			out.roots = append(out.roots, o.checked)
		}
		out.diags = append(out.diags, o.diags...)
		for v := range o.declared {
			out.declared[v] = true
		}
	}
	return out, nil
}

// rootRunner evaluates and checks Terraform root modules.
type rootRunner struct {
	in      *input
	cache   *moduleCache
	cfg     Config
	chk     *checker
	project *terraform.Project
	// gate holds back roots while a heavy one is evaluated (rootGate).
	gate     *rootGate
	planDirs map[string]bool
}

// rootOutcome is what evaluating and checking one root left.
type rootOutcome struct {
	checked  *rootChecked
	diags    parser.Diagnostics
	declared map[string]bool
	// notRoot is true for a guessed root that holds no configuration file
	// that parses: no root after all.
	notRoot bool
}

// run evaluates and checks roots in parallel, each reaching the
// directories reach gives, and returns their outcomes in the same order.
// guessed roots are found roots only if their configuration parses.
func (e *rootRunner) run(ctx context.Context, roots []string, reach [][]string, guessed bool) ([]rootOutcome, error) {
	outs := make([]rootOutcome, len(roots))
	err := parallel(ctx, e.cfg.Workers, len(roots), func(i int) {
		e.gate.enter(roots[i])
		defer e.gate.leave(roots[i])
		defer func() {
			// As for parsing: a panic while evaluating one root module is
			// an internal error of that module, never a crash of the run.
			if r := recover(); r != nil {
				outs[i] = rootOutcome{diags: parser.Diagnostics{{
					Severity: parser.SevError, Summary: "internal error while evaluating module",
					Detail: fmt.Sprint(r), Range: parser.Range{File: roots[i]},
				}}}
			}
			for _, dir := range reach[i] {
				e.cache.done(dir)
			}
		}()
		if guessed && !e.cache.isRoot(e.in, roots[i]) {
			outs[i].notRoot = true
			return
		}
		if e.planDirs[roots[i]] {
			return
		}
		var early *early
		var rs []*parser.Resource
		var ds parser.Diagnostics
		if e.chk.earlyOn() {
			early = e.chk.newEarly()
			rs, ds = e.project.EvaluateRootEach(roots[i], early.evaluated, early.declared)
		} else {
			rs, ds = e.project.EvaluateRoot(roots[i])
		}
		if len(e.cfg.Terraform.Vars) > 0 {
			// Only values given for variables are checked against them
			// (undeclaredVars): no map a root kept to the end of the run.
			outs[i].declared = map[string]bool{}
			declareVariables(outs[i].declared, rs)
		}
		if !e.cfg.KeepGraph {
			rs = withoutValueNodes(rs)
		}
		outs[i].diags = ds
		outs[i].checked = e.chk.rootOwnedEarly(rs, early)
	})
	return outs, err
}

// declareVariables adds to declared the variables of root modules among
// nodes, as "var.NAME".
func declareVariables(declared map[string]bool, nodes []*parser.Resource) {
	for _, n := range nodes {
		if n.Kind == parser.NodeVariable && n.Format == parser.Terraform && n.Scope == "" {
			declared[n.Local] = true
		}
	}
}

// withoutValueNodes drops the variable, local, output and module call
// nodes from rs, in place. Rules never see them; provider configurations
// stay, as rules read them (Pass.Providers).
func withoutValueNodes(rs []*parser.Resource) []*parser.Resource {
	out := rs[:0]
	for _, r := range rs {
		if r.Kind == "" || r.Kind == parser.NodeProvider {
			out = append(out, r)
		}
	}
	clear(rs[len(out):])
	return out
}

// quotedSources returns the files the findings (and suppressed findings)
// point at, for writers to quote: readable maps the reported paths of the
// files read as text to the paths to read them again from. Only those
// files are kept, and none is read before a writer asks.
func quotedSources(findings []Finding, suppressed []Suppressed, readable map[string]string) Sources {
	files := sourceFiles{}
	add := func(p string) {
		if abs, ok := readable[p]; ok {
			files[p] = abs
		}
	}
	for _, f := range findings {
		add(f.Range.File)
		for _, r := range f.Related {
			add(r.Range.File)
		}
	}
	for _, sf := range suppressed {
		add(sf.Finding.Range.File)
	}
	return files
}
