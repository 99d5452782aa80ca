package gcp

import "github.com/soc2lint/soc2lint/engine"

// networkRules returns the gcp network rules.
func networkRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-001", Check: checkNetOpenSensitivePort, Reads: netOpenSensitivePortReads},
		{ID: "GCP-002", Check: checkNetSubnetFlowLogs, Reads: netSubnetFlowLogsReads, Alone: true},
		{ID: "GCP-003", Check: checkNetPublicIP, Reads: netPublicIPReads, Alone: true},
	}
}
