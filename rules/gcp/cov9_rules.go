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
