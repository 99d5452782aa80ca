package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packBackendWithoutArmorReads are the types checkPackBackendWithoutArmor reads (Rule.Reads).
var packBackendWithoutArmorReads = []string{"google_compute_backend_service", "google_compute_region_backend_service"}

func checkPackBackendWithoutArmor(p *engine.Pass) {
	for _, bs := range p.KnownResources("google_compute_backend_service", "google_compute_region_backend_service") {
		b := bs.Body
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
