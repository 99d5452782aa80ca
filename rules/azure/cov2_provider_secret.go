package azure

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func cov2ProviderClientSecret() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-125",
		Name:     "provider-hardcoded-client-secret",
		Title:    "azurerm or azuread provider block has a hard-coded client secret",
		Severity: engine.High,
		Description: "A Terraform azurerm or azuread provider block writes a service principal's client secret " +
			"(client_secret) or client certificate password (client_certificate_password) as a literal: " +
			"the long-lived credential is then in version control, in every clone and in CI logs, and " +
			"rotating it means rewriting history. The providers read ARM_CLIENT_SECRET from the environment, " +
			"and CI systems can sign in with OpenID Connect (use_oidc) or a managed identity (use_msi) " +
			"without any secret. A literal reaching the block through a variable default or a tfvars file is reported where it is written. Not reported: values not known statically (variables without a value, data sources) and " +
			"short placeholders (\"test\", \"mock\", \"xxx\", \"<secret>\") such as local test setups pass.",
		Remediation: engine.Remediation{Summary: "Remove client_secret from the provider block: set ARM_CLIENT_SECRET in the environment, or sign in with OIDC (use_oidc = true) or a managed identity."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_oidc",
		},
		Precision: "high",
		Check:     checkProviderClientSecret,
	}
}

// azureSecretShape is a literal that may be a generated client secret:
// no white space, at least 16 characters.
var azureSecretShape = regexp.MustCompile(`^\S{16,}$`)

// placeholderSecret matches the values examples and test setups write in
// place of a secret.
var placeholderSecret = regexp.MustCompile(`(?i)^(<.*>|\$\{.*\}|x+|\*+|.*(mock|dummy|placeholder|example|changeme|change-me|redacted|your[-_]?(client[-_]?)?secret|fake).*)$`)

func checkProviderClientSecret(p *engine.Pass) {
	seen := map[*parser.Resource]bool{}
	for _, res := range p.All() {
		if res.Format != parser.Terraform || !strings.HasPrefix(res.Type, "azurerm_") && !strings.HasPrefix(res.Type, "azuread_") {
			continue
		}
		name := "azurerm"
		if strings.HasPrefix(res.Type, "azuread_") {
			name = "azuread"
		}
		for _, pr := range p.Providers(res, name) {
			if seen[pr] {
				continue
			}
			seen[pr] = true
			for _, attr := range []string{"client_secret", "client_certificate_password"} {
				v := pr.Body.Get(attr)
				s, ok := v.AsString()
				if !ok || v.Kind != parser.String {
					continue
				}
				s = strings.TrimSpace(s)
				if !azureSecretShape.MatchString(s) || placeholderSecret.MatchString(s) {
					continue
				}
				p.Report(pr, v, "provider %s has a hard-coded %s", pr.Address, attr)
				break
			}
		}
	}
}
