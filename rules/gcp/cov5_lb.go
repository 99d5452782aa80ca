package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov5LBServesHTTPReads are the types checkCov5LBServesHTTP reads (Rule.Reads).
var cov5LBServesHTTPReads = []string{"google_compute_forwarding_rule", "google_compute_global_forwarding_rule", "google_compute_region_target_http_proxy", "google_compute_region_url_map", "google_compute_target_http_proxy", "google_compute_url_map"}

// checkCov5LBServesHTTP is GCP-143: a target HTTP proxy that an external
// forwarding rule sends traffic to, whose URL map serves the backends
// instead of redirecting every request to HTTPS.
func checkCov5LBServesHTTP(p *engine.Pass) {
	// An external forwarding rule whose target is the URL of a target
	// HTTP proxy outside the scanned code: whether that proxy's URL map
	// redirects to HTTPS is not known.
	for _, fr := range p.KnownManaged("google_compute_global_forwarding_rule", "google_compute_forwarding_rule") {
		target := fr.Body.Get("target")
		s, ok := target.AsString()
		if !ok || !strings.Contains(s, "/targetHttpProxies/") || len(p.Referenced(fr, "target")) > 0 {
			continue
		}
		scheme := fr.Body.Get("load_balancing_scheme")
		if sc, known := scheme.AsString(); scheme.IsNull() || known && strings.HasPrefix(sc, "EXTERNAL") {
			p.CannotTell(fr, target, "target names a target HTTP proxy outside the scanned code: whether its URL map redirects to HTTPS is not known")
		}
	}
	for _, proxy := range p.KnownManaged("google_compute_target_http_proxy", "google_compute_region_target_http_proxy") {
		rules := p.Referrers(proxy, "target", "google_compute_global_forwarding_rule", "google_compute_forwarding_rule")
		if len(rules) == 0 {
			cov5UnusedHTTPProxy(p, proxy)
			continue
		}
		external := false
		for _, fr := range rules {
			scheme := fr.Body.Get("load_balancing_scheme")
			if setting.Undecided(p, proxy, "load_balancing_scheme", scheme) {
				external = false
				rules = nil
				break
			}
			s, _ := scheme.AsString()
			// The global forwarding rule defaults to EXTERNAL; a regional one
			// to EXTERNAL as well.
			if s == "" || strings.HasPrefix(s, "EXTERNAL") {
				external = true
			}
		}
		if !external {
			continue
		}
		um := proxy.Body.Get("url_map")
		maps := p.Referenced(proxy, "url_map", "google_compute_url_map", "google_compute_region_url_map")
		if len(maps) == 0 {
			if setting.Undecided(p, proxy, "url_map", um) {
				continue
			}
			p.CannotTell(proxy, um, "url_map names a URL map that is not in the scanned code")
			continue
		}
		for _, m := range maps {
			if !p.BodyKnown(m) {
				continue
			}
			v := parser.A("default_url_redirect.https_redirect", "").Of(m)
			p.Judge(proxy, parser.NotTrue(v, "the URL map's default_url_redirect.https_redirect", false),
				"the external load balancer serves plain HTTP instead of redirecting to HTTPS")
		}
	}
}

// cov5UnusedHTTPProxy judges a target HTTP proxy that no forwarding rule
// of the scanned code sends traffic to: a proxy exists to be the target of
// one, which then lives in another configuration and may be external. A
// URL map that redirects every request to HTTPS settles it; otherwise
// whether the proxy serves plain HTTP to the internet is not known.
func cov5UnusedHTTPProxy(p *engine.Pass, proxy *parser.Resource) {
	for _, m := range p.Referenced(proxy, "url_map", "google_compute_url_map", "google_compute_region_url_map") {
		if !p.BodyKnown(m) {
			return
		}
		v := parser.NotTrue(parser.A("default_url_redirect.https_redirect", "").Of(m), "the URL map's default_url_redirect.https_redirect", false)
		if v.Answer != parser.Yes {
			return
		}
	}
	p.CannotTell(proxy, nil, "no forwarding rule of the scanned code sends traffic to the proxy: whether an external load balancer serves its URL map's backends over plain HTTP is not known")
}
