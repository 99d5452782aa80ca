package setting

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// CustomerKeyOptions are the options of the rules that take
// require-customer-key (rules.options.<ID> in .soc2lint.yaml), for policies
// that require customer-managed keys where the cloud encrypts with its own
// keys by default.
type CustomerKeyOptions struct {
	// RequireCustomerKey reports every resource not encrypted with a
	// customer-managed key: off by default.
	RequireCustomerKey bool `yaml:"require-customer-key"`
}

// WithCustomerKeyOption gives r the option require-customer-key: when it
// is on, strict judges instead of r's own check. A rule without a check of
// its own reports nothing unless the option is on.
func WithCustomerKeyOption(r *engine.Rule, strict func(*engine.Pass)) *engine.Rule {
	def := r.Check
	// strict may read other types than r's own check, or join resources.
	Undeclared(r)
	r.Options = func() any { return &CustomerKeyOptions{} }
	r.Check = func(p *engine.Pass) {
		switch {
		case engine.OptionsOf[*CustomerKeyOptions](p).RequireCustomerKey:
			strict(p)
		case def != nil:
			def(p)
		}
	}
	return r
}

// KeyNamed is insecure when none of the Terraform settings at paths names
// a key.
func KeyNamed(paths ...string) Judge {
	js := make([]Judge, len(paths))
	for i, path := range paths {
		js[i] = MustBeSet(parser.A(path, ""))
	}
	return Both(js...)
}
