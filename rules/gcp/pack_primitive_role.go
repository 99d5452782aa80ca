package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// checkPackPrimitiveRole reports the basic roles a project, folder or
// organization grants, and those of a google_iam_policy no resource of
// its root uses (basic roles are granted on those scopes).
func checkPackPrimitiveRole(p *engine.Pass) {
	report := func(res *parser.Resource, g packGrant) {
		if !g.role.IsAnyOf("roles/owner", "roles/editor") {
			return
		}
		if who := packGrantees(g, ""); len(who) > 0 {
			p.Report(res, g.role, "%s grants the basic role %s to %s%s", res.Address, g.role.Str, strings.Join(who, ", "), g.in())
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
