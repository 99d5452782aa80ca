package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

func packGKELegacyAuth() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-038",
		Name:     "gke-legacy-authorization",
		Title:    "GKE cluster uses legacy ABAC, basic authentication or client certificates",
		Severity: engine.High,
		Description: "A google_container_cluster sets enable_legacy_abac = true (the default is false), which " +
			"grants broad static permissions to every identity of the cluster, including service accounts " +
			"and nodes, outside RBAC and IAM; or master_auth issues a client certificate " +
			"(client_certificate_config.issue_client_certificate = true, default false) or sets a basic " +
			"authentication username (older provider versions): long-lived cluster credentials that cannot " +
			"be revoked short of rotating the cluster's credentials and that bypass Google identity, MFA and " +
			"audit of the person. Values not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Remove enable_legacy_abac and use RBAC with IAM, and disable client certificates and basic authentication so that only Google identities authenticate."},
		Checklist:   []string{"IAM-3", "IAM-5"},
		Links: []string{
			"https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110",
			"https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac",
		},
		Precision: "very-high",
		Check:     checkPackGKELegacyAuth,
	}
}

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
