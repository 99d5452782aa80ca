package setting

import "github.com/soc2lint/soc2lint/engine"

// EndToEndTLSOptions are the options of the rules that take
// require-end-to-end-tls (rules.options.<ID> in .soc2lint.yaml), for
// policies that require encryption in transit on the legs inside a network
// too, not only on the endpoints clients reach.
type EndToEndTLSOptions struct {
	// RequireEndToEndTLS reports every plain-text leg behind a TLS
	// endpoint: off by default.
	RequireEndToEndTLS bool `yaml:"require-end-to-end-tls"`
}

// WithEndToEndTLSOption gives r the option require-end-to-end-tls: r's
// check runs only when the option is on, and r reports nothing otherwise.
func WithEndToEndTLSOption(r *engine.Rule) *engine.Rule {
	strict := r.Check
	r.Options = func() any { return &EndToEndTLSOptions{} }
	r.Check = func(p *engine.Pass) {
		if engine.OptionsOf[*EndToEndTLSOptions](p).RequireEndToEndTLS {
			strict(p)
		}
	}
	return r
}
