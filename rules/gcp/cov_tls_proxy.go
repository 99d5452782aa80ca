package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covProxyPolicy extends GCP-025 to HTTPS and SSL proxies that name no SSL
// policy: they use Google's default policy, COMPATIBLE with TLS 1.0.
var covProxyPolicy = setting.Check{
	Types: []string{"google_compute_target_https_proxy", "google_compute_region_target_https_proxy",
		"google_compute_target_ssl_proxy"},
	Judge:   setting.MustBeSet(parser.A("ssl_policy", "")),
	Problem: "the load balancer uses the default SSL policy, which accepts TLS 1.0",
}

// checkCovProxyPolicy runs covProxyPolicy.
func checkCovProxyPolicy(p *engine.Pass) { covProxyPolicy.Run(p) }
