package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage8aRules are the rules the eighth coverage pass added for the
// services from A to L.
func coverage8aRules() []*engine.Rule {
	return []*engine.Rule{trailLogValidationOff(), openSearchOldTLSPolicy(), trailNotLogging(),
		// Each password policy judged alone; iamPasswordPolicyType matches
		// ignoring case, as these patterns do.
		{ID: "AWS-224", Check: checkPasswordReuse, Alone: true, Reads: []string{"aws_iam_account_password_policy*", "Custom::*"}}}
}

// trailLogValidationOff reports trails without log file validation
// (enable_log_file_validation / EnableLogFileValidation, false by default).
func trailLogValidationOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-221"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeTrue(parser.A("enable_log_file_validation", "EnableLogFileValidation"), false),
		Problem: "the trail does not validate its log files: nobody can prove they were not altered or deleted",
	})
}

// openSearchOldTLSPolicy reports search domains whose HTTPS endpoint
// accepts TLS 1.0 and 1.1; plain HTTP is AWS-144's. CloudSearch documents
// Policy-Min-TLS-1-0-2019-07 as its default; OpenSearch documents none.
func openSearchOldTLSPolicy() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-222"}, setting.Check{
		Types:   searchDomainTypes,
		Judge:   setting.MustNotBe(parser.A("domain_endpoint_options.tls_security_policy", "DomainEndpointOptions.TLSSecurityPolicy"), "", "Policy-Min-TLS-1-0-2019-07"),
		Problem: "the domain's HTTPS endpoint accepts TLS 1.0 and 1.1",
	}, setting.Check{
		Types:   []string{"aws_cloudsearch_domain"},
		Judge:   setting.MustNotBe(parser.A("endpoint_options.tls_security_policy", ""), "Policy-Min-TLS-1-0-2019-07", "Policy-Min-TLS-1-0-2019-07"),
		Problem: "the CloudSearch domain's HTTPS endpoint accepts TLS 1.0 and 1.1",
	})
}

// trailNotLogging reports trails whose logging is turned off
// (enable_logging defaults to true; CloudFormation requires IsLogging).
func trailNotLogging() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-223"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeTrue(parser.A("enable_logging", "IsLogging"), true),
		Problem: "the trail is stopped: it records no API activity",
	})
}
