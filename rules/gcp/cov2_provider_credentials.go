package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func cov2ProviderCredentials() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-125",
		Name:     "provider-hardcoded-credentials",
		Title:    "google provider block has a hard-coded service account key or access token",
		Severity: engine.High,
		Description: "A Terraform google or google-beta provider block carries a service account key's JSON " +
			"(credentials holding a \"private_key\", written inline or read with file() from a key file kept in " +
			"the scanned tree) or an OAuth access token (access_token \"ya29.…\"): the credential is then in " +
			"version control and in every clone, and a service account key never expires by itself. The " +
			"provider reads Application Default Credentials, GOOGLE_CREDENTIALS or " +
			"GOOGLE_OAUTH_ACCESS_TOKEN from the environment, and CI can use workload identity federation " +
			"without any key. Not reported: a path to a key file (credentials = \"/secrets/key.json\"), " +
			"values not known statically, and credentials without a private key.",
		Remediation: engine.Remediation{Summary: "Remove credentials and access_token from the provider block: use Application Default Credentials, workload identity federation, or impersonate_service_account."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/guides/provider_reference#authentication",
			"https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
		},
		Precision: "very-high",
		Check:     checkProviderCredentials,
	}
}

func checkProviderCredentials(p *engine.Pass) {
	seen := map[*parser.Resource]bool{}
	for _, res := range p.All() {
		if res.Format != parser.Terraform || !strings.HasPrefix(res.Type, "google_") {
			continue
		}
		for _, name := range []string{"google", "google-beta"} {
			for _, pr := range p.Providers(res, name) {
				if seen[pr] {
					continue
				}
				seen[pr] = true
				if v := pr.Body.Get("credentials"); v != nil && v.Kind == parser.String &&
					strings.Contains(v.Str, `"private_key"`) && strings.Contains(v.Str, "-----BEGIN") {
					p.Report(pr, v, "provider %s has a service account key written into credentials", pr.Address)
					continue
				}
				if v := pr.Body.Get("access_token"); v != nil && v.Kind == parser.String &&
					strings.HasPrefix(strings.TrimSpace(v.Str), "ya29.") && len(v.Str) > 40 {
					p.Report(pr, v, "provider %s has a hard-coded OAuth access token (access_token)", pr.Address)
				}
			}
		}
	}
}
