package terraform

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/soc2lint/soc2lint/parser"
)

// IsOverrideFile reports whether name is a Terraform override file:
// override.tf, override.tf.json, or a name ending in _override.tf or
// _override.tf.json. Terraform merges such files into the blocks the other
// files of the module declare, after reading those.
func IsOverrideFile(name string) bool {
	base := path.Base(name)
	base = strings.TrimSuffix(base, ".json")
	if !strings.HasSuffix(base, ".tf") {
		return false
	}
	base = strings.TrimSuffix(base, ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

// splitOverrides separates a module's override files from its primary
// files; override files are ordered by file name, the order in which
// Terraform applies them.
func splitOverrides(files []*File) (primary, overrides []*File) {
	for _, f := range files {
		if IsOverrideFile(f.Path) {
			overrides = append(overrides, f)
		} else {
			primary = append(primary, f)
		}
	}
	sort.SliceStable(overrides, func(i, j int) bool {
		return path.Base(overrides[i].Path) < path.Base(overrides[j].Path)
	})
	return primary, overrides
}

// applyOverride merges the top-level blocks of one override file into the
// declarations, as Terraform does: a block replaces the arguments of the
// block of the same address that it names, argument by argument, and each
// type of nested block it writes replaces every nested block of that type;
// locals are overridden one by one. A block with nothing to override is
// reported and ignored, since Terraform rejects it.
func (d *declarations) applyOverride(f *File, resourceIndex map[string]int) {
	if f.HCL == nil {
		return
	}
	content, _, diags := f.HCL.Body.PartialContent(rootSchema)
	d.diags = append(d.diags, convertDiags(diags)...)
	missing := func(b *hcl.Block, what string) {
		d.diags = append(d.diags, parser.Diagnostic{
			Severity: parser.SevNote, Summary: "override without a block to override",
			Detail: fmt.Sprintf("%s in an override file names no %s declared in the module's other files; Terraform rejects it, and it is ignored", blockAddress(b), what),
			Range:  convertRange(b.DefRange),
		})
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "resource", "data":
			i, ok := resourceIndex[blockAddress(b)]
			if !ok {
				missing(b, b.Type+" block")
				continue
			}
			d.resources[i] = overridden(d.resources[i], b)
		case "variable":
			base, ok := d.variables[b.Labels[0]]
			if !ok {
				missing(b, "variable")
				continue
			}
			d.variables[b.Labels[0]] = overridden(base, b)
		case "output":
			base, ok := d.outputs[b.Labels[0]]
			if !ok {
				missing(b, "output")
				continue
			}
			d.outputs[b.Labels[0]] = overridden(base, b)
		case "module":
			found := false
			for i, c := range d.calls {
				if c.Labels[0] == b.Labels[0] {
					d.calls[i], found = overridden(c, b), true
				}
			}
			if !found {
				missing(b, "module call")
			}
		case "provider":
			name := providerName(b)
			found := false
			for i, p := range d.providers {
				if providerName(p) == name {
					d.providers[i], found = overridden(p, b), true
				}
			}
			if !found {
				missing(b, "provider configuration")
			}
		case "locals":
			attrs, diags := b.Body.JustAttributes()
			d.diags = append(d.diags, convertDiags(diags)...)
			for name, a := range attrs {
				d.locals[name] = a
			}
		}
	}
}

// blockAddress names a top-level block as Terraform's messages do.
func blockAddress(b *hcl.Block) string {
	switch b.Type {
	case "resource":
		return b.Labels[0] + "." + b.Labels[1]
	case "data":
		return "data." + b.Labels[0] + "." + b.Labels[1]
	case "variable":
		return "var." + b.Labels[0]
	case "output":
		return "output." + b.Labels[0]
	case "module":
		return "module." + b.Labels[0]
	case "provider":
		return "provider." + providerName(b)
	}
	return b.Type
}

// providerName is a provider block's name with its alias: "aws" or
// "aws.west".
func providerName(b *hcl.Block) string {
	name := b.Labels[0]
	content, _, _ := b.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "alias"}}})
	if a := content.Attributes["alias"]; a != nil {
		if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
			name += "." + v.AsString()
		}
	}
	return name
}

// overridden returns base with over merged into its body. The block keeps
// base's header, where findings about the block as a whole point.
func overridden(base, over *hcl.Block) *hcl.Block {
	c := *base
	c.Body = &overrideBody{base: base.Body, over: over.Body}
	return &c
}

// overrideBody is a block body with an override merged in: over's
// arguments replace base's of the same name, and each kind of nested
// block over writes replaces all of base's blocks of that kind. The
// blocks of the two bodies are not merged further.
type overrideBody struct {
	base, over hcl.Body
}

var _ hcl.Body = (*overrideBody)(nil)

// Content merges the content of both bodies for schema.
func (b *overrideBody) Content(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Diagnostics) {
	c, _, diags := b.PartialContent(schema)
	return c, diags
}

// PartialContent merges the content of both bodies for schema; the rest
// of both is merged in the same way.
func (b *overrideBody) PartialContent(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Body, hcl.Diagnostics) {
	bc, brest, diags := b.base.PartialContent(schema)
	oc, orest, odiags := b.over.PartialContent(schema)
	diags = append(diags, odiags...)
	out := &hcl.BodyContent{Attributes: hcl.Attributes{}, MissingItemRange: bc.MissingItemRange}
	for name, a := range bc.Attributes {
		out.Attributes[name] = a
	}
	for name, a := range oc.Attributes {
		out.Attributes[name] = a
	}
	replaced := map[string]bool{}
	for _, blk := range oc.Blocks {
		replaced[blk.Type] = true
	}
	for _, blk := range bc.Blocks {
		if !replaced[blk.Type] {
			out.Blocks = append(out.Blocks, blk)
		}
	}
	out.Blocks = append(out.Blocks, oc.Blocks...)
	return out, &overrideBody{base: brest, over: orest}, diags
}

// JustAttributes returns the merged arguments of a body that has no
// nested blocks.
func (b *overrideBody) JustAttributes() (hcl.Attributes, hcl.Diagnostics) {
	attrs, diags := b.base.JustAttributes()
	over, odiags := b.over.JustAttributes()
	diags = append(diags, odiags...)
	out := hcl.Attributes{}
	for name, a := range attrs {
		out[name] = a
	}
	for name, a := range over {
		out[name] = a
	}
	return out, diags
}

// MissingItemRange is base's.
func (b *overrideBody) MissingItemRange() hcl.Range { return b.base.MissingItemRange() }

// bodyItems are the arguments and nested blocks of a body read without a
// schema, which is how the evaluator reads resource bodies.
type bodyItems struct {
	attrs  hcl.Attributes
	blocks []*hcl.Block
}

// items reads the arguments and nested blocks of any body without a
// schema. In JSON syntax a nested block cannot be told from an argument
// without the provider's schema; it is an argument here, which the
// evaluator turns into the same shape as a block. Dynamic blocks are
// blocks in both syntaxes.
func items(b hcl.Body) bodyItems {
	switch sb := b.(type) {
	case *hclsyntax.Body:
		out := bodyItems{attrs: hcl.Attributes{}}
		for name, a := range sb.Attributes {
			out.attrs[name] = a.AsHCLAttribute()
		}
		for _, blk := range sb.Blocks {
			out.blocks = append(out.blocks, blk.AsHCLBlock())
		}
		return out
	case *overrideBody:
		base, over := items(sb.base), items(sb.over)
		// A kind of nested block is named by its type, or by its label
		// for a dynamic block; an argument of that name in JSON syntax is
		// the same kind.
		kind := func(blk *hcl.Block) string {
			if blk.Type == "dynamic" && len(blk.Labels) == 1 {
				return blk.Labels[0]
			}
			return blk.Type
		}
		replaced := map[string]bool{}
		for _, blk := range over.blocks {
			replaced[kind(blk)] = true
		}
		for name := range over.attrs {
			replaced[name] = true
		}
		out := bodyItems{attrs: hcl.Attributes{}}
		for name, a := range base.attrs {
			if !replaced[name] {
				out.attrs[name] = a
			}
		}
		for name, a := range over.attrs {
			out.attrs[name] = a
		}
		for _, blk := range base.blocks {
			if !replaced[kind(blk)] {
				out.blocks = append(out.blocks, blk)
			}
		}
		out.blocks = append(out.blocks, over.blocks...)
		return out
	}
	dyn, rest, _ := b.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "dynamic", LabelNames: []string{"name"}}}})
	attrs, _ := rest.JustAttributes()
	return bodyItems{attrs: attrs, blocks: dyn.Blocks}
}
