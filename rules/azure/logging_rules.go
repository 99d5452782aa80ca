package azure

import "github.com/soc2lint/soc2lint/engine"

// loggingRules returns the azure logging rules.
func loggingRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-010", Check: checkLogActivityLog, Reads: logActivityLogReads},
		{ID: "AZURE-011", Check: checkLogDefender, Reads: logDefenderReads},
		logRetention(),
	}
}
