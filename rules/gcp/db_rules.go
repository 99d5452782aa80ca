package gcp

import "github.com/soc2lint/soc2lint/engine"

// databaseRules returns the gcp database rules.
func databaseRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-020", Check: checkCloudSQLOpenToInternet, Reads: cloudSQLOpenToInternetReads, Alone: true},
	}
}
