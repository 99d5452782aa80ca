package azure

import "github.com/soc2lint/soc2lint/engine"

// databaseRules returns the azure database rules.
func databaseRules() []*engine.Rule {
	return []*engine.Rule{
		dbPublicNetworkAccess(),
		{ID: "AZURE-021", Check: checkRedisPublicNetworkAccess, Reads: redisPublicNetworkAccessReads, Alone: true},
	}
}
