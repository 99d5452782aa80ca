package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

// tlsRules returns the gcp encryption-in-transit rules.
func tlsRules() []*engine.Rule {
	return []*engine.Rule{
		tlsSSLPolicy(),
		{ID: "GCP-026", Check: checkTLSSQLUnencrypted, Reads: tLSSQLUnencryptedReads, Alone: true},
	}
}
