package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// tlsRules returns the gcp encryption-in-transit rules.
func tlsRules() []*engine.Rule {
	return []*engine.Rule{
		tlsSSLPolicy(),
		tlsSQLUnencrypted(),
	}
}

// tlsStringIs reports whether v is a known string equal to one of want,
// ignoring case and surrounding space.
func tlsStringIs(v *parser.Value, want ...string) bool {
	s, ok := v.AsString()
	if !ok {
		return false
	}
	s = strings.TrimSpace(s)
	for _, w := range want {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
