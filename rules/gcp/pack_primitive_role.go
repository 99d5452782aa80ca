package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func packPrimitiveRole() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-030",
		Name:     "primitive-role-granted",
		Title:    "Owner or Editor basic role granted on a project, folder or organization",
		Severity: engine.High,
		Description: "A google_project_iam_member, _iam_binding or _iam_policy (or the folder or organization " +
			"equivalent) grants the basic role roles/owner or roles/editor. Basic roles hold thousands of " +
			"permissions across every service of the project and everything below the folder or organization, " +
			"so a principal that needs one service gets all of them; Google recommends predefined or custom " +
			"roles instead. An _iam_policy's bindings are read from its policy_data, written as JSON or " +
			"taken from the google_iam_policy data source it refers to. Members that are not known " +
			"statically are not reported, and neither is the Google APIs service agent " +
			"(PROJECT_NUMBER@cloudservices.gserviceaccount.com) or other Google-managed service agents " +
			"(gcp-sa-*, *-robot, *-system), which Google grants such roles itself and which an authoritative " +
			"binding must keep. roles/viewer is not reported.",
		Remediation: engine.Remediation{Summary: "Grant predefined or custom roles that cover only what the principal needs instead of roles/owner or roles/editor."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://cloud.google.com/iam/docs/roles-overview#basic",
			"https://cloud.google.com/iam/docs/using-iam-securely#least_privilege",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
		},
		Precision: "high",
		Check:     checkPackPrimitiveRole,
	}
}

func checkPackPrimitiveRole(p *engine.Pass) {
	packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
		if !g.role.IsAnyOf("roles/owner", "roles/editor") {
			return
		}
		if who := packGrantees(g, ""); len(who) > 0 {
			p.Report(res, g.role, "%s grants the basic role %s to %s%s", res.Address, g.role.Str, strings.Join(who, ", "), g.in())
		}
	})
}

// packGrantees returns the members of a grant other than Google-managed
// service agents; a member not known statically is named unknown, or left
// out when unknown is "".
func packGrantees(g packGrant, unknown string) []string {
	var who []string
	for _, m := range g.members {
		if s, ok := m.AsString(); ok && !packServiceAgent(s) {
			who = append(who, s)
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
