package engine

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
)

// Limits of nested stack expansion.
const (
	maxStackDepth     = 16
	maxStackInstances = 10000
)

// stackSet evaluates and checks the scanned CloudFormation templates a
// top-level stack at a time, following nested stacks:
// AWS::CloudFormation::Stack resources (and AWS::Serverless::Application,
// which the parser turns into one) whose TemplateURL is a local path. The
// nested template is evaluated with the parameters the parent passes, once
// per stack resource; its resources carry the parent's call site and the
// top-level template as Root. A template that a scanned template nests is
// evaluated only as nested, as a Terraform module that is called is not a
// root.
//
// No template needs another's values: Fn::ImportValue evaluates to an
// unknown value naming the export (parser.Value.Import), and the rules
// that match imports with other templates' exports run across roots. So
// each top-level stack is checked by the per-root rules as soon as it is
// evaluated, and dropped: the first pass (first) parses every template,
// evaluates it as a top-level stack, notes which templates it nests and
// checks it right away when it nests none, which is most of them; once
// every template is known, the stacks with nested stacks are parsed again
// and checked, in parallel (check).
type stackSet struct {
	l      *moduleLoader
	params map[string]cloudformation.ParamValue
	chk    *checker
}

// topTemplate is what the first pass keeps of a scanned template.
type topTemplate struct {
	file candidate
	// diags are the problems of evaluating it as a top-level stack.
	diags parser.Diagnostics
	// nests and undeployed are the reported paths of the templates its
	// nested stack resources name, deployed and under a false Condition.
	nests, undeployed []string
	// leaf is true when it nests no stack: it was checked as a root, in
	// checked.
	leaf    bool
	checked stackChecked
}

// stackChecked is what checking one top-level stack leaves.
type stackChecked struct {
	root    *rootChecked
	diags   parser.Diagnostics
	ignores []metadataIgnores
	// seen are the templates evaluated for the stack, its own first.
	seen []string
}

// stacker follows the nested stacks of one top-level stack.
type stacker struct {
	*stackSet
	byPath map[string]*cloudformation.Template // nil: could not be read
	// scanned are the templates of the walk, by reported path: they are
	// parsed again when nested, without their diagnostics and comments,
	// which the first parse recorded.
	scanned map[string]candidate
	seen    []string
	out     []*parser.Resource
	diags   parser.Diagnostics
	count   int
	capped  bool
}

// first evaluates a scanned template as a top-level stack, notes the
// templates it nests and, when it nests none, checks it as a root. It is
// safe to call from several goroutines.
func (set *stackSet) first(f candidate, t *cloudformation.Template) *topTemplate {
	rs, diags := set.topLevel(t)
	top := &topTemplate{file: f, diags: diags}
	probe := &stacker{stackSet: set}
	stacks := stackResources(rs)
	for _, st := range stacks {
		if child, ok := probe.childPath(f.path, st, false); ok {
			top.nests = append(top.nests, child)
		}
	}
	for _, st := range t.UndeployedStacks() {
		if child, ok := probe.childPath(f.path, []*parser.Resource{st}, false); ok {
			top.undeployed = append(top.undeployed, child)
		}
	}
	if len(stacks) == 0 {
		top.leaf = true
		top.checked = stackChecked{root: set.chk.rootLater(rs), ignores: metadataSuppressions(rs, set.l.read.aliases), seen: []string{f.path}}
	}
	return top
}

// checkStack checks the resources of one top-level stack as a root.
func (set *stackSet) checkStack(rs []*parser.Resource, diags parser.Diagnostics, seen []string) stackChecked {
	return stackChecked{root: set.chk.root(rs), diags: diags, ignores: metadataSuppressions(rs, set.l.read.aliases), seen: seen}
}

// check checks the top-level stacks of the scanned templates tops (one per
// file, nil for the files that are not templates) that the first pass did
// not, on workers goroutines, and returns what every stack left, the
// diagnostics and the Metadata ignores, in path order as one evaluation
// of every template would give them.
func (set *stackSet) check(ctx context.Context, workers int, tops []*topTemplate) (evaluated, error) {
	byPath := map[string]*topTemplate{}
	var paths []string
	for _, top := range tops {
		if top == nil {
			continue
		}
		if _, dup := byPath[top.file.path]; !dup {
			paths = append(paths, top.file.path)
		}
		byPath[top.file.path] = top
	}
	sort.Strings(paths)
	scanned := map[string]candidate{}
	for p, top := range byPath {
		scanned[p] = top.file
	}
	// The scanned templates another scanned template nests; those nested
	// only under a stack resource whose Condition is false are deployed
	// from nowhere, and not evaluated at all.
	nested, undeployed := map[string]bool{}, map[string]bool{}
	for _, p := range paths {
		for _, child := range byPath[p].nests {
			if _, ok := byPath[child]; ok && child != p {
				nested[child] = true
			}
		}
		for _, child := range byPath[p].undeployed {
			if _, ok := byPath[child]; ok && child != p {
				undeployed[child] = true
			}
		}
	}
	var roots []string
	for _, p := range paths {
		if !nested[p] && !undeployed[p] {
			roots = append(roots, p)
		}
	}
	results := make([]stackChecked, len(roots))
	err := parallel(ctx, workers, len(roots), func(i int) {
		if top := byPath[roots[i]]; top.leaf {
			results[i], top.checked = top.checked, stackChecked{}
		} else {
			results[i] = set.expandTop(top, scanned)
		}
	})
	if err != nil {
		return evaluated{}, err
	}
	// Templates that only nest each other (a cycle with no outside parent).
	seen := map[string]bool{}
	for _, r := range results {
		for _, p := range r.seen {
			seen[p] = true
		}
	}
	for _, p := range paths {
		if !seen[p] && !undeployed[p] {
			r := set.expandTop(byPath[p], scanned)
			for _, q := range r.seen {
				seen[q] = true
			}
			results = append(results, r)
		}
	}
	var out evaluated
	for _, p := range paths {
		out.diags = append(out.diags, byPath[p].diags...)
	}
	ignores := make([][]metadataIgnores, len(results))
	for i, r := range results {
		out.roots = append(out.roots, r.root)
		out.diags = append(out.diags, r.diags...)
		ignores[i] = r.ignores
	}
	out.metadata, out.metadataDiags = joinIgnores(ignores)
	return out, nil
}

// expandTop parses a scanned template again and checks it as a top-level
// stack with its nested stacks.
func (set *stackSet) expandTop(top *topTemplate, scanned map[string]candidate) stackChecked {
	s := &stacker{stackSet: set, byPath: map[string]*cloudformation.Template{}, scanned: scanned}
	p := top.file.path
	t := s.load(p, parser.Range{File: p})
	if t == nil {
		// The file changed since the first parse.
		return stackChecked{seen: []string{p}}
	}
	rs, _ := set.topLevel(t) // its diagnostics are the first pass's
	s.expand(p, rs, p, "", "", nil, []string{p})
	return set.checkStack(s.out, s.diags, s.seen)
}

// topLevel evaluates a scanned template as a stack of its own.
func (set *stackSet) topLevel(t *cloudformation.Template) ([]*parser.Resource, parser.Diagnostics) {
	for k := range set.params {
		if _, declared := t.Parameters[k]; declared || strings.HasPrefix(k, "AWS::") {
			return t.Instantiate(cloudformation.Options{Parameters: set.params})
		}
	}
	return t.Resources, nil
}

// stackResources groups the nested stack resources of a template: the
// variants of one stack resource together, in order.
func stackResources(rs []*parser.Resource) [][]*parser.Resource {
	var out [][]*parser.Resource
	idx := map[string]int{}
	for _, r := range rs {
		if r.Type != "AWS::CloudFormation::Stack" {
			continue
		}
		if i, ok := idx[r.Address]; ok {
			out[i] = append(out[i], r)
			continue
		}
		idx[r.Address] = len(out)
		out = append(out, []*parser.Resource{r})
	}
	return out
}

// expand adds the resources rs of template file p, deployed from root,
// then follows their nested stacks. prefix is prepended to addresses,
// scope names the stack instance ("" for a top-level stack), calls are the
// stack resources that led here and chain the templates being expanded.
func (s *stacker) expand(p string, rs []*parser.Resource, root, prefix, scope string, calls []parser.Step, chain []string) {
	s.seen = append(s.seen, p)
	for _, r := range rs {
		if prefix != "" {
			r.Local = r.Address
			r.Address = prefix + r.Address
			r.Scope = scope
			r.Root = root
			r.Calls = calls
		}
		s.out = append(s.out, r)
	}
	for _, st := range stackResources(rs) {
		child, ok := s.childPath(p, st, true)
		if !ok {
			continue
		}
		first := st[0]
		if len(chain) >= maxStackDepth {
			s.warn(first.Range, "nested stacks too deep", fmt.Sprintf("stacks nest more than %d levels here; %s is not read", maxStackDepth, child))
			continue
		}
		if containsString(chain, child) {
			s.warn(first.Range, "nested stack cycle", fmt.Sprintf("%s nests %s, which nests it again; it is not read again", first.Address, child))
			continue
		}
		t := s.load(child, first.Range)
		if t == nil {
			continue
		}
		if s.count++; s.count > maxStackInstances {
			if !s.capped {
				s.capped = true
				s.warn(first.Range, "too many nested stacks", fmt.Sprintf("more than %d nested stack instances; the rest are not read", maxStackInstances))
			}
			return
		}
		opts := cloudformation.Options{Parameters: s.nestedParams(st)}
		nrs, diags := t.Instantiate(opts)
		s.diags = append(s.diags, diags...)
		call := parser.Step{Range: first.Range, Note: first.Address}
		ncalls := append(append([]parser.Step(nil), calls...), call)
		s.expand(child, nrs, root, first.Address+"/", root+"#"+first.Address, ncalls, append(append([]string(nil), chain...), child))
	}
}

// nestedParams are the parameters a nested stack gets: the pseudo
// parameters given on the command line, and the Parameters of the stack
// resource as the parent resolves them. When variants of the stack
// resource pass different values, the value is unknown.
func (s *stacker) nestedParams(variants []*parser.Resource) map[string]cloudformation.ParamValue {
	out := map[string]cloudformation.ParamValue{}
	for k, v := range s.params {
		if strings.HasPrefix(k, "AWS::") {
			out[k] = v
		}
	}
	first := variants[0]
	ps := first.Body.Get("Parameters")
	for _, k := range ps.Keys() {
		v := ps.Attrs[k]
		for _, other := range variants[1:] {
			o := other.Body.Path("Parameters", k)
			a, ok1 := o.AsString()
			b, ok2 := v.AsString()
			if !ok1 || !ok2 || a != b || o.Kind != v.Kind {
				v = (&parser.Value{Kind: parser.Unknown, Range: v.Range, KeyRange: v.KeyRange}).
					SetExtra(parser.Extra{Why: "the value passed by " + first.Address + " depends on conditions that cannot be decided statically"})
				break
			}
		}
		out[k] = cloudformation.ParamValue{Value: v, Note: fmt.Sprintf("parameter %s passed by stack %s", k, first.Address)}
	}
	return out
}

// childPath returns the reported path of the template a stack resource
// nests, when it is a local file in the scanned tree. With report set,
// every other case is a diagnostic.
func (s *stacker) childPath(parent string, variants []*parser.Resource, report bool) (string, bool) {
	first := variants[0]
	url := first.Body.Get("TemplateURL")
	for _, other := range variants[1:] {
		o := other.Body.Get("TemplateURL")
		if a, b := o.Str, url.Str; o.Kind != url.Kind || a != b {
			url = (&parser.Value{Kind: parser.Unknown, Range: url.Range}).SetExtra(parser.Extra{Why: "it depends on conditions that cannot be decided statically"})
			break
		}
	}
	at := first.Range
	if url != nil && !url.Range.IsZero() {
		at = url.Range
	}
	note := func(summary, detail string) (string, bool) {
		if report {
			s.diags = append(s.diags, parser.Diagnostic{Severity: parser.SevNote, Summary: summary, Detail: detail, Range: at})
		}
		return "", false
	}
	if url == nil {
		return note("nested stack not read", first.Address+" has no TemplateURL")
	}
	u, ok := url.AsString()
	if !ok || url.Kind != parser.String {
		why := url.Why()
		if why == "" {
			why = "it is not a string"
		}
		return note("nested stack not read", "the TemplateURL of "+first.Address+" is not known statically: "+why)
	}
	lower := strings.ToLower(u)
	if strings.Contains(lower, "://") {
		return note("remote nested stack not read", first.Address+" nests "+u+"; only templates in the scanned tree are read")
	}
	u = filepath.ToSlash(u)
	child := u
	if !path.IsAbs(u) {
		child = path.Join(path.Dir(parent), u)
	}
	if _, inside := s.l.resolve(child); !inside {
		abs := filepath.FromSlash(child)
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(s.l.cwd, abs)
		}
		if _, err := os.Stat(abs); err != nil {
			if report {
				s.warn(at, "nested stack template not found", first.Address+" nests "+u+", which does not exist")
			}
			return "", false
		}
		if report {
			s.diags = append(s.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "nested stack outside the scanned tree not read",
				Detail: first.Address + " nests " + u + ", which is not a file in the scanned tree", Range: at})
		}
		return "", false
	}
	return child, true
}

// load returns the template at a reported path, reading it when the walk
// did not.
func (s *stacker) load(p string, at parser.Range) *cloudformation.Template {
	if t, ok := s.byPath[p]; ok {
		return t
	}
	s.byPath[p] = nil
	if c, ok := s.scanned[p]; ok {
		s.byPath[p] = s.l.read.parseFile(c).template
		return s.byPath[p]
	}
	real, _ := s.l.resolve(p)
	var root string
	for _, r := range s.l.roots {
		if within(r, real) {
			root = r
			break
		}
	}
	res := s.l.read.parseFile(candidate{path: p, abs: real, root: root})
	s.diags = append(s.diags, res.diags...)
	if res.template == nil {
		if !res.diags.HasErrors() {
			s.warn(at, "nested stack not read", p+" is not a CloudFormation template")
		}
		return nil
	}
	s.l.loaded(p, real, res)
	s.byPath[p] = res.template
	return res.template
}

func (s *stacker) warn(rng parser.Range, summary, detail string) {
	s.diags = append(s.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
