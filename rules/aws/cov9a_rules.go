package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9aRules are the rules the ninth coverage pass added from
// Checkov's inline Terraform tests.
func coverage9aRules() []*engine.Rule {
	return []*engine.Rule{trailGlobalEventsOff()}
}

// trailGlobalEventsOff reports trails that leave out the events of global
// services (include_global_service_events / IncludeGlobalServiceEvents,
// true by default in both formats); whether the trail covers every region
// is AWS-015's.
func trailGlobalEventsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-270"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeTrue(parser.A("include_global_service_events", "IncludeGlobalServiceEvents"), true),
		Problem: "the trail does not record the events of global services such as IAM and STS",
	})
}
