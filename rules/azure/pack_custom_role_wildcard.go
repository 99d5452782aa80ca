package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packCustomRoleWildcard() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-031",
		Name:     "custom-role-wildcard-actions",
		Title:    "Custom role allows every action (\"*\") at subscription or management group scope",
		Severity: engine.High,
		Description: "An azurerm_role_definition lists \"*\" among its permissions' actions and is assignable at " +
			"a subscription, a management group or the tenant root: whoever holds it can manage every resource " +
			"type there, like Owner (or like Contributor when not_actions removes Microsoft.Authorization " +
			"writes), and every new service is granted automatically. A custom role should list the operations " +
			"its job needs. The role's assignable_scopes are judged, or its scope when none are given. " +
			"Provider-wide wildcards such as \"Microsoft.Storage/*\" are not reported, nor are roles whose " +
			"scopes are all narrower or not known statically (see AZURE-030 for how scopes are read).",
		Remediation: engine.Remediation{Summary: "List the resource provider operations the role needs instead of \"*\", and keep its assignable scopes as narrow as its use."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles",
			"https://learn.microsoft.com/en-us/azure/role-based-access-control/role-definitions",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition",
		},
		Precision: "high",
		Check:     checkPackCustomRoleWildcard,
	}
}

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
				if scope = packBroadScope(s); scope != "" {
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
				}
			}
			setting.Undecided(p, res, "permissions.actions", unknown)
		}
	}
}
