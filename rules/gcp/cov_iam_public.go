package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// covReportPublicGrants reports, for each IAM resource of types, the
// grants to allUsers or allAuthenticatedUsers; what says what the grant
// exposes ("the dataset is readable by").
func covReportPublicGrants(p *engine.Pass, what string, types ...string) {
	packEachGrant(p, types, func(res *parser.Resource, g packGrant) {
		if who, at := packPublicGrantees(g); len(who) > 0 {
			p.Report(res, at, "%s grants %s to %s: %s anyone%s", res.Address, g.roleName(), strings.Join(who, ", "), what, g.in())
		}
	})
}

func covBigQueryPublic() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-104",
		Name:     "bigquery-dataset-public",
		Title:    "BigQuery dataset or table is open to allUsers or allAuthenticatedUsers",
		Severity: engine.Critical,
		Description: "A BigQuery dataset grants access to allUsers or allAuthenticatedUsers (any Google account): " +
			"in an access block or google_bigquery_dataset_access (iam_member, or special_group " +
			"allAuthenticatedUsers), or through google_bigquery_dataset_iam_* or google_bigquery_table_iam_* " +
			"(member, members or policy_data). Its tables can then be queried by anyone on the internet. " +
			"Members not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Grant dataset access to groups, users or service accounts of your organization; publish data deliberately through Analytics Hub or authorized views."},
		Checklist:   []string{"DATA-1"},
		Links: []string{
			"https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			for _, res := range p.ResourcesOfType("google_bigquery_dataset", "google_bigquery_dataset_access") {
				if res.Data {
					continue
				}
				entries := res.Body.Get("access").Items()
				if res.Type == "google_bigquery_dataset_access" {
					entries = []*parser.Value{res.Body}
				}
				for _, a := range entries {
					for _, attr := range []string{"iam_member", "special_group"} {
						if v := a.Get(attr); v.IsAnyOf(packPublicMembers...) {
							p.Report(res, v, "%s gives %s access to the dataset (%s)", res.Address, v.Str, attr)
						}
					}
				}
			}
			covReportPublicGrants(p, "the data is readable by",
				iamTypes("google_bigquery_dataset", "google_bigquery_table")...)
		},
	}
}

func covServerlessPublic() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-105",
		Name:     "serverless-invoker-public",
		Title:    "Cloud Run service or Cloud Function can be invoked by allUsers or allAuthenticatedUsers",
		Severity: engine.Medium,
		Description: "An IAM resource of a Cloud Run service (google_cloud_run_service_iam_*, " +
			"google_cloud_run_v2_service_iam_*) or Cloud Function (google_cloudfunctions_function_iam_*, " +
			"google_cloudfunctions2_function_iam_*) grants a role, typically the invoker role, to allUsers or " +
			"allAuthenticatedUsers: the endpoint is callable by anyone without authentication. A public website " +
			"or webhook needs this on purpose; suppress the finding there, and put internal services behind IAM, " +
			"IAP or an internal load balancer. Members not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Grant the invoker role to the service accounts and groups that call the service; for public traffic, front it with a load balancer and Cloud Armor."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/run/docs/authenticating/public",
			"https://cloud.google.com/functions/docs/securing/managing-access-iam",
		},
		Precision: "medium",
		Check: func(p *engine.Pass) {
			covReportPublicGrants(p, "the endpoint is callable by",
				iamTypes("google_cloud_run_service", "google_cloud_run_v2_service",
					"google_cloudfunctions_function", "google_cloudfunctions2_function")...)
		},
	}
}

func covPublicIAMGrant() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-106",
		Name:     "resource-iam-public",
		Title:    "KMS key, Pub/Sub topic or subscription, secret or repository is granted to allUsers or allAuthenticatedUsers",
		Severity: engine.High,
		Description: "An IAM resource (member, binding or policy) of a Cloud KMS key ring or crypto key, a Pub/Sub " +
			"topic or subscription, a Secret Manager secret or an Artifact Registry repository grants a role to " +
			"allUsers or allAuthenticatedUsers (any Google account). Anyone on the internet may then encrypt or " +
			"decrypt with the key, publish or read messages, read the secret or pull (or push) images. Members " +
			"not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Grant the role to the service accounts and groups that need it, never to allUsers or allAuthenticatedUsers."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://cloud.google.com/kms/docs/iam",
			"https://cloud.google.com/iam/docs/overview#all-users",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			covReportPublicGrants(p, "the resource is usable by",
				iamTypes("google_kms_crypto_key", "google_kms_key_ring", "google_pubsub_topic", "google_pubsub_subscription",
					"google_secret_manager_secret", "google_artifact_registry_repository")...)
		},
	}
}

// covImpersonationRoles let a member act as any service account of the
// project, folder or organization.
var covImpersonationRoles = []string{"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}

func covServiceAccountImpersonation() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-107",
		Name:     "service-account-impersonation-at-project",
		Title:    "Service Account User or Token Creator granted on a whole project, folder or organization",
		Severity: engine.High,
		Description: "A google_project_iam_member, _iam_binding or _iam_policy (or the folder or organization " +
			"equivalent) grants roles/iam.serviceAccountUser or roles/iam.serviceAccountTokenCreator: the member " +
			"may then act as, or mint tokens for, every service account in the scope, including the most " +
			"privileged, which defeats least privilege. Grant these roles on the one service account that is " +
			"needed (google_service_account_iam_member). Google-managed service agents are not reported; nor " +
			"are roles not known statically.",
		Remediation: engine.Remediation{Summary: "Grant the role on the specific service account (google_service_account_iam_member), not on the project."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://cloud.google.com/iam/docs/service-account-permissions#user-role",
			"https://cloud.google.com/iam/docs/best-practices-service-accounts#project-folder-grants",
		},
		Precision: "high",
		Check: func(p *engine.Pass) {
			packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
				if !g.role.IsAnyOf(covImpersonationRoles...) {
					return
				}
				if who := packGrantees(g, "(a member not known statically)"); len(who) > 0 {
					p.Report(res, g.role, "%s grants %s to %s%s: they may act as every service account in the scope", res.Address, g.role.Str, strings.Join(who, ", "), g.in())
				}
			})
		},
	}
}
