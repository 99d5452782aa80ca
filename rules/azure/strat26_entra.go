package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// strat26Rules are the rules added from attack-simulation and
// vulnerable-by-design labs (session 26, AZURE-192 and up).
func strat26Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-192", Check: checkEntraPrivilegedGrant, Reads: []string{
			"azuread_directory_role_member", "azuread_directory_role_assignment", "azuread_app_role_assignment",
			"azuread_directory_role", "azuread_service_principal"}},
	}
}

// entraPrivilegedRoles are the Microsoft Entra built-in roles, by template
// id, whose holders can take over the tenant or every application's
// credentials (Microsoft marks them privileged): Global Administrator,
// Privileged Role Administrator and Privileged Authentication
// Administrator; Application and Cloud Application Administrator, which
// can add a credential to any application and sign in as it; User
// Administrator, which can reset the passwords of non-administrators; and
// Hybrid Identity Administrator, which manages federation.
var entraPrivilegedRoles = map[string]string{
	"62e90394-69f5-4237-9190-012177145e10": "Global Administrator",
	"e8611ab8-c189-46e8-94e1-60213ab1f814": "Privileged Role Administrator",
	"7be44c8a-adaf-4e2a-84d6-ab2649e08a13": "Privileged Authentication Administrator",
	"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3": "Application Administrator",
	"158c047a-c907-4556-b7ef-446551a6b5f7": "Cloud Application Administrator",
	"fe930be7-5e62-47db-91af-98c3a49a38b1": "User Administrator",
	"8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2": "Hybrid Identity Administrator",
}

// graphPrivilegedAppRoles are the Microsoft Graph application permissions,
// by app role id, that let an application grant itself or anyone any
// role or permission (RoleManagement.ReadWrite.Directory,
// AppRoleAssignment.ReadWrite.All), add credentials to every application
// (Application.ReadWrite.All), or write the whole directory
// (Directory.ReadWrite.All).
var graphPrivilegedAppRoles = map[string]string{
	"9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8": "RoleManagement.ReadWrite.Directory",
	"06b708a9-e830-4db3-a914-8e69da51d44f": "AppRoleAssignment.ReadWrite.All",
	"1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9": "Application.ReadWrite.All",
	"19dbc75e-c2e2-444c-a770-ec69d8559fc7": "Directory.ReadWrite.All",
}

// graphPrivilegeWhy says what each privileged permission lets its holder do.
var graphPrivilegeWhy = map[string]string{
	"RoleManagement.ReadWrite.Directory": "the application can make itself or anyone Global Administrator",
	"AppRoleAssignment.ReadWrite.All":    "the application can grant itself any other application permission",
	"Application.ReadWrite.All":          "the application can add a credential to any application and act as it",
	"Directory.ReadWrite.All":            "the application can change users, groups and applications across the directory",
}

// entraRoleByName returns the privileged role of that display name
// (compared without case: "Global administrator" is how the portal used to
// write it), or "".
func entraRoleByName(s string) string {
	s = strings.TrimSpace(s)
	for _, name := range entraPrivilegedRoles {
		if strings.EqualFold(s, name) {
			return name
		}
	}
	return ""
}

// checkEntraPrivilegedGrant is AZURE-192: a privileged Microsoft Entra
// directory role made active for a workload identity (a service principal
// or a managed identity) at the tenant scope, or a privileged Microsoft
// Graph application permission granted to one.
func checkEntraPrivilegedGrant(p *engine.Pass) {
	for _, res := range p.KnownResources("azuread_directory_role_member") {
		role := entraRoleOf(p, res, "role_object_id")
		if role == "" {
			continue
		}
		entraJudgeMember(p, res, res.Body.Get("member_object_id"), "member_object_id", role)
	}
	for _, res := range p.KnownResources("azuread_directory_role_assignment") {
		role := entraRoleOf(p, res, "role_id")
		if role == "" {
			continue
		}
		// A scope narrower than the tenant ("/administrativeUnits/ID", an
		// application's object id) limits the role to those objects.
		if sc := res.Body.Get("directory_scope_id"); sc != nil && !sc.IsNull() {
			s, ok := sc.AsString()
			if !ok {
				// "/administrativeUnits/${...}", "/${azuread_application.x.object_id}":
				// a known beginning and an id after it is a narrower scope.
				if prefix, partly := sc.KnownPrefix(); partly && prefix != "" {
					continue
				}
				p.CannotTell(res, sc, parser.Unknowable(sc, "directory_scope_id").Detail)
				continue
			}
			if strings.TrimSpace(s) != "/" {
				continue
			}
		}
		entraJudgeMember(p, res, res.Body.Get("principal_object_id"), "principal_object_id", role)
	}
	for _, res := range p.KnownResources("azuread_app_role_assignment") {
		v := res.Body.Get("app_role_id")
		s, ok := v.AsString()
		if !ok {
			if !graphSP(p, res) {
				continue
			}
			// app_role_ids["RoleManagement.ReadWrite.Directory"]: the map is
			// computed, the key names the permission.
			if key, named := v.IndexKey(); named {
				if perm := graphPermissionByName(key); perm != "" {
					p.Report(res, v, "%s grants the Microsoft Graph application permission %s, a tenant-wide privilege: %s", res.Address, perm, graphPrivilegeWhy[perm])
				}
				continue
			}
			p.CannotTell(res, v, "app_role_id: which Microsoft Graph permission is not known statically")
			continue
		}
		if perm := graphPrivilegedAppRoles[strings.ToLower(strings.TrimSpace(s))]; perm != "" {
			p.Report(res, v, "%s grants the Microsoft Graph application permission %s, a tenant-wide privilege: %s", res.Address, perm, graphPrivilegeWhy[perm])
		}
	}
}

// entraRoleOf returns the privileged role an assignment's attribute names:
// a role template id written out, or an azuread_directory_role of the
// configuration whose display_name or template_id is a privileged role.
func entraRoleOf(p *engine.Pass, res *parser.Resource, attr string) string {
	if s, ok := res.Body.Get(attr).AsString(); ok {
		return entraPrivilegedRoles[strings.ToLower(strings.TrimSpace(s))]
	}
	for _, r := range p.Referenced(res, attr, "azuread_directory_role") {
		if s, ok := r.Body.Get("display_name").AsString(); ok {
			if role := entraRoleByName(s); role != "" {
				return role
			}
		}
		if s, ok := r.Body.Get("template_id").AsString(); ok {
			if role := entraPrivilegedRoles[strings.ToLower(strings.TrimSpace(s))]; role != "" {
				return role
			}
		}
	}
	return ""
}

// entraWorkload tells what kind of principal an object id refers to: a
// workload identity (a service principal, a user-assigned identity, the
// system-assigned identity of an Azure resource), a person or group
// (users and groups are not judged), or, when it refers to nothing of the
// configuration, unknown.
func entraWorkload(v *parser.Value) (workload, known bool) {
	for _, ref := range v.Refs() {
		t := ref
		if i := strings.LastIndex(t, "."); i >= 0 {
			t = t[:i]
		}
		if j := strings.LastIndex(t, "."); j >= 0 {
			t = t[j+1:]
		}
		switch {
		case t == "azuread_service_principal", t == "azurerm_user_assigned_identity":
			return true, true
		case t == "azuread_user", t == "azuread_group", t == "azurerm_client_config", t == "azuread_client_config":
			// The deploying principal (client config) may be a person or
			// a pipeline: not told.
			return false, t != "azurerm_client_config" && t != "azuread_client_config"
		case strings.HasPrefix(t, "azurerm_"):
			// A principal id read from an Azure resource is its
			// system-assigned managed identity.
			return true, true
		}
	}
	return false, false
}

func entraJudgeMember(p *engine.Pass, res *parser.Resource, v *parser.Value, attr, role string) {
	workload, known := entraWorkload(v)
	switch {
	case workload:
		p.Report(res, v, "%s makes %s active for a workload identity (%s), at the tenant scope: whoever controls the workload's code or credentials holds the role", res.Address, role, attr)
	case !known:
		p.CannotTell(res, v, attr+": the principal is not a service principal, identity or user of the configuration")
	}
}

// graphPermissionByName returns the privileged Graph permission of that
// name, or "".
func graphPermissionByName(name string) string {
	for _, perm := range graphPrivilegedAppRoles {
		if strings.EqualFold(strings.TrimSpace(name), perm) {
			return perm
		}
	}
	return ""
}

// graphAppID is the application id of Microsoft Graph.
const graphAppID = "00000003-0000-0000-c000-000000000000"

// graphSP reports whether an app role assignment's app_role_id is read
// from a service principal of Microsoft Graph: one whose client_id (or
// application_id) is Graph's application id, written out or read from
// the azuread_application_published_app_ids data source.
func graphSP(p *engine.Pass, res *parser.Resource) bool {
	for _, sp := range p.Referenced(res, "app_role_id", "azuread_service_principal") {
		for _, attr := range []string{"client_id", "application_id"} {
			v := sp.Body.Get(attr)
			if s, ok := v.AsString(); ok && strings.EqualFold(strings.TrimSpace(s), graphAppID) {
				return true
			}
			for _, u := range v.Uses() {
				if strings.Contains(u, "azuread_application_published_app_ids") {
					return true
				}
			}
		}
	}
	return false
}
