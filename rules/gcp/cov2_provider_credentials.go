package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

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
