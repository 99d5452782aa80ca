package engine

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
)

// stackFile is a CloudFormation template the walk read.
type stackFile struct {
	path string // as reported
	t    *cloudformation.Template
}

// Limits of nested stack expansion.
const (
	maxStackDepth     = 16
	maxStackInstances = 10000
)

// stacker follows nested stacks: AWS::CloudFormation::Stack resources (and
// AWS::Serverless::Application, which the parser turns into one) whose
// TemplateURL is a local path. The nested template is evaluated with the
// parameters the parent passes, once per stack resource; its resources
// carry the parent's call site and the top-level template as Root. A
// template that a scanned template nests is evaluated only as nested, as
// a Terraform module that is called is not a root.
type stacker struct {
	l      *moduleLoader
	params map[string]cloudformation.ParamValue
	byPath map[string]*cloudformation.Template // nil: could not be read
	top    map[string][]*parser.Resource       // each template evaluated as a top-level stack
	seen   map[string]bool                     // templates evaluated at least once
	out    []*parser.Resource
	diags  parser.Diagnostics
	count  int
	capped bool
}

// stacks returns the resources of the scanned templates with nested
// stacks followed. params are the --cfn-parameters values: they replace
// the defaults of every top-level template; nested templates get the
// parameters their parent passes, and the pseudo parameters.
func (l *moduleLoader) stacks(files []stackFile, params map[string]cloudformation.ParamValue) ([]*parser.Resource, parser.Diagnostics) {
	s := &stacker{l: l, params: params, byPath: map[string]*cloudformation.Template{}, top: map[string][]*parser.Resource{}, seen: map[string]bool{}}
	var paths []string
	for _, f := range files {
		if _, dup := s.byPath[f.path]; !dup {
			paths = append(paths, f.path)
		}
		s.byPath[f.path] = f.t
	}
	sort.Strings(paths)
	for _, p := range paths {
		s.top[p] = s.topLevel(s.byPath[p])
	}
	// The scanned templates another scanned template nests; those nested
	// only under a stack resource whose Condition is false are deployed
	// from nowhere, and not evaluated at all.
	nested, undeployed := map[string]bool{}, map[string]bool{}
	for _, p := range paths {
		for _, st := range stackResources(s.top[p]) {
			if child, ok := s.childPath(p, st, false); ok {
				if _, scanned := s.top[child]; scanned && child != p {
					nested[child] = true
				}
			}
		}
		for _, st := range s.byPath[p].UndeployedStacks() {
			if child, ok := s.childPath(p, []*parser.Resource{st}, false); ok {
				if _, scanned := s.top[child]; scanned && child != p {
					undeployed[child] = true
				}
			}
		}
	}
	for _, p := range paths {
		if !nested[p] && !undeployed[p] {
			s.expand(p, s.top[p], p, "", "", nil, []string{p})
		}
	}
	// Templates that only nest each other (a cycle with no outside parent).
	for _, p := range paths {
		if !s.seen[p] && !undeployed[p] {
			s.expand(p, s.top[p], p, "", "", nil, []string{p})
		}
	}
	return s.out, s.diags
}

// topLevel evaluates a scanned template as a stack of its own.
func (s *stacker) topLevel(t *cloudformation.Template) []*parser.Resource {
	for k := range s.params {
		if _, declared := t.Parameters[k]; declared || strings.HasPrefix(k, "AWS::") {
			rs, diags := t.Instantiate(cloudformation.Options{Parameters: s.params})
			s.diags = append(s.diags, diags...)
			return rs
		}
	}
	return t.Resources
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
	s.seen[p] = true
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
				v = &parser.Value{Kind: parser.Unknown, Range: v.Range, KeyRange: v.KeyRange,
					Why: "the value passed by " + first.Address + " depends on conditions that cannot be decided statically"}
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
			url = &parser.Value{Kind: parser.Unknown, Range: url.Range, Why: "it depends on conditions that cannot be decided statically"}
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
		why := url.Why
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
