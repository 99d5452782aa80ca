package aws

import "github.com/soc2lint/soc2lint/engine"

// networkRules returns the AWS network rules.
func networkRules() []*engine.Rule {
	return []*engine.Rule{
		netVPCFlowLogs(),
		netMissingWAF(),
		netUnrestrictedEgress(),
	}
}
