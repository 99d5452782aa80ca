package gcp

import (
	"slices"
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

// covBigQueryPublicReads are the types covBigQueryPublic reads (Rule.Reads).
var covBigQueryPublicReads = []string{"google_bigquery_dataset", "google_bigquery_dataset_access", "google_bigquery_dataset_iam_binding", "google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_policy", "google_bigquery_table", "google_bigquery_table_iam_binding", "google_bigquery_table_iam_member", "google_bigquery_table_iam_policy", "google_iam_policy"}

func covBigQueryPublic() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-104",
		Reads: covBigQueryPublicReads,
		Check: func(p *engine.Pass) {
			for _, res := range p.ResourcesOfType("google_bigquery_dataset", "google_bigquery_dataset_access") {
				if res.Data {
					continue
				}
				for _, a := range bigQueryAccessEntries(res) {
					for _, attr := range []string{"iam_member", "special_group"} {
						if v := a.Get(attr); v.IsAnyOf(packPublicMembers...) {
							p.Report(res, v, "%s gives %s access to the dataset (%s)", res.Address, v.Str, attr)
						}
					}
				}
			}
			covReportPublicGrants(p, "the data is readable by",
				covBigQueryIAMTypes...)
		},
	}
}

// covServerlessPublicReads are the types covServerlessPublic reads (Rule.Reads).
var covServerlessPublicReads = []string{"google_cloud_run_service", "google_cloud_run_service_iam_binding", "google_cloud_run_service_iam_member", "google_cloud_run_service_iam_policy", "google_cloud_run_v2_service", "google_cloud_run_v2_service_iam_binding", "google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_policy", "google_cloudfunctions2_function", "google_cloudfunctions2_function_iam_binding", "google_cloudfunctions2_function_iam_member", "google_cloudfunctions2_function_iam_policy", "google_cloudfunctions_function", "google_cloudfunctions_function_iam_binding", "google_cloudfunctions_function_iam_member", "google_cloudfunctions_function_iam_policy", "google_iam_policy"}

func covServerlessPublic() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-105",
		Reads: covServerlessPublicReads,
		Check: func(p *engine.Pass) {
			covReportPublicGrants(p, "the endpoint is callable by",
				covServerlessIAMTypes...)
		},
	}
}

// covPublicIAMGrantReads: covPublicIAMGrant reads the IAM resources of
// every google type (google_<resource>_iam_member, _binding, _policy),
// which it finds through Pass.All by the suffixes of their names
// (covOtherIAMTypes), and the google_iam_policy data sources their
// policy_data refers to or that nothing uses (packIAMGrants,
// packEachUnusedPolicyGrant); it reads the referrers of a policy only for
// their edges. The patterns name exactly the types whose names have those
// prefix and suffixes (Rule.Reads): no other google type is read, so
// that they do not stop the others' resources from being checked as
// they are evaluated (engine/early.go).
var covPublicIAMGrantReads = append(slices.Clone(googleIAMReads), "google_iam_policy")

// googleIAMReads name every Google Cloud IAM resource type:
// google_<resource>_iam_member, _iam_binding and _iam_policy
// (Rule.Reads's patterns with a "*" inside).
var googleIAMReads = []string{"google_*_iam_member", "google_*_iam_binding", "google_*_iam_policy"}

func covPublicIAMGrant() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-106",
		Reads: covPublicIAMGrantReads,
		Check: func(p *engine.Pass) {
			covReportPublicGrants(p, "the resource is usable by",
				covPublicIAMGrantTypes...)
			// A project, folder or organization grant reaches every
			// resource of the scope.
			covReportPublicGrants(p, "every resource of the scope is usable by",
				packScopeIAMTypes...)
			// The IAM resources of the other Google Cloud resources
			// (instances, IAP, notebooks, Healthcare, Cloud Tasks...).
			covReportPublicGrants(p, "the resource is usable by", covOtherIAMTypes(p)...)
			// A google_iam_policy that no resource of its root uses: a
			// policy written to be applied elsewhere is judged where it is
			// written (one a resource uses is judged with that resource,
			// by the rule of its type).
			packEachUnusedPolicyGrant(p, func(d *parser.Resource, g packGrant) {
				if who, at := packPublicGrantees(g); len(who) > 0 {
					p.Report(d, at, "%s grants %s to %s: whatever the policy is applied to is usable by anyone", d.Address, g.roleName(), strings.Join(who, ", "))
				}
			})
		},
	}
}

// covOtherIAMTypes returns the google_*_iam_member, _binding and
// _policy types of the root that no other public-grant rule judges: not
// Cloud Storage (GCP-033), BigQuery datasets and tables (GCP-104),
// serverless services (GCP-105), the types GCP-106 lists, nor projects,
// folders and organizations.
func covOtherIAMTypes(p *engine.Pass) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range p.All() {
		t := r.Type
		if r.Data || seen[t] || !strings.HasPrefix(t, "google_") {
			continue
		}
		seen[t] = true
		if !strings.HasSuffix(t, "_iam_member") && !strings.HasSuffix(t, "_iam_binding") && !strings.HasSuffix(t, "_iam_policy") {
			continue
		}
		if strings.HasPrefix(t, "google_storage_") || covOwnedIAMTypes[t] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// covOwnedIAMTypes are the IAM resource types a public-grant rule
// names.
var covOwnedIAMTypes = func() map[string]bool {
	m := map[string]bool{}
	for _, ts := range [][]string{covBigQueryIAMTypes, covServerlessIAMTypes, covPublicIAMGrantTypes, packScopeIAMTypes} {
		for _, t := range ts {
			m[t] = true
		}
	}
	return m
}()

// covImpersonationRoles let a member act as any service account of the
// project, folder or organization.
var covImpersonationRoles = []string{"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}

// covServiceAccountImpersonationReads are the types covServiceAccountImpersonation reads (Rule.Reads).
var covServiceAccountImpersonationReads = []string{"google_folder", "google_folder_iam_binding", "google_folder_iam_member", "google_folder_iam_policy", "google_iam_policy", "google_organization", "google_organization_iam_binding", "google_organization_iam_member", "google_organization_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy", "google_service_account"}

func covServiceAccountImpersonation() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-107",
		Reads: covServiceAccountImpersonationReads,
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

// bigQueryAccessEntries are the access entries a dataset writes inline
// (access blocks) or a google_bigquery_dataset_access resource is.
func bigQueryAccessEntries(res *parser.Resource) []*parser.Value {
	if res.Type == "google_bigquery_dataset_access" {
		return []*parser.Value{res.Body}
	}
	return res.Body.Get("access").Items()
}

// The IAM resource types of GCP-104, GCP-105 and GCP-106, made once
// rather than on every root.
var (
	covBigQueryIAMTypes   = iamTypes("google_bigquery_dataset", "google_bigquery_table")
	covServerlessIAMTypes = iamTypes("google_cloud_run_service", "google_cloud_run_v2_service",
		"google_cloudfunctions_function", "google_cloudfunctions2_function")
	covPublicIAMGrantTypes = iamTypes("google_kms_crypto_key", "google_kms_key_ring", "google_pubsub_topic", "google_pubsub_subscription",
		"google_secret_manager_secret", "google_artifact_registry_repository",
		"google_dataproc_cluster", "google_dataproc_job",
		// Disk images, disks, snapshots and machine images: anyone may
		// create a VM or disk from them and read the data they hold.
		"google_compute_image", "google_compute_disk", "google_compute_snapshot", "google_compute_machine_image",
		// A service account: anyone may act as it.
		"google_service_account",
		"google_spanner_instance", "google_spanner_database", "google_bigtable_instance", "google_bigtable_table",
		"google_sourcerepo_repository")
)
