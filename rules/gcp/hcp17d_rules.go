package gcp

import "github.com/soc2lint/soc2lint/engine"

// hcp17dRules are the rules added from the HashiCorp policy library slice
// (session 17, GCP-163 and up).
func hcp17dRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-163", Check: checkServiceAccountDuties, Reads: serviceAccountDutiesReads},
	}
}

// serviceAccountDutiesReads are the types checkServiceAccountDuties reads (Rule.Reads).
var serviceAccountDutiesReads = []string{"google_folder", "google_folder_iam_binding", "google_folder_iam_member", "google_folder_iam_policy", "google_iam_policy", "google_organization", "google_organization_iam_binding", "google_organization_iam_member", "google_organization_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy"}

// checkServiceAccountDuties reports a member granted both Service Account
// Admin and Service Account User on the same project, folder or
// organization. The User grant alone is GCP-107's finding, so this one is
// reported at the Admin grant.
func checkServiceAccountDuties(p *engine.Pass) {
	reportDutiesHeldTogether(p, []string{"roles/iam.serviceAccountUser"}, []string{"roles/iam.serviceAccountAdmin"},
		"one member both creates and manages service accounts and runs as them")
}
