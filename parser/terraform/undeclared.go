package terraform

import (
	"fmt"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/soc2lint/soc2lint/parser"
)

// Terraform rejects a configuration that refers to a variable, local,
// module call, data source or resource the module does not declare
// ("Reference to undeclared resource"). soc2lint evaluates such a
// reference as unknown, so a rule cannot judge what depends on it: the
// scan says so with a warning at the reference, once per module.

// notReferences are the first names of references that name no
// declaration of the module.
var notReferences = map[string]bool{
	"count": true, "each": true, "self": true, "path": true, "terraform": true,
	"ephemeral": true, "provider": true,
}

// uncheckedBlocks are the top-level blocks whose expressions are not
// checked: addresses of resources that no longer exist or are not yet in
// the configuration (moved, removed, import), checks with their own
// scoped data sources, and Terraform's settings.
var uncheckedBlocks = map[string]bool{
	"terraform": true, "moved": true, "removed": true, "import": true, "check": true,
}

// undeclaredReferences returns a warning for each reference in the
// module's native-syntax files to a declaration the module does not
// have. It returns nothing when a file could not be parsed whole, as its
// declarations may be missing.
func (d *declarations) undeclaredReferences(files []*File) parser.Diagnostics {
	for _, f := range files {
		if f.HCL == nil || f.Broken {
			return nil
		}
	}
	declared := map[string]bool{}
	for _, b := range d.resources {
		declared[blockAddress(b)] = true
	}
	for _, c := range d.calls {
		declared["module."+c.Labels[0]] = true
	}
	var out parser.Diagnostics
	seen := map[string]bool{}
	check := func(expr hcl.Expression, iterators []string) {
		for _, tr := range variables(expr) {
			names, n := traversalNames3(tr)
			if skipReference(names, n, iterators) {
				continue
			}
			addr, what, ok := d.undeclared(names, n, declared)
			if !ok {
				continue
			}
			rng := convertRange(tr.SourceRange())
			key := addr + "|" + rng.String()
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, parser.Diagnostic{
				Severity: parser.SevWarning,
				Summary:  "reference to undeclared " + what,
				Detail: fmt.Sprintf("%s is not declared in this module: Terraform rejects the configuration, and soc2lint "+
					"reads the value as unknown, so rules cannot judge what depends on it", addr),
				Range: rng,
			})
		}
	}
	for _, f := range files {
		body, ok := f.HCL.Body.(*hclsyntax.Body)
		if !ok {
			continue // JSON syntax
		}
		for _, b := range body.Blocks {
			if uncheckedBlocks[b.Type] {
				continue
			}
			if lb := d.lazy.blocks[b.Body]; lb != nil && lb.empty() {
				// A lazy block's references were read when it was
				// parsed: parse it again only to place the warnings of
				// one that names no declaration.
				if !d.anyUndeclared(lb.references, declared) {
					continue
				}
				if tree := lb.parse(); tree != nil {
					blockReferences(&hclsyntax.Block{Type: b.Type, Labels: b.Labels, Body: tree}, check)
				}
				continue
			}
			blockReferences(b, check)
		}
	}
	return out
}

// blockReferences calls check on every expression of a top-level block
// that may refer to a declaration.
func blockReferences(b *hclsyntax.Block, check func(hcl.Expression, []string)) {
	// provider = aws.east and providers = { aws = aws.east } name
	// provider configurations, which are not declarations.
	// In source order: the attributes are a map, and the warnings of a
	// block must come out in the same order on every run.
	for _, a := range attributesInOrder(b.Body.Attributes) {
		if a.Name != "provider" && a.Name != "providers" {
			check(a.Expr, nil)
		}
	}
	walkReferences(&hclsyntax.Body{Blocks: b.Body.Blocks}, nil, false, check)
}

// skipReference reports whether a reference with the first names names
// (traversalNames3) names no declaration: too short, a name such as
// count or each, or a dynamic block's iterator.
func skipReference(names [3]string, n int, iterators []string) bool {
	return n < 2 || notReferences[names[0]] || containsString(iterators, names[0])
}

// undeclared returns the address of what a reference (not skipped) names
// and what kind of declaration it is, and whether the module lacks it;
// declared holds the addresses of its resources, data sources and module
// calls.
func (d *declarations) undeclared(names [3]string, n int, declared map[string]bool) (addr, what string, ok bool) {
	switch names[0] {
	case "var":
		if d.variables[names[1]] != nil {
			return "", "", false
		}
		addr, what = "var."+names[1], "input variable"
	case "local":
		if d.locals[names[1]] != nil {
			return "", "", false
		}
		addr, what = "local."+names[1], "local value"
	case "module":
		addr, what = "module."+names[1], "module call"
	case "data":
		if n < 3 {
			return "", "", false
		}
		addr, what = "data."+names[1]+"."+names[2], "data source"
	case "resource":
		if n < 3 {
			return "", "", false
		}
		addr, what = names[1]+"."+names[2], "resource"
	default:
		addr, what = names[0]+"."+names[1], "resource"
	}
	return addr, what, !declared[addr]
}

// anyUndeclared reports whether one of refs names no declaration.
func (d *declarations) anyUndeclared(refs []refName, declared map[string]bool) bool {
	for _, r := range refs {
		if _, _, ok := d.undeclared(r.names, r.n, declared); ok {
			return true
		}
	}
	return false
}

// walkReferences calls check on every expression in body and its nested
// blocks, with the names of the dynamic blocks' iterators in scope.
// Lifecycle blocks are skipped unless lifecycle is true: ignore_changes
// names the resource's own arguments, not references.
func walkReferences(body *hclsyntax.Body, iterators []string, lifecycle bool, check func(hcl.Expression, []string)) {
	for _, a := range attributesInOrder(body.Attributes) {
		check(a.Expr, iterators)
	}
	for _, b := range body.Blocks {
		switch {
		case b.Type == "lifecycle" && !lifecycle:
			continue
		case b.Type == "dynamic" && len(b.Labels) == 1:
			it := b.Labels[0]
			if a := b.Body.Attributes["iterator"]; a != nil {
				if name := hcl.ExprAsKeyword(a.Expr); name != "" {
					it = name
				}
			}
			walkReferences(b.Body, append(iterators[:len(iterators):len(iterators)], it), lifecycle, check)
		default:
			walkReferences(b.Body, iterators, lifecycle, check)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// attributesInOrder returns a body's attributes in source order (a map
// has none), so that warnings come out in the same order on every run.
func attributesInOrder(attrs hclsyntax.Attributes) []*hclsyntax.Attribute {
	out := make([]*hclsyntax.Attribute, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, a)
	}
	if len(out) > 1 {
		slices.SortFunc(out, func(a, b *hclsyntax.Attribute) int { return a.SrcRange.Start.Byte - b.SrcRange.Start.Byte })
	}
	return out
}
