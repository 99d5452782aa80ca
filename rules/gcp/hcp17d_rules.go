package gcp

import "github.com/soc2lint/soc2lint/engine"

// hcp17dRules are the rules added from the HashiCorp policy library slice
// (session 17, GCP-163 and up).
func hcp17dRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-163", Check: checkServiceAccountDuties},
	}
}

// checkServiceAccountDuties reports a member granted both Service Account
// Admin and Service Account User on the same project, folder or
// organization. The User grant alone is GCP-107's finding, so this one is
// reported at the Admin grant.
func checkServiceAccountDuties(p *engine.Pass) {
	reportDutiesHeldTogether(p, []string{"roles/iam.serviceAccountUser"}, []string{"roles/iam.serviceAccountAdmin"},
		"one member both creates and manages service accounts and runs as them")
}
