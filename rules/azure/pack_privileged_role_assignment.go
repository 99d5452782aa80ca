package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

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

// packPrivilegedRoleAssignmentReads are the types checkPackPrivilegedRoleAssignment reads (Rule.Reads).
var packPrivilegedRoleAssignmentReads = []string{"azurerm_pim_active_role_assignment", "azurerm_role_assignment", "azurerm_role_definition"}

func checkPackPrivilegedRoleAssignment(p *engine.Pass) {
	for _, res := range p.KnownResources("azurerm_role_assignment", "azurerm_pim_active_role_assignment") {
		b := res.Body
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
	// A built-in role's id after an unknown scope, as the PIM examples
	// write it: "${data.azurerm_subscription.x.id}/providers/Microsoft.Authorization/roleDefinitions/<id>".
	if suffix, ok := v.KnownSuffix(); ok {
		const marker = "/roledefinitions/"
		suffix = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(suffix), "/"))
		if i := strings.LastIndex(suffix, marker); i >= 0 && !strings.Contains(suffix[i+len(marker):], "/") {
			return packPrivilegedRoles[suffix[i+len(marker):]], v, nil
		}
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
