package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func logRetention() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-020",
		Name:     "log-group-short-retention",
		Title:    "CloudWatch log group keeps logs for less than 90 days",
		Severity: engine.Medium,
		Description: "A CloudWatch Logs log group with a retention below 90 days deletes events before an " +
			"investigation or an audit sample can reach them; SOC 2 expects logs to stay readily available " +
			"for at least 90 days. A log group without a retention (0 or absent) never expires its events " +
			"and is not reported.",
		Remediation: engine.Remediation{Summary: "Set the retention to 90 days or more (365 for a year of history), or archive the logs elsewhere for longer."},
		Checklist:   []string{"LOG-5"},
		Links:       []string{"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention"},
		Precision:   "very-high",
		Check:       checkLogRetention,
	}
}

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
