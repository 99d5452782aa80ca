package gcp

import "github.com/soc2lint/soc2lint/engine"

// networkRules returns the gcp network rules.
func networkRules() []*engine.Rule {
	return []*engine.Rule{
		netOpenSensitivePort(),
		netSubnetFlowLogs(),
		netPublicIP(),
	}
}
