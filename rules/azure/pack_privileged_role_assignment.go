package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packPrivilegedRoleAssignment() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-030",
		Name:     "privileged-role-at-subscription-scope",
		Title:    "Owner, Contributor or access-administration role assigned at subscription or management group scope",
		Severity: engine.High,
		Description: "An azurerm_role_assignment grants a principal the built-in Owner, Contributor, User Access " +
			"Administrator or Role Based Access Control Administrator role on a whole subscription, a management " +
			"group or the tenant root (\"/\"): the principal can change (Owner, Contributor) or grant access to " +
			"(Owner, the two access-administration roles) every resource below it. Least privilege means a " +
			"narrower role, or the same role on a resource group. The role is read from role_definition_name, " +
			"from a built-in role id in role_definition_id, or from the name of the data.azurerm_role_definition " +
			"it refers to; the scope from a literal id (/subscriptions/<id>, " +
			"/providers/Microsoft.Management/managementGroups/<name>, \"/\"), from such an id whose last " +
			"segment alone is not known statically (\"/subscriptions/${var.subscription_id}\": the unknown " +
			"piece is taken to be the one id), or from an expression that is " +
			"exactly data.azurerm_subscription.<name>.id or a management group's id. A scope or role that is " +
			"not known statically (a template such as \"${data.azurerm_subscription.x.id}/resourceGroups/rg\", a " +
			"local or variable holding a computed id) is not reported, nor is an access-administration role " +
			"restricted by an ABAC condition. Custom roles are judged where they are defined (AZURE-031).",
		Remediation: engine.Remediation{Summary: "Assign a narrower built-in or custom role, at the resource group or resource the principal manages; keep standing Owner access for break-glass accounts only (use PIM for just-in-time elevation)."},
		Checklist:   []string{"IAM-3"},
		SOC2:        []string{"CC6.1", "CC6.3"},
		Provider:    "azure",
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices",
			"https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/general",
			"https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/privileged",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_assignment",
		},
		Precision: "high",
		Check:     checkPackPrivilegedRoleAssignment,
	}
}

// packPrivilegedRoles maps the built-in role ids reported to their names.
var packPrivilegedRoles = map[string]string{
	"8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
	"b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
	"18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "User Access Administrator",
	"f58310d9-a9f6-439a-9e8d-f62e7b41a168": "Role Based Access Control Administrator",
}

// packAccessAdminRoles can be restricted by an ABAC condition on the role
// assignments they may write.
var packAccessAdminRoles = map[string]bool{
	"User Access Administrator":               true,
	"Role Based Access Control Administrator": true,
}

func checkPackPrivilegedRoleAssignment(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_role_assignment") {
		b := res.Body
		scope := packBroadScope(b.Get("scope"))
		if scope == "" {
			continue
		}
		role, at := packAssignedRole(p, res)
		if role == "" {
			continue
		}
		if packAccessAdminRoles[role] && !b.Get("condition").IsNull() {
			continue
		}
		p.Report(res, at, "%s assigns %s at %s scope", res.Address, role, scope)
	}
}

// packAssignedRole returns the privileged built-in role an assignment
// grants, and the value naming it, or "" when the role is another one or
// not known.
func packAssignedRole(p *engine.Pass, res *parser.Resource) (string, *parser.Value) {
	if v := res.Body.Get("role_definition_name"); v != nil {
		if s, ok := v.AsString(); ok {
			return packPrivilegedRoleName(s), v
		}
		return "", nil
	}
	v := res.Body.Get("role_definition_id")
	if s, ok := v.AsString(); ok {
		s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "/"))
		return packPrivilegedRoles[s[strings.LastIndex(s, "/")+1:]], v
	}
	if setting.Unknown(v) == nil {
		return "", nil
	}
	// A role looked up by name: data "azurerm_role_definition" { name = "Owner" }.
	defs := p.Referenced(res, "role_definition_id", "azurerm_role_definition")
	if len(defs) != 1 || !defs[0].Data {
		return "", nil
	}
	d := defs[0].Body
	if s, ok := d.Get("name").AsString(); ok {
		return packPrivilegedRoleName(s), v
	}
	if s, ok := d.Get("role_definition_id").AsString(); ok {
		return packPrivilegedRoles[strings.ToLower(strings.TrimSpace(s))], v
	}
	return "", nil
}

// packPrivilegedRoleName returns the canonical name of a privileged
// built-in role given by name, or "".
func packPrivilegedRoleName(s string) string {
	s = strings.TrimSpace(s)
	for _, name := range packPrivilegedRoles {
		if strings.EqualFold(s, name) {
			return name
		}
	}
	return ""
}
