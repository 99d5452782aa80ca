package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Logs kept by a separate resource or property: WAF web ACL logging,
// Route 53 query logging, CloudTrail delivery to CloudWatch Logs.

func logWAFLogging() *engine.Rule {
	r := &engine.Rule{ID: "AWS-189"}
	const problem = "the web ACL does not log requests"
	classic := setting.Check{
		Types:   []string{"aws_waf_web_acl", "aws_wafregional_web_acl"},
		Judge:   setting.MustBeSet(parser.A("logging_configuration", "")),
		Problem: problem,
	}
	r.Check = func(p *engine.Pass) {
		classic.Run(p)
		for _, acl := range p.ResourcesOfType("aws_wafv2_web_acl", "AWS::WAFv2::WebACL") {
			if acl.Data {
				continue
			}
			logJudgeConfigured(p, acl, problem, "resource_arn", "aws_wafv2_web_acl_logging_configuration",
				"ResourceArn", "AWS::WAFv2::LoggingConfiguration")
		}
	}
	return r
}

func logRoute53QueryLogging() *engine.Rule {
	r := &engine.Rule{ID: "AWS-190"}
	const problem = "DNS queries to the public zone are not logged"
	cfn := setting.Check{
		Types:   []string{"AWS::Route53::HostedZone"},
		Unless:  []parser.Attr{parser.A("", "VPCs")},
		Judge:   setting.MustBeSet(parser.A("", "QueryLoggingConfig.CloudWatchLogsLogGroupArn")),
		Problem: problem,
	}
	r.Check = func(p *engine.Pass) {
		cfn.Run(p)
		for _, z := range p.ResourcesOfType("aws_route53_zone") {
			if z.Data || !p.BodyKnown(z) || parser.AnySet(z.Body.Get("vpc")) {
				continue
			}
			logJudgeAttached(p, z, problem, "no aws_route53_query_log names it", "zone_id", "aws_route53_query_log")
		}
	}
	return r
}

func logTrailToCloudWatch() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-191"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeSet(parser.A("cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn")),
		Problem: "the trail's events reach no CloudWatch Logs log group",
	})
}
