package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// covAttachment is a resource that configures another by naming it: a
// diagnostic setting's target_resource_id, an auditing policy's server_id.
type covAttachment struct {
	// attr is the attribute that names the target, kind the attaching
	// resource type, and segment the type segment of the target's Azure id
	// ("vaults" in .../vaults/NAME).
	attr, kind, segment string
	// unresolved is the note when a resource of kind in the target's root
	// names something not known statically.
	unresolved string
}

// covDiagnostics is a diagnostic setting naming the target resource.
func covDiagnostics(segment string) covAttachment {
	return covAttachment{"target_resource_id", "azurerm_monitor_diagnostic_setting", segment,
		"a diagnostic setting in this module names a target not known statically"}
}

// covRequire reports target when nothing attaches to it (problem says what
// that means, after its address), and records it as undecided when an
// attachment in its root names a target not known statically.
func covRequire(p *engine.Pass, target *parser.Resource, a covAttachment, problem string) {
	found, unresolved := covAttached(p, target, a)
	switch {
	case len(found) > 0:
	case unresolved:
		p.CannotTell(target, nil, a.unresolved)
	default:
		p.Report(target, nil, "%s: %s", target.Address, problem)
	}
}

// covAttached returns the resources of a's kind whose attribute names
// target: by reference, or by a literal Azure id ending in
// "/<segment>/<target's name>". unresolved is true when none does but a
// resource of that kind in target's root names something not known
// statically that is not a resource of the scan: it may be target (not
// when it only refers to resources or data sources of other types).
func covAttached(p *engine.Pass, target *parser.Resource, a covAttachment) (found []*parser.Resource, unresolved bool) {
	found, maybe := covAttachedOrMaybe(p, target, a)
	return found, maybe && len(found) == 0
}

// covAttachedOrMaybe is covAttached, with maybe true whenever a resource
// of a's kind names something not known statically that may be target,
// found or not.
func covAttachedOrMaybe(p *engine.Pass, target *parser.Resource, a covAttachment) (found []*parser.Resource, maybe bool) {
	found = p.Referrers(target, a.attr, a.kind)
	name, named := target.Body.Get("name").AsString()
	for _, r := range p.InRoot(target, a.kind) {
		if r.Data {
			continue
		}
		if id, ok := r.Body.Get(a.attr).AsString(); ok {
			if named && strings.HasSuffix(strings.ToLower(strings.TrimSuffix(id, "/")), "/"+a.segment+"/"+strings.ToLower(name)) &&
				!covContains(found, r) {
				found = append(found, r)
			}
			continue
		}
		if p.Unresolved(r, a.attr) && !covNamesOtherType(r.Body.Get(a.attr), target.Type) {
			maybe = true
		}
		// A data source of the target's type reads an existing resource
		// by name: this one when the names match, maybe when either name
		// is not known statically.
		for _, d := range p.Referenced(r, a.attr, target.Type) {
			if !d.Data {
				continue
			}
			switch dn, ok := d.Body.Get("name").AsString(); {
			case ok && named && strings.EqualFold(dn, name):
				if !covContains(found, r) {
					found = append(found, r)
				}
			case !ok || !named:
				maybe = true
			}
		}
	}
	if a.kind == cov7Diagnostics { // and those written with azapi (fp25b_azapi_diag.go)
		more, m := azapiDiagnosticsOf(p, target, a.segment)
		for _, r := range more {
			if !covContains(found, r) {
				found = append(found, r)
			}
		}
		maybe = maybe || m
	}
	return found, maybe
}

// covNamesOtherType reports whether the unknown value v refers only to
// resources or data sources of types other than typ (a diagnostic setting
// on data.azurerm_databricks_workspace.x.id): it cannot name a resource
// of type typ. A variable, a local or a module output may name anything.
func covNamesOtherType(v *parser.Value, typ string) bool {
	refs := v.Refs()
	if len(refs) == 0 || len(v.Uses()) != len(refs) {
		return false
	}
	for _, r := range refs {
		t := parser.ResourceType(strings.TrimPrefix(r, "data."))
		if t == "" || t == typ {
			return false
		}
	}
	return true
}

func covContains(rs []*parser.Resource, r *parser.Resource) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
