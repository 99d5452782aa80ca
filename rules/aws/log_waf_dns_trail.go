package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Logs kept by a separate resource or property: WAF web ACL logging,
// Route 53 query logging, CloudTrail delivery to CloudWatch Logs.

func logWAFLogging() *engine.Rule {
	r := &engine.Rule{
		ID:       "AWS-189",
		Name:     "waf-logging-disabled",
		Title:    "WAF web ACL does not log the requests it inspects",
		Severity: engine.Medium,
		Description: "An AWS WAF web ACL has no logging configuration: no aws_wafv2_web_acl_logging_configuration " +
			"(AWS::WAFv2::LoggingConfiguration) names it, or a classic WAF web ACL (aws_waf_web_acl, " +
			"aws_wafregional_web_acl) has no logging_configuration block. WAF keeps only a sample of recent " +
			"requests without it, so blocked attacks and rule matches cannot be investigated. A logging " +
			"configuration whose web ACL cannot be resolved statically leaves the web ACLs of its root undecided.",
		Remediation: engine.Remediation{Summary: "Add a logging configuration for the web ACL to CloudWatch Logs (a log group named aws-waf-logs-*), S3 or Firehose."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/waf/latest/developerguide/logging.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_logging_configuration",
		},
		Precision: "high",
	}
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
			if acl.Format == parser.CloudFormation {
				logJudgeAttached(p, acl, problem, "no AWS::WAFv2::LoggingConfiguration names it", "ResourceArn", "AWS::WAFv2::LoggingConfiguration")
				continue
			}
			logJudgeAttached(p, acl, problem, "no aws_wafv2_web_acl_logging_configuration names it", "resource_arn", "aws_wafv2_web_acl_logging_configuration")
		}
	}
	return r
}

func logRoute53QueryLogging() *engine.Rule {
	r := &engine.Rule{
		ID:       "AWS-190",
		Name:     "route53-query-logging-disabled",
		Title:    "Public Route 53 hosted zone does not log DNS queries",
		Severity: engine.Low,
		Description: "A public Route 53 hosted zone has no query logging: no aws_route53_query_log names it, or " +
			"its AWS::Route53::HostedZone has no QueryLoggingConfig. Query logs record which names were resolved, " +
			"when and from which resolver, evidence for investigating domain abuse and subdomain takeover. Private " +
			"hosted zones (with a vpc block or VPCs), whose queries Route 53 Resolver query logging records, are not " +
			"reported.",
		Remediation: engine.Remediation{Summary: "Add an aws_route53_query_log for the zone (QueryLoggingConfig) to a CloudWatch Logs log group in us-east-1."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log",
		},
		Precision: "high",
	}
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
	return setting.Rule(engine.Rule{
		ID:       "AWS-191",
		Name:     "cloudtrail-not-sent-to-cloudwatch-logs",
		Title:    "CloudTrail trail does not deliver events to CloudWatch Logs",
		Severity: engine.Low,
		Description: "A CloudTrail trail writes only to S3: cloud_watch_logs_group_arn (CloudWatchLogsLogGroupArn) " +
			"is not set, the default. Events in S3 can be audited later but nothing watches them as they happen; " +
			"delivering the trail to CloudWatch Logs is what lets metric filters and alarms (root use, IAM and " +
			"security group changes, unauthorized calls) alert within minutes. Trails whose events another tool " +
			"reads from S3 or EventBridge may accept this finding.",
		Remediation: engine.Remediation{Summary: "Set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn (CloudWatchLogsLogGroupArn, CloudWatchLogsRoleArn) on the trail."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeSet(parser.A("cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn")),
		Problem: "the trail's events reach no CloudWatch Logs log group",
	})
}
