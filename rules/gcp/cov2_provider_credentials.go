package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkProviderCredentials(p *engine.Pass) {
	// The configurations the root's google_ resources use, read by the
	// resources' types and providers alone (Pass.ProvidersUsed), no
	// resource body.
	for _, pr := range p.ProvidersUsed("google_", "google", "google-beta") {
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
