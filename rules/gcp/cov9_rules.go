package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9Rules are the ninth batch of coverage rules (GCP-161 and up).
func coverage9Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "GCP-161"}, cov9SSLPolicyCiphers),
		setting.Rule(engine.Rule{ID: "GCP-162"}, append(cov9ServerlessIngress, mon22eAppEngineIngress)...),
	}
}

// cov9WeakCiphers are the cipher suites an SSL policy may offer that use
// RSA key exchange (no forward secrecy) or 3DES: the ones Google lists for
// the COMPATIBLE profile only.
var cov9WeakCiphers = []string{
	"TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384",
	"TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA",
	"TLS_RSA_WITH_3DES_EDE_CBC_SHA",
}

// cov9SSLPolicyCiphers is GCP-161: an SSL policy whose profile is
// COMPATIBLE (the default) offers the weak suites whatever its minimum TLS
// version; a CUSTOM one offers those of its custom_features. MODERN and
// RESTRICTED offer none of them. The minimum TLS version is GCP-025's.
var cov9SSLPolicyCiphers = setting.Check{
	Types: []string{"google_compute_ssl_policy", "google_compute_region_ssl_policy"},
	Judge: func(res *parser.Resource) parser.Verdict {
		profile := res.Body.Get("profile")
		if v := parser.OneOf(profile, "profile", "COMPATIBLE", "COMPATIBLE"); v.Answer != parser.No {
			return v
		}
		if !profile.IsAnyOf("CUSTOM") {
			return parser.Decided
		}
		features, hidden := setting.Elems(res.Body.Get("custom_features"))
		out := parser.Decided
		for _, f := range features {
			out = parser.Either(out, parser.OneOf(f, "custom_features", "", cov9WeakCiphers...))
		}
		if out.Answer == parser.No && hidden != nil {
			return parser.Unknowable(hidden, "custom_features")
		}
		return out
	},
	Problem: "clients may negotiate cipher suites without forward secrecy (RSA key exchange) or with 3DES",
}

// cov9IngressProblem says what GCP-162 reports.
const cov9IngressProblem = "accepts requests from the internet at its own URL, bypassing any load balancer and Cloud Armor policy"

// cov9ServerlessIngress is GCP-162: a Cloud Function or Cloud Run service
// whose ingress setting admits all traffic (the default) is reachable from
// the internet at its run.app or cloudfunctions.net URL, not only through
// the load balancer where a WAF may stand. Functions without an HTTP
// endpoint (1st gen without trigger_http, 2nd gen with an event_trigger)
// are not judged.
var cov9ServerlessIngress = []setting.Check{{
	Types:   []string{"google_cloudfunctions_function"},
	If:      setting.MustBeFalse(parser.A("trigger_http", ""), false),
	Judge:   setting.MustNotBe(parser.A("ingress_settings", ""), "ALLOW_ALL", "ALLOW_ALL"),
	Problem: cov9IngressProblem,
}, {
	Types:   []string{"google_cloudfunctions2_function"},
	If:      setting.MustBeSet(parser.A("event_trigger", "")),
	Judge:   setting.MustNotBe(parser.A("service_config.ingress_settings", ""), "ALLOW_ALL", "ALLOW_ALL"),
	Problem: cov9IngressProblem,
}, {
	Types:   []string{"google_cloud_run_v2_service"},
	Judge:   setting.MustNotBe(parser.A("ingress", ""), "INGRESS_TRAFFIC_ALL", "INGRESS_TRAFFIC_ALL"),
	Problem: cov9IngressProblem,
}, {
	Types: []string{"google_cloud_run_service"},
	Judge: func(res *parser.Resource) parser.Verdict {
		const key = "run.googleapis.com/ingress"
		metas, hidden := setting.Blocks(res.Body.Get("metadata"))
		if hidden != nil {
			return parser.Unknowable(hidden, "metadata")
		}
		var v *parser.Value
		for _, m := range metas {
			annotations := m.Get("annotations")
			if annotations != nil && annotations.Kind == parser.Unknown {
				return parser.Unknowable(annotations, "metadata.annotations")
			}
			if a := annotations.Get(key); a != nil {
				v = a
			}
		}
		return parser.OneOf(v, "metadata.annotations[\""+key+"\"]", "all", "all")
	},
	Problem: cov9IngressProblem,
}}
