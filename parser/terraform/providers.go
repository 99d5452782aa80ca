package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Provider configurations: which provider block configures a resource.
//
// A module instance sees provider configurations by local name ("aws",
// "aws.dr"). The root module sees the blocks it declares. A called module
// sees those its call passes in `providers = { aws = aws.dr }`, or, when
// the call has no providers argument, its caller's default (unaliased)
// configurations; a provider block of its own takes precedence. A resource
// uses the configuration its `provider` argument names, else the default
// configuration of the provider its type belongs to.

// providerAddr is the graph address of the provider block that local name
// stands for in a module instance at addr: "provider.aws.dr" or
// `module.net["a"].provider.aws`.
func providerAddr(addr, name string) string {
	if addr == "" {
		return "provider." + name
	}
	return addr + ".provider." + name
}

// declareProviders adds the module's own provider blocks to the
// configurations it sees.
func (ev *evaluator) declareProviders() {
	if ev.providers == nil {
		ev.providers = map[string]string{}
	}
	for _, b := range ev.decls.providers {
		name := providerName(b)
		ev.providers[name] = providerAddr(ev.addr, name)
	}
}

// passProviders returns the provider configurations a module call hands
// to its child, by the child's local names.
func (ev *evaluator) passProviders(call *hcl.Block) map[string]string {
	out := map[string]string{}
	content, _, _ := call.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "providers"}}})
	a := content.Attributes["providers"]
	if a == nil {
		// Without a providers argument, a child inherits its caller's
		// default configurations, never the aliased ones.
		for name, addr := range ev.providers {
			if !strings.Contains(name, ".") {
				out[name] = addr
			}
		}
		return out
	}
	pairs, diags := hcl.ExprMap(a.Expr)
	if diags.HasErrors() {
		return out
	}
	for _, p := range pairs {
		child, ok := providerRef(p.Key)
		parent, ok2 := providerRef(p.Value)
		if !ok || !ok2 {
			continue
		}
		if addr, ok := ev.providers[parent]; ok {
			out[child] = addr
		} else {
			// A configuration the caller does not declare is Terraform's
			// empty default one, which has no settings to read.
			out[child] = providerAddr("", parent)
		}
	}
	return out
}

// providerRef reads a provider reference written as a traversal (aws,
// aws.dr) or, in JSON syntax, as a string holding one.
func providerRef(expr hcl.Expression) (string, bool) {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() || len(tr) == 0 || len(tr) > 2 {
		return "", false
	}
	names := traversalNames(tr)
	if len(names) != len(tr) {
		return "", false
	}
	return strings.Join(names, "."), true
}

// resourceProvider returns the address of the provider configuration a
// resource or data block uses.
func (ev *evaluator) resourceProvider(b *hcl.Block) string {
	name := b.Labels[0]
	if i := strings.IndexByte(name, '_'); i > 0 {
		name = name[:i]
	}
	var expr hcl.Expression
	if sb, ok := b.Body.(*hclsyntax.Body); ok && quickEval {
		// What PartialContent gives for a block's own body, without
		// copying it (a tenth of the evaluation of a block that sets no
		// provider, as nearly all do).
		if a := sb.Attributes["provider"]; a != nil {
			expr = a.Expr
		}
	} else {
		content, _, _ := b.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "provider"}}})
		if a := content.Attributes["provider"]; a != nil {
			expr = a.Expr
		}
	}
	if expr != nil {
		if ref, ok := providerRef(expr); ok {
			name = ref
		}
	}
	if addr, ok := ev.providers[name]; ok {
		return addr
	}
	return providerAddr("", name)
}
