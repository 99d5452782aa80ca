package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

// tlsSSLPolicyReads are the types tlsSSLPolicy reads (Rule.Reads).
var tlsSSLPolicyReads = []string{"google_compute_region_ssl_policy", "google_compute_region_target_https_proxy", "google_compute_ssl_policy", "google_compute_target_https_proxy", "google_compute_target_ssl_proxy"}

func tlsSSLPolicy() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-025",
		Reads: tlsSSLPolicyReads,
		Alone: true,
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
