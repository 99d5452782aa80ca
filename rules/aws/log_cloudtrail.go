package aws

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// logTrailTypes are the CloudTrail trail resources; awscc_ trails only
// count as evidence that a trail exists.
var logTrailTypes = []string{"aws_cloudtrail", "AWS::CloudTrail::Trail", "awscc_cloudtrail_trail"}

// checkLogCloudTrail is AWS-015. The checklist asks that API activity be
// recorded in every region: one multi-region trail that logs answers it for
// the account, so a single-region trail beside one (a trail of one region's
// data events, say) in the same root module or template is not reported.
// Where no such trail is beside it, a trail whose is_multi_region_trail is
// not known is an undecided note.
func checkLogCloudTrail(p *engine.Pass) {
	trails := p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail")
	multiName := func(t *parser.Resource) string {
		if t.Format == parser.CloudFormation {
			return "IsMultiRegionTrail"
		}
		return "is_multi_region_trail"
	}
	// answers reports whether t is a multi-region trail that logs.
	answers := func(t *parser.Resource) bool {
		logging := "enable_logging"
		if t.Format == parser.CloudFormation {
			logging = "IsLogging"
		}
		return p.BodyKnown(t) && t.Body.Get(multiName(t)).IsTrue() && !t.Body.Get(logging).IsFalse()
	}
	for _, t := range trails {
		if slices.ContainsFunc(p.InRoot(t, "aws_cloudtrail", "AWS::CloudTrail::Trail"), answers) {
			continue
		}
		// Log file validation is AWS-221's, a stopped trail AWS-223's,
		// global service events left out AWS-270's.
		multi := multiName(t)
		switch v := t.Body.Get(multi); {
		case v.IsNull():
			p.Report(t, nil, "%s is not multi-region (%s not set) and no multi-region trail that logs is declared beside it", t.Address, multi)
		case v.IsFalse():
			p.Report(t, v, "%s is not multi-region (%s = false) and no multi-region trail that logs is declared beside it", t.Address, multi)
		case !v.IsKnown():
			p.Judge(t, parser.Unknowable(v, multi), "the trail records one region only")
		}
	}
	logReportMissing(p, "CloudTrail trail: API activity in the account is not recorded", logTrailTypes...)
}
