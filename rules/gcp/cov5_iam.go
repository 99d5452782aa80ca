package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage5Rules are the fifth batch of coverage rules (GCP-139 and up).
func coverage5Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "GCP-139"}, setting.Check{
			Types: []string{"google_iam_workload_identity_pool_provider"},
			// OIDC, SAML and X.509 providers; an AWS provider is bound to
			// one AWS account.
			If: setting.Not(setting.Both(
				setting.MustBeSet(parser.A("oidc", "")),
				setting.MustBeSet(parser.A("saml", "")),
				setting.MustBeSet(parser.A("x509", "")))),
			Judge: setting.Either(
				setting.MustBeSet(parser.A("attribute_condition", "")),
				setting.MustNotBe(parser.A("attribute_condition", ""), "", "true")),
			Problem: "every identity the external provider vouches for may impersonate the pool's service accounts",
		}),
		{ID: "GCP-140", Check: checkCov5ServiceAccountAdmin, Reads: cov5ServiceAccountAdminReads},
		{ID: "GCP-141", Check: checkCov5PublicAccessPrevention, Reads: cov5PublicAccessPreventionReads},
		{ID: "GCP-143", Check: checkCov5LBServesHTTP, Reads: cov5LBServesHTTPReads},
		setting.Rule(engine.Rule{ID: "GCP-142"}, setting.Check{
			Types: []string{"google_storage_bucket"},
			// A retention policy (Bucket Lock) keeps objects immutable and
			// cannot be combined with versioning.
			Unless:  []parser.Attr{parser.A("retention_policy", "")},
			Judge:   setting.MustBeTrue(parser.A("versioning.enabled", ""), false),
			Problem: "an overwritten or deleted object cannot be recovered after the soft-delete window",
		}),
	}
}

// cov5PublicAccessPreventionReads are the types checkCov5PublicAccessPrevention reads (Rule.Reads).
var cov5PublicAccessPreventionReads = []string{"google_folder_organization_policy", "google_org_policy_policy", "google_organization_policy", "google_project_organization_policy", "google_storage_bucket"}

// checkCov5PublicAccessPrevention is GCP-141: a bucket that does not
// enforce public access prevention, in a root with no organization policy
// that may enforce it.
func checkCov5PublicAccessPrevention(p *engine.Pass) {
	judge := setting.MustBeOneOf(parser.A("public_access_prevention", ""), "inherited", "enforced")
	for _, b := range p.KnownManaged("google_storage_bucket") {
		if !packOrgPolicyEnforced(p, b, "storage.publicAccessPrevention") {
			p.Judge(b, judge(b), "nothing stops the bucket or its objects from being made public")
		}
	}
}

// cov5AdminRole reports whether a predefined role administers a service
// (roles/storage.admin, roles/iam.securityAdmin...). The basic roles are
// GCP-030.
func cov5AdminRole(role string) bool {
	r, ok := strings.CutPrefix(role, "roles/")
	return ok && strings.HasSuffix(strings.ToLower(r), "admin")
}

// cov5ServiceAccountAdminReads are the types checkCov5ServiceAccountAdmin reads (Rule.Reads).
var cov5ServiceAccountAdminReads = []string{"google_folder", "google_folder_iam_binding", "google_folder_iam_member", "google_folder_iam_policy", "google_iam_policy", "google_organization", "google_organization_iam_binding", "google_organization_iam_member", "google_organization_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy"}

func checkCov5ServiceAccountAdmin(p *engine.Pass) {
	packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
		role, ok := g.role.AsString()
		if !ok || !cov5AdminRole(role) {
			return
		}
		var sas []string
		for _, m := range g.members {
			s, ok := m.AsString()
			if !ok {
				// "serviceAccount:${google_service_account.x.email}"
				if pre, _ := m.KnownPrefix(); strings.HasPrefix(pre, "serviceAccount:") {
					who := m.Shown()
					if len(m.Refs()) > 0 {
						who = "serviceAccount:" + m.Refs()[0]
					}
					sas = append(sas, who)
				}
				continue
			}
			if strings.HasPrefix(s, "serviceAccount:") && !packServiceAgent(s) {
				sas = append(sas, s)
			}
		}
		if len(sas) > 0 {
			p.Report(res, g.role, "%s grants the administrator role %s to %s%s", res.Address, role, strings.Join(sas, ", "), g.in())
		}
	})
}
