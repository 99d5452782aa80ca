package terraform

import (
	"fmt"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// Module is the .tf and .tf.json files of one directory, plus the tfvars
// files Terraform would load automatically when it is a root module.
type Module struct {
	// Dir is the module directory as reported (relative, forward slashes).
	Dir      string
	Files    []*File
	VarFiles []*File

	once  sync.Once
	decls *declarations // decoded once, on first use
}

// Options configure the evaluation of a project.
type Options struct {
	// MaxInstances caps the instances one count or for_each may expand to.
	MaxInstances int
	// MaxModuleDepth caps the nesting of module calls.
	MaxModuleDepth int
	// Vars are the root module variables given on the command line
	// (--var NAME=VALUE and --var-file FILE), in command-line order; later
	// ones win over earlier ones, and all win over tfvars files and
	// TF_VAR_ environment variables.
	Vars []VarSource
	// Env holds TF_VAR_name environment variables by name (without prefix).
	Env map[string]string
	// Workspace is the selected workspace (TF_WORKSPACE), which
	// terraform.workspace returns; "" means "default".
	Workspace string
}

// VarSource is one --var or --var-file of the command line.
type VarSource struct {
	// File is a parsed --var-file; when nil, Name and Value are a --var.
	File  *File
	Name  string
	Value string
}

// Defaults of Options.
const (
	DefaultMaxInstances   = 10000
	DefaultMaxModuleDepth = 16
)

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

// moduleMetaArguments are module call arguments that are not inputs.
var moduleMetaArguments = map[string]bool{
	"source": true, "version": true, "count": true, "for_each": true, "providers": true, "depends_on": true,
}

// declarations are the top-level blocks of a module, decoded once.
type declarations struct {
	resources []*hcl.Block // resource and data blocks in source order
	variables map[string]*hcl.Block
	// variableNames are the keys of variables, sorted.
	variableNames []string
	locals        map[string]*hcl.Attribute
	calls         []*hcl.Block
	outputs       map[string]*hcl.Block
	// providers are the provider configuration blocks, in source order.
	providers []*hcl.Block
	// resourceTypes are the first labels of every resource block.
	resourceTypes map[string]bool
	diags         parser.Diagnostics
	// varAttrs are the arguments of each variable block (variableSchema),
	// read once per module rather than once per instance and use.
	varAttrs map[string]hcl.Attributes
	// varTypes are the type constraints of the variables that declare a
	// valid one, with their optional() attribute defaults.
	varTypes map[string]varType
	// lazy are the resource and data blocks of large files whose syntax
	// trees are parsed when they are needed (see lazyBlock).
	lazy lazyBlocks
	// referenced are the addresses the module's references name, nil
	// when not known (referencedResources, each.go).
	referenced map[refPair]bool
	// defaults are the cty values every instance computes the same from
	// the variables' defaults.
	defaults defaultCache
}

// varType is the type constraint of a variable.
type varType struct {
	ty       cty.Type
	defaults *typeexpr.Defaults
}

// variableAttr returns the argument attr (default, type, nullable...) of
// the block of variable name.
func (d *declarations) variableAttr(name, attr string) (*hcl.Attribute, bool) {
	a, ok := d.varAttrs[name][attr]
	return a, ok
}

func (m *Module) declarations() *declarations {
	m.once.Do(m.decode)
	return m.decls
}

func (m *Module) decode() {
	d := &declarations{
		variables: map[string]*hcl.Block{}, locals: map[string]*hcl.Attribute{},
		outputs: map[string]*hcl.Block{}, resourceTypes: map[string]bool{},
	}
	seen := map[string]string{}
	index := map[string]int{} // resource and data addresses → position in d.resources
	primary, overrides := splitOverrides(m.Files)
	for _, f := range primary {
		if f.HCL == nil {
			continue
		}
		content, _, diags := f.HCL.Body.PartialContent(rootSchema)
		d.diags = append(d.diags, convertDiags(diags)...)
		for _, b := range content.Blocks {
			switch b.Type {
			case "resource", "data":
				key := b.Type + "." + b.Labels[0] + "." + b.Labels[1]
				if prev, dup := seen[key]; dup {
					d.diags = append(d.diags, parser.Diagnostic{
						Severity: parser.SevError, Summary: "duplicate resource configuration",
						Detail: fmt.Sprintf("%s %q %q was already declared at %s", b.Type, b.Labels[0], b.Labels[1], prev),
						Range:  convertRange(b.DefRange),
					})
					continue
				}
				seen[key] = convertRange(b.DefRange).String()
				index[blockAddress(b)] = len(d.resources)
				d.resources = append(d.resources, b)
				if b.Type == "resource" {
					d.resourceTypes[b.Labels[0]] = true
				}
			case "variable":
				d.variables[b.Labels[0]] = b
			case "locals":
				attrs, diags := b.Body.JustAttributes()
				d.diags = append(d.diags, convertDiags(diags)...)
				for name, a := range attrs {
					d.locals[name] = a
				}
			case "module":
				d.calls = append(d.calls, b)
			case "output":
				d.outputs[b.Labels[0]] = b
			case "provider":
				d.providers = append(d.providers, b)
			}
		}
	}
	for _, f := range primary {
		d.lazy.add(f)
	}
	if len(overrides) > 0 {
		// Override files merge with the blocks they override: every
		// block keeps its tree.
		for _, lb := range d.lazy.blocks {
			lb.fill()
		}
		d.lazy.blocks = nil
	}
	for _, f := range overrides {
		d.applyOverride(f, index)
	}
	d.diags = append(d.diags, d.undeclaredReferences(primary)...)
	d.referenced = d.referencedResources(m.Files, false)
	d.lazy.forget(primary)
	d.variableNames = sortedKeys(d.variables)
	d.varAttrs = make(map[string]hcl.Attributes, len(d.variables))
	for name, b := range d.variables {
		content, _, _ := b.Body.PartialContent(variableSchema)
		d.varAttrs[name] = content.Attributes
		if a, ok := content.Attributes["type"]; ok {
			if ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(a.Expr); !diags.HasErrors() {
				if d.varTypes == nil {
					d.varTypes = map[string]varType{}
				}
				d.varTypes[name] = varType{ty, defaults}
			}
		}
	}
	m.decls = d
}

// Resources evaluates the module alone, as a root module, and returns its
// resource instances (and those of the local modules it calls, when the
// files are at hand) in source order.
func (m *Module) Resources(opts Options) ([]*parser.Resource, parser.Diagnostics) {
	p := &Project{Modules: map[string]*Module{m.Dir: m}, Options: opts}
	return p.Evaluate()
}
