package aws

import (
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// netStringIsOrUnknown is netexposure.StringIs, but also true when v is
// written and not known: the value may be any of want.
func netStringIsOrUnknown(v *parser.Value, want ...string) bool {
	if v != nil && v.Kind == parser.Unknown {
		return true
	}
	return netexposure.StringIs(v, want...)
}
