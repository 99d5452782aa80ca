package aws

import "github.com/soc2lint/soc2lint/engine"

// networkRules returns the AWS network rules.
func networkRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-010", Check: func(p *engine.Pass) { checkNetVPCFlowLogs(p); netAcceleratorFlowLogs.Run(p) }},
		{ID: "AWS-011", Check: checkNetMissingWAF},
		{ID: "AWS-012", Check: checkNetUnrestrictedEgress},
	}
}
