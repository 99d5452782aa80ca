package azure

import "github.com/soc2lint/soc2lint/engine"

// networkRules returns the azure network rules.
func networkRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-001", Check: checkNetOpenSensitivePort, Reads: netOpenSensitivePortReads, Alone: true},
		{ID: "AZURE-002", Check: checkNetNSGFlowLogs, Reads: netNSGFlowLogsReads},
		netFlowLogDisabled(),
		netFlowLogShortRetention(),
	}
}
