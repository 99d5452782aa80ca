package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packCustomRoleWildcardReads are the types checkPackCustomRoleWildcard reads (Rule.Reads).
var packCustomRoleWildcardReads = []string{"azurerm_role_definition"}

func checkPackCustomRoleWildcard(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_role_definition") {
		b := res.Body
		// The role can be assigned within its assignable scopes; when none
		// are given, within its scope.
		var scope string
		switch as := b.Get("assignable_scopes"); {
		case parser.Set(as) == parser.No:
			scope = packBroadScope(b.Get("scope"))
		case as.Kind == parser.List:
			for _, s := range as.Elems {
				if scope = packBroadScopeIn(as, s); scope != "" {
					break
				}
			}
		}
		if scope == "" {
			continue
		}
		perms, hidden := setting.Blocks(b.Get("permissions"))
		if setting.Undecided(p, res, "permissions", hidden) {
			continue
		}
		for _, perm := range perms {
			actions, unknown := setting.Elems(perm.Get("actions"))
			for _, a := range actions {
				if s, ok := a.AsString(); ok && strings.TrimSpace(s) == "*" {
					p.Report(res, a, "%s allows every action (\"*\") at %s scope", res.Address, scope)
				} else if ok && cov6WritesRoles(s) {
					p.Report(res, a, "%s allows %s at %s scope: its holders can create roles with any permission", res.Address, s, scope)
				} else if ok && writesRoleAssignments(s) {
					p.Report(res, a, "%s allows %s at %s scope: its holders can assign any role there, Owner included, to themselves", res.Address, s, scope)
				}
			}
			setting.Undecided(p, res, "permissions.actions", unknown)
		}
	}
}

// packBroadScopeIn is packBroadScope for an element of the list l. An
// element written as a reference in a list literal
// ([data.azurerm_subscription.X.id]) carries no references of its own:
// the list does. Such an element is that reference when its width is the
// width of `<ref>.id` for one of the list's references, and all those
// references are of a broad scope.
func packBroadScopeIn(l, e *parser.Value) string {
	if scope := packBroadScope(e); scope != "" || setting.Unknown(e) == nil || len(e.Refs()) > 0 {
		return scope
	}
	r := e.Range
	if r.Start.Line != r.End.Line {
		return ""
	}
	scope := ""
	for _, ref := range l.Refs() {
		local := packLocalRef(ref)
		kind := ""
		switch {
		case strings.HasPrefix(local, "data.azurerm_subscription."):
			kind = packScopeSubscription
		case strings.HasPrefix(local, "data.azurerm_management_group."), strings.HasPrefix(local, "azurerm_management_group."):
			kind = packScopeManagementGroup
		default:
			return ""
		}
		if int(r.End.Column-r.Start.Column) == len(local)+len(".id") {
			scope = kind
		}
	}
	return scope
}

// writesRoleAssignments reports whether a role definition action lets its
// holder create role assignments (Microsoft.Authorization/roleAssignments/write
// or a wildcard over role assignments' actions): what makes User Access
// Administrator privileged, since the holder can assign any role, Owner
// included, to any principal, itself too.
func writesRoleAssignments(action string) bool {
	switch strings.ToLower(strings.TrimSpace(action)) {
	case "microsoft.authorization/roleassignments/write", "microsoft.authorization/roleassignments/*":
		return true
	}
	return false
}
