package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// packGKELegacyAuthReads are the types checkPackGKELegacyAuth reads (Rule.Reads).
var packGKELegacyAuthReads = []string{"google_container_cluster"}

func checkPackGKELegacyAuth(p *engine.Pass) {
	for _, c := range p.ResourcesOfType("google_container_cluster") {
		if v := c.Body.Get("enable_legacy_abac"); v.IsTrue() {
			p.Report(c, v, "%s enables legacy ABAC: identities get permissions outside RBAC and IAM", c.Address)
		}
		for _, ma := range c.Body.Get("master_auth").Items() {
			for _, cc := range ma.Get("client_certificate_config").Items() {
				if v := cc.Get("issue_client_certificate"); v.IsTrue() {
					p.Report(c, v, "%s issues a client certificate: a long-lived credential for the Kubernetes API server", c.Address)
				}
			}
			if v := ma.Get("username"); v != nil {
				if s, ok := v.AsString(); ok && strings.TrimSpace(s) != "" {
					p.Report(c, v, "%s turns on basic authentication (master_auth.username): a static password for the Kubernetes API server", c.Address)
				}
			}
		}
	}
}
