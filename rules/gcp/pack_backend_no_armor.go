package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packBackendWithoutArmor() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-034",
		Name:     "external-backend-without-cloud-armor",
		Title:    "External HTTP(S) load balancer backend service has no Cloud Armor security policy",
		Severity: engine.High,
		Description: "A google_compute_backend_service of an external Application Load Balancer " +
			"(load_balancing_scheme EXTERNAL, the default, or EXTERNAL_MANAGED) or a " +
			"google_compute_region_backend_service with load_balancing_scheme EXTERNAL_MANAGED, serving " +
			"HTTP, HTTPS, HTTP2, H2C or gRPC (protocol unset means HTTP), has neither security_policy nor " +
			"edge_security_policy. Without a Cloud Armor policy, requests from the internet reach the " +
			"application with no web application firewall filtering (OWASP rules, rate limits, IP and geo " +
			"allow lists). Internal backend services, TCP/SSL/UDP backends, backends behind Identity-Aware " +
			"Proxy (iap.enabled = true: only authenticated users get through) are not reported; values not " +
			"known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Attach a Cloud Armor security policy (with the preconfigured WAF rules) to the backend service."},
		Checklist:   []string{"NET-4"},
		Links: []string{
			"https://cloud.google.com/armor/docs/security-policy-overview",
			"https://cloud.google.com/armor/docs/waf-rules",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_backend_service#security_policy",
		},
		Precision: "high",
		Check:     checkPackBackendWithoutArmor,
	}
}

func checkPackBackendWithoutArmor(p *engine.Pass) {
	for _, bs := range p.ResourcesOfType("google_compute_backend_service", "google_compute_region_backend_service") {
		b := bs.Body
		if !p.BodyKnown(bs) {
			continue
		}
		scheme, proto := b.Get("load_balancing_scheme"), b.Get("protocol")
		external := scheme.IsNull() || scheme.IsAnyOf("EXTERNAL", "EXTERNAL_MANAGED")
		if bs.Type != "google_compute_backend_service" {
			external = scheme.IsAnyOf("EXTERNAL_MANAGED")
		}
		http := proto.IsNull() || proto.IsAnyOf("HTTP", "HTTPS", "HTTP2", "H2C", "GRPC")
		if !external && setting.Unknown(scheme) == nil || !http && setting.Unknown(proto) == nil {
			continue
		}
		if !b.Get("security_policy").IsNull() || !b.Get("edge_security_policy").IsNull() {
			continue
		}
		iap, at := packIAP(b.Get("iap"))
		switch {
		case iap == parser.True:
		case setting.Undecided(p, bs, "load_balancing_scheme", scheme), setting.Undecided(p, bs, "protocol", proto):
		case iap == parser.Maybe:
			p.CannotTell(bs, at, parser.Unknowable(at, "iap").Detail)
		default:
			p.Report(bs, nil, "%s serves an external HTTP(S) load balancer without a Cloud Armor security policy", bs.Address)
		}
	}
}

// packIAP tells whether an iap block turns Identity-Aware Proxy on, with
// the value that makes it Maybe. Older provider versions had no enabled
// argument: the block's presence turned IAP on.
func packIAP(iap *parser.Value) (parser.Truth, *parser.Value) {
	if u := setting.Unknown(iap); u != nil {
		return parser.Maybe, u
	}
	out, at := parser.False, (*parser.Value)(nil)
	for _, i := range iap.Items() {
		e := i.Get("enabled")
		if e.IsNull() {
			return parser.True, nil
		}
		switch e.Truth(false) {
		case parser.True:
			return parser.True, nil
		case parser.Maybe:
			out, at = parser.Maybe, e
		}
	}
	return out, at
}
