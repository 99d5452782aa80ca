package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// logMinRetentionDays is the shortest retention SOC 2 auditors accept for
// readily available logs.
const logMinRetentionDays = 90

func checkLogRetention(p *engine.Pass) {
	for _, g := range p.ResourcesOfType("aws_cloudwatch_log_group", "AWS::Logs::LogGroup") {
		attr := "retention_in_days"
		if g.Format == parser.CloudFormation {
			attr = "RetentionInDays"
		}
		v := g.Body.Get(attr)
		if days, ok := v.AsInt(); ok && days > 0 && days < logMinRetentionDays {
			p.Report(g, v, "%s keeps logs for %d days, less than %d (%s)", g.Address, days, logMinRetentionDays, attr)
		}
	}
}
