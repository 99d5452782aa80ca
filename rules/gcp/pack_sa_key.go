package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

func packServiceAccountKey() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-032",
		Name:     "service-account-key-in-code",
		Title:    "Long-lived service account key or HMAC key is created in code",
		Severity: engine.Medium,
		Description: "A google_service_account_key or an active google_storage_hmac_key (state unset, which " +
			"means ACTIVE, or ACTIVE) is declared. User-managed service account keys and HMAC keys do not " +
			"expire unless an organization policy says so, and Terraform writes the private key or HMAC " +
			"secret into its state, so everyone who can read the state holds a credential of the service " +
			"account. A google_service_account_key that uploads public_key_data keeps the private key out of " +
			"the state but is still a long-lived key and is reported too. Workloads on Google Cloud should use " +
			"attached service accounts, and workloads elsewhere Workload Identity Federation or service " +
			"account impersonation. HMAC keys whose state is INACTIVE or not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Remove the key: attach the service account to the workload, or use Workload Identity Federation or impersonation from outside Google Cloud; enforce iam.disableServiceAccountKeyCreation."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
			"https://cloud.google.com/iam/docs/workload-identity-federation",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_hmac_key",
		},
		Precision: "very-high",
		Check:     checkPackServiceAccountKey,
	}
}

func checkPackServiceAccountKey(p *engine.Pass) {
	for _, k := range p.ResourcesOfType("google_service_account_key") {
		if pub := k.Body.Get("public_key_data"); !pub.IsNull() {
			p.Report(k, nil, "%s uploads a long-lived service account key (public_key_data) that does not expire", k.Address)
			continue
		}
		p.Report(k, nil, "%s creates a long-lived service account key: the private key is written to the Terraform state", k.Address)
	}
	for _, k := range p.ResourcesOfType("google_storage_hmac_key") {
		if st := k.Body.Get("state"); !st.IsNull() && !st.IsAnyOf("ACTIVE") {
			continue
		}
		p.Report(k, nil, "%s creates a long-lived HMAC key: the secret is written to the Terraform state", k.Address)
	}
}
