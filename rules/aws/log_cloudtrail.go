package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// logTrailTypes are the CloudTrail trail resources; awscc_ trails only
// count as evidence that a trail exists.
var logTrailTypes = []string{"aws_cloudtrail", "AWS::CloudTrail::Trail", "awscc_cloudtrail_trail"}

func checkLogCloudTrail(p *engine.Pass) {
	for _, t := range p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail") {
		b := t.Body
		// Log file validation is AWS-221's, a stopped trail AWS-223's,
		// global service events left out AWS-270's.
		multi := "is_multi_region_trail"
		if t.Format == parser.CloudFormation {
			multi = "IsMultiRegionTrail"
		}
		switch v := b.Get(multi); {
		case v.IsNull():
			p.Report(t, nil, "%s is not multi-region (%s not set)", t.Address, multi)
		case v.IsFalse():
			p.Report(t, v, "%s is not multi-region (%s = false)", t.Address, multi)
		}
	}
	logReportMissing(p, "CloudTrail trail: API activity in the account is not recorded", logTrailTypes...)
}
