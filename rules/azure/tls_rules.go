package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

// tlsRules returns the azure encryption-in-transit rules.
func tlsRules() []*engine.Rule {
	return []*engine.Rule{
		tlsMinVersion(),
		{ID: "AZURE-026", Check: checkTLSStorageHTTPS, Reads: tLSStorageHTTPSReads, Alone: true},
	}
}
