package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// logTrailTypes are the CloudTrail trail resources; awscc_ trails only
// count as evidence that a trail exists.
var logTrailTypes = []string{"aws_cloudtrail", "AWS::CloudTrail::Trail", "awscc_cloudtrail_trail"}

func checkLogCloudTrail(p *engine.Pass) {
	for _, t := range p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail") {
		b := t.Body
		multi, valid, logging := "is_multi_region_trail", "enable_log_file_validation", "enable_logging"
		if t.Format == parser.CloudFormation {
			multi, valid, logging = "IsMultiRegionTrail", "EnableLogFileValidation", "IsLogging"
		}
		var problems, unset []string
		for _, c := range []struct{ attr, what string }{
			{multi, "is not multi-region"},
			{valid, "does not validate log files"},
		} {
			v := b.Get(c.attr)
			switch {
			case v.IsNull():
				problems = append(problems, c.what)
				unset = append(unset, c.attr)
			case v.IsFalse():
				p.Report(t, v, "%s %s (%s = false)", t.Address, c.what, c.attr)
			}
		}
		if len(problems) > 0 {
			p.Report(t, nil, "%s %s (%s not set)", t.Address, strings.Join(problems, " and "), strings.Join(unset, ", "))
		}
		// enable_logging defaults to true; IsLogging is required.
		if v := b.Get(logging); v.IsFalse() {
			p.Report(t, v, "%s does not log (%s = false)", t.Address, logging)
		}
	}
	logReportMissing(p, "CloudTrail trail: API activity in the account is not recorded", logTrailTypes...)
}
