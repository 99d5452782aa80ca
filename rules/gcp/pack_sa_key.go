package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

// packServiceAccountKeyReads are the types checkPackServiceAccountKey reads (Rule.Reads).
var packServiceAccountKeyReads = []string{"google_apikeys_key", "google_service_account_key", "google_storage_hmac_key"}

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
	cov6UnrestrictedAPIKeys(p) // cov6_rules.go
}
