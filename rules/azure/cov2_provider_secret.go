package azure

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
)

// azureSecretShape is a literal that may be a generated client secret:
// no white space, at least 16 characters.
var azureSecretShape = regexp.MustCompile(`^\S{16,}$`)

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
				if !azureSecretShape.MatchString(s) || secrettext.Placeholder(s) {
					continue
				}
				p.Report(pr, v, "provider %s has a hard-coded %s", pr.Address, attr)
				break
			}
		}
	}
}
