package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// packPrimitiveRoleReads are the types checkPackPrimitiveRole reads (Rule.Reads).
var packPrimitiveRoleReads = []string{"google_folder", "google_folder_iam_binding", "google_folder_iam_member", "google_folder_iam_policy", "google_iam_policy", "google_organization", "google_organization_iam_binding", "google_organization_iam_member", "google_organization_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy", "google_service_account"}

// checkPackPrimitiveRole reports the basic roles a project, folder or
// organization grants, and those of a google_iam_policy no resource of
// its root uses (basic roles are granted on those scopes).
func checkPackPrimitiveRole(p *engine.Pass) {
	report := func(res *parser.Resource, g packGrant) {
		if !g.role.IsAnyOf("roles/owner", "roles/editor") {
			return
		}
		who, unknown := basicRoleGrantees(g)
		if len(who) > 0 {
			p.Report(res, g.role, "%s grants the basic role %s to %s%s", res.Address, g.role.Str, strings.Join(who, ", "), g.in())
		} else if unknown != nil {
			p.CannotTell(res, unknown, parser.Unknowable(unknown, "member").Detail+" (a Google-managed service agent may hold basic roles)")
		}
	}
	packEachGrant(p, packScopeIAMTypes, report)
	packEachUnusedPolicyGrant(p, report)
}

// packGrantees returns the members of a grant other than Google-managed
// service agents; a member not known statically is named unknown, or left
// out when unknown is "".
func packGrantees(g packGrant, unknown string) []string {
	var who []string
	for _, m := range g.members {
		if s, ok := m.AsString(); ok && !packServiceAgent(s) {
			who = append(who, s)
		} else if !ok && parser.ComputedFrom(m, cov8CreatedServiceAccount) {
			// The email of a service account the configuration creates: never a service agent.
			who = append(who, "the service account "+strings.Join(m.Refs(), ", "))
		} else if !ok && unknown != "" {
			who = append(who, unknown)
		}
	}
	return who
}

// packServiceAgent reports whether an IAM member is a Google-managed
// service agent, which Google itself grants project roles to.
func packServiceAgent(member string) bool {
	email, ok := strings.CutPrefix(member, "serviceAccount:")
	if !ok {
		return false
	}
	_, domain, _ := strings.Cut(email, "@")
	if domain == "cloudservices.gserviceaccount.com" {
		return true
	}
	label, rest, _ := strings.Cut(domain, ".")
	return rest == "iam.gserviceaccount.com" &&
		(strings.HasPrefix(label, "gcp-sa-") || strings.HasSuffix(label, "-robot") || strings.HasSuffix(label, "-system"))
}

// basicRoleGrantees returns the members of a basic-role grant other than
// Google-managed service agents. A member whose kind is known but not its
// identity ("serviceAccount:${module.sa.email}") is named as far as it is
// known, unless the known end of its address is a service agent's domain;
// a member that may be a service agent (not known at all, or a domain
// only partly known) is returned as unknown.
func basicRoleGrantees(g packGrant) (who []string, unknown *parser.Value) {
	for _, m := range g.members {
		if s, ok := m.AsString(); ok {
			if !packServiceAgent(s) {
				who = append(who, s)
			}
			continue
		}
		if parser.ComputedFrom(m, cov8CreatedServiceAccount) {
			// The email of a service account the configuration creates.
			who = append(who, "the service account "+strings.Join(m.Refs(), ", "))
			continue
		}
		prefix, _ := m.KnownPrefix()
		kind, _, typed := strings.Cut(prefix, ":")
		suffix, _ := m.KnownSuffix()
		_, domain, hasDomain := strings.Cut(suffix, "@")
		switch {
		case !typed || kind == "":
			unknown = m
		case hasDomain && packServiceAgent("serviceAccount:agent@"+domain):
		case !hasDomain && strings.Contains(suffix, "gserviceaccount.com"):
			unknown = m
		case len(m.Refs()) > 0:
			who = append(who, m.Shown()+" (from "+strings.Join(m.Refs(), ", ")+")")
		default:
			who = append(who, m.Shown())
		}
	}
	return who, unknown
}
