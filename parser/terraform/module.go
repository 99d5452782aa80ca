package terraform

import (
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/soc2lint/soc2lint/parser"
)

// Module is the .tf and .tf.json files of one directory, plus the tfvars
// files Terraform would load automatically when it is a root module.
type Module struct {
	// Dir is the module directory as reported (relative, forward slashes).
	Dir      string
	Files    []*File
	VarFiles []*File
}

// Options bound the evaluation of a module.
type Options struct {
	// MaxInstances caps the instances one count or for_each may expand to.
	MaxInstances int
}

// DefaultMaxInstances is the default cap of Options.MaxInstances.
const DefaultMaxInstances = 10000

var rootSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "terraform"},
}}

var variableSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "default"}, {Name: "type"}, {Name: "description"}, {Name: "sensitive"}, {Name: "nullable"}, {Name: "ephemeral"},
}}

// metaArguments are resource arguments that configure Terraform itself, not
// the cloud resource.
var metaArguments = map[string]bool{
	"count": true, "for_each": true, "provider": true, "depends_on": true,
	"lifecycle": true, "provisioner": true, "connection": true,
}

// evaluator holds the state of evaluating one module.
type evaluator struct {
	mod       *Module
	opts      Options
	funcs     map[string]function.Function
	vars      map[string]*parser.Value
	varNotes  map[string]string
	localDefs map[string]*hcl.Attribute
	locals    map[string]*parser.Value
	inFlight  map[string]bool
	diags     parser.Diagnostics
	// resourceTypes are the first labels of every resource, so that
	// references to them are recognised as graph edges.
	resourceTypes map[string]bool
}

type block struct {
	hcl  *hcl.Block
	data bool
}

// Resources evaluates the module as a root module and returns its resource
// instances in source order.
func (m *Module) Resources(opts Options) ([]*parser.Resource, parser.Diagnostics) {
	if opts.MaxInstances <= 0 {
		opts.MaxInstances = DefaultMaxInstances
	}
	ev := &evaluator{
		mod: m, opts: opts, funcs: functions(),
		vars: map[string]*parser.Value{}, varNotes: map[string]string{}, localDefs: map[string]*hcl.Attribute{},
		locals: map[string]*parser.Value{}, inFlight: map[string]bool{},
		resourceTypes: map[string]bool{},
	}
	var blocks []block
	for _, f := range m.Files {
		if f.HCL == nil {
			continue
		}
		content, _, diags := f.HCL.Body.PartialContent(rootSchema)
		ev.addDiags(diags)
		for _, b := range content.Blocks {
			switch b.Type {
			case "resource", "data":
				blocks = append(blocks, block{hcl: b, data: b.Type == "data"})
				if b.Type == "resource" {
					ev.resourceTypes[b.Labels[0]] = true
				}
			case "variable":
				ev.declareVariable(b)
			case "locals":
				attrs, diags := b.Body.JustAttributes()
				ev.addDiags(diags)
				for name, a := range attrs {
					ev.localDefs[name] = a
				}
			}
		}
	}
	ev.applyVarFiles()
	var out []*parser.Resource
	for _, b := range blocks {
		out = append(out, ev.expand(b)...)
	}
	return out, ev.diags
}

func (ev *evaluator) addDiags(ds hcl.Diagnostics) {
	ev.diags = append(ev.diags, convertDiags(ds)...)
}

func (ev *evaluator) declareVariable(b *hcl.Block) {
	name := b.Labels[0]
	content, _, _ := b.Body.PartialContent(variableSchema)
	def, ok := content.Attributes["default"]
	if !ok {
		ev.vars[name] = parser.UnknownValue(convertRange(b.DefRange), "var."+name+" has no value")
		return
	}
	val, _ := def.Expr.Value(nil)
	ev.vars[name] = toValue(val, def.Expr, nil, 0)
	ev.varNotes[name] = "var." + name + " default"
}

// applyVarFiles overrides variable defaults with the values of tfvars files,
// in Terraform's order: terraform.tfvars, terraform.tfvars.json, then
// *.auto.tfvars(.json) in lexical order, later ones winning.
func (ev *evaluator) applyVarFiles() {
	files := append([]*File(nil), ev.mod.VarFiles...)
	rank := func(f *File) string {
		base := f.Path[strings.LastIndex(f.Path, "/")+1:]
		switch base {
		case "terraform.tfvars":
			return "0"
		case "terraform.tfvars.json":
			return "1"
		}
		return "2" + base
	}
	sort.SliceStable(files, func(i, j int) bool { return rank(files[i]) < rank(files[j]) })
	for _, f := range files {
		if f.HCL == nil {
			continue
		}
		attrs, diags := f.HCL.Body.JustAttributes()
		ev.addDiags(diags)
		for _, name := range sortedKeys(attrs) {
			a := attrs[name]
			if _, declared := ev.vars[name]; !declared {
				continue
			}
			val, _ := a.Expr.Value(nil)
			ev.vars[name] = toValue(val, a.Expr, nil, 0)
			ev.varNotes[name] = "var." + name
		}
	}
}

// local evaluates local.name on demand, detecting cycles.
func (ev *evaluator) local(name string) *parser.Value {
	if v, ok := ev.locals[name]; ok {
		return v
	}
	a, ok := ev.localDefs[name]
	if !ok {
		return nil
	}
	if ev.inFlight[name] {
		r := convertRange(a.Range)
		ev.diags = append(ev.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "local value refers to itself", Detail: "local." + name + " is part of a reference cycle; it is treated as unknown", Range: r})
		return parser.UnknownValue(r, "local."+name+" is part of a cycle")
	}
	ev.inFlight[name] = true
	v := ev.evalExpr(a.Expr, nil)
	delete(ev.inFlight, name)
	ev.locals[name] = v
	return v
}

// scope is the per-instance part of an evaluation context.
type scope map[string]cty.Value

// evalContext builds the context for expr: var, local and the per-instance
// names, with every other root name unknown.
func (ev *evaluator) evalContext(expr hcl.Expression, sc scope) *hcl.EvalContext {
	vars := map[string]cty.Value{
		"path":      cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(ev.mod.Dir), "root": cty.StringVal(ev.mod.Dir), "cwd": cty.StringVal(".")}),
		"terraform": cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")}),
	}
	varObj := map[string]cty.Value{}
	localObj := map[string]cty.Value{}
	for _, tr := range expr.Variables() {
		root := tr.RootName()
		if len(tr) < 2 {
			continue
		}
		attr, ok := tr[1].(hcl.TraverseAttr)
		if !ok {
			continue
		}
		switch root {
		case "var":
			if v, ok := ev.vars[attr.Name]; ok {
				varObj[attr.Name] = fromValueOrUnknown(v)
			}
		case "local":
			if v := ev.local(attr.Name); v != nil {
				localObj[attr.Name] = fromValueOrUnknown(v)
			}
		}
	}
	vars["var"] = cty.ObjectVal(varObj)
	vars["local"] = cty.ObjectVal(localObj)
	for k, v := range sc {
		vars[k] = v
	}
	return &hcl.EvalContext{Variables: vars, Functions: ev.funcs}
}

func fromValueOrUnknown(v *parser.Value) cty.Value {
	if !v.IsKnown() {
		return cty.DynamicVal
	}
	return fromValue(v)
}

// evalExpr evaluates expr to a positioned value. Evaluation errors are not
// reported: whatever could not be computed is simply unknown, which rules
// skip. A reference straight to a variable or local keeps its provenance.
func (ev *evaluator) evalExpr(expr hcl.Expression, sc scope) *parser.Value {
	ctx := ev.evalContext(expr, sc)
	val, _ := expr.Value(ctx)
	v := toValue(val, expr, ctx, 0)
	if st, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok && len(st.Traversal) == 2 {
		if attr, ok := st.Traversal[1].(hcl.TraverseAttr); ok {
			var src *parser.Value
			var note string
			switch st.Traversal.RootName() {
			case "var":
				src, note = ev.vars[attr.Name], ev.varNotes[attr.Name]
			case "local":
				src, note = ev.local(attr.Name), "local."+attr.Name
			}
			if src != nil && src.IsKnown() {
				v = rebase(src, v.Range, note)
			}
		}
	}
	v.Refs = ev.refs(expr)
	return v
}

// rebase returns a deep copy of src used at rng: every part moves to the
// use site and records in Via where it was written (note says how it got
// there), followed by the steps it had already come through. A finding thus
// points at the use and names the cause.
func rebase(src *parser.Value, rng parser.Range, note string) *parser.Value {
	c := *src
	c.Range = rng
	c.KeyRange = parser.Range{}
	c.Via = append([]parser.Step{{Range: src.Range, Note: note}}, src.Via...)
	if src.Elems != nil {
		c.Elems = make([]*parser.Value, len(src.Elems))
		for i, e := range src.Elems {
			c.Elems[i] = rebase(e, rng, note)
		}
	}
	if src.Attrs != nil {
		c.Attrs = make(map[string]*parser.Value, len(src.Attrs))
		for k, e := range src.Attrs {
			c.Attrs[k] = rebase(e, rng, note)
		}
	}
	return &c
}

// refs lists the resources, data sources and modules expr refers to.
func (ev *evaluator) refs(expr hcl.Expression) []string {
	var out []string
	seen := map[string]bool{}
	for _, tr := range expr.Variables() {
		var addr string
		names := traversalNames(tr)
		switch {
		case len(names) >= 3 && names[0] == "data":
			addr = "data." + names[1] + "." + names[2]
		case len(names) >= 2 && names[0] == "module":
			addr = "module." + names[1]
		case len(names) >= 2 && ev.resourceTypes[names[0]]:
			addr = names[0] + "." + names[1]
		}
		if addr != "" && !seen[addr] {
			seen[addr] = true
			out = append(out, addr)
		}
	}
	return out
}

func traversalNames(tr hcl.Traversal) []string {
	var names []string
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		default:
			return names
		}
	}
	return names
}
