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
	// The configurations the root's azurerm_ resources use, then those
	// its azuread_ resources use: read by the resources' types and
	// providers alone (Pass.ProvidersUsed), no resource body.
	for _, pr := range append(p.ProvidersUsed("azurerm_", "azurerm"), p.ProvidersUsed("azuread_", "azuread")...) {
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
