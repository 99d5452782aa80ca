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
			"exactly data.azurerm_subscription.<name>.id or a management group's id. A scope whose known text names " +
			"a resource group (\"${data.azurerm_subscription.x.id}/resourceGroups/rg\") or that is built from the id " +
			"of a resource group or another resource is narrow. A scope or role not known statically otherwise (a " +
			"variable without a value, a local holding a computed subscription id) is an undecided note when the " +
			"rest of the assignment would be reported. Not reported is an access-administration role " +
			"restricted by an ABAC condition. Custom roles are judged where they are defined (AZURE-031).",
		Remediation: engine.Remediation{Summary: "Assign a narrower built-in or custom role, at the resource group or resource the principal manages; keep standing Owner access for break-glass accounts only (use PIM for just-in-time elevation)."},
		Checklist:   []string{"IAM-3"},
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
		if !p.BodyKnown(res) {
			continue
		}
		sv := b.Get("scope")
		scope := packBroadScope(sv)
		var scopeUnknown *parser.Value
		if scope == "" {
			if !packMayBeBroadScope(sv) {
				continue
			}
			scopeUnknown = sv
		}
		role, at, roleUnknown := packAssignedRole(p, res)
		if role == "" && roleUnknown == nil {
			continue
		}
		if packAccessAdminRoles[role] && !b.Get("condition").IsNull() {
			continue
		}
		switch {
		case roleUnknown != nil:
			p.CannotTell(res, roleUnknown, parser.Unknowable(roleUnknown, "role").Detail)
		case scopeUnknown != nil:
			p.CannotTell(res, scopeUnknown, parser.Unknowable(scopeUnknown, "scope").Detail)
		default:
			p.Report(res, at, "%s assigns %s at %s scope", res.Address, role, scope)
		}
	}
}

// packAssignedRole returns the privileged built-in role an assignment
// grants and the value naming it, or "" when the role is another one;
// unknown is the value that hides the role when it cannot be told.
func packAssignedRole(p *engine.Pass, res *parser.Resource) (role string, at, unknown *parser.Value) {
	if v := res.Body.Get("role_definition_name"); v != nil {
		if s, ok := v.AsString(); ok {
			return packPrivilegedRoleName(s), v, nil
		}
		return "", nil, setting.Unknown(v)
	}
	v := res.Body.Get("role_definition_id")
	if s, ok := v.AsString(); ok {
		s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "/"))
		return packPrivilegedRoles[s[strings.LastIndex(s, "/")+1:]], v, nil
	}
	if setting.Unknown(v) == nil {
		return "", nil, nil
	}
	// A role looked up by name: data "azurerm_role_definition" { name = "Owner" }.
	defs := p.Referenced(res, "role_definition_id", "azurerm_role_definition")
	if len(defs) != 1 {
		return "", nil, v
	}
	if !defs[0].Data {
		return "", nil, nil // a custom role: AZURE-031 judges it
	}
	d := defs[0].Body
	if s, ok := d.Get("name").AsString(); ok {
		return packPrivilegedRoleName(s), v, nil
	}
	if s, ok := d.Get("role_definition_id").AsString(); ok {
		return packPrivilegedRoles[strings.ToLower(strings.TrimSpace(s))], v, nil
	}
	return "", nil, v
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
