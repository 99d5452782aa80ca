package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

func tlsSSLPolicy() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-025",
		Name:     "ssl-policy-below-tls-1-2",
		Title:    "Load balancer SSL policy accepts TLS below 1.2, or an HTTPS/SSL proxy has no SSL policy",
		Severity: engine.High,
		Description: "A google_compute_ssl_policy sets min_tls_version to TLS_1_0 or TLS_1_1, or leaves it unset " +
			"(the default is TLS_1_0), so HTTPS and SSL proxy load balancers using the policy negotiate deprecated " +
			"TLS 1.0 or 1.1 (RFC 8996) with clients that ask for it. A target HTTPS or SSL proxy " +
			"(google_compute_target_https_proxy, google_compute_region_target_https_proxy, google_compute_target_ssl_proxy) " +
			"without ssl_policy uses Google's default policy (COMPATIBLE, TLS 1.0) and is reported too.",
		Remediation: engine.Remediation{Summary: "Set min_tls_version = \"TLS_1_2\" (with the MODERN or RESTRICTED profile) on the SSL policy."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://cloud.google.com/load-balancing/docs/ssl-policies-concepts",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			checkTLSSSLPolicy(p)
			checkCovProxyPolicy(p) // cov_tls_proxy.go
		},
	}
}

func checkTLSSSLPolicy(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("google_compute_ssl_policy", "google_compute_region_ssl_policy") {
		v := res.Body.Get("min_tls_version")
		if v.IsNull() {
			p.Report(res, nil, "%s accepts TLS 1.0 (min_tls_version is not set and defaults to TLS_1_0)", res.Address)
			continue
		}
		if v.IsAnyOf("TLS_1_0", "TLS_1_1") {
			p.Report(res, v, "%s accepts TLS below 1.2 (min_tls_version %s)", res.Address, v.Str)
		}
	}
}
