package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// netUnresolved reports whether attribute attr of res is written, is not
// known, and refers to no resource of the scan (a variable without a value,
// a module input fed from outside): it may name any resource, so the rules
// of this area give it the benefit of the doubt.
func netUnresolved(p *engine.Pass, res *parser.Resource, attr string) bool {
	v := res.Body.Get(attr)
	if v == nil || v.Kind != parser.Unknown {
		return false
	}
	return len(p.Referenced(res, attr)) == 0
}

// netStringIsOrUnknown is netexposure.StringIs, but also true when v is
// written and not known: the value may be any of want.
func netStringIsOrUnknown(v *parser.Value, want ...string) bool {
	if v != nil && v.Kind == parser.Unknown {
		return true
	}
	return netexposure.StringIs(v, want...)
}
