package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// gap24bKeyChecks are AWS-169's checks (under require-customer-key) of
// stores gap24b found unjudged: a Network Firewall firewall, firewall
// policy or rule group, whose data is encrypted with a key AWS owns unless
// its encryption_configuration has type CUSTOMER_KMS and a key.
// CloudFormation's Network Firewall types take no encryption
// configuration, so the check is Terraform only.
func gap24bKeyChecks(p *engine.Pass) []setting.Check {
	return []setting.Check{{
		Types: []string{"aws_networkfirewall_firewall", "aws_networkfirewall_firewall_policy", "aws_networkfirewall_rule_group"},
		Judge: setting.Either(
			setting.MustBeOneOf(parser.A("encryption_configuration.type", ""), "AWS_OWNED_KMS_KEY", "CUSTOMER_KMS"),
			keyJudge(p, parser.A("encryption_configuration.key_id", ""))),
		Problem: "its data is encrypted with a key AWS owns, not a customer managed one, which the configuration requires",
	}}
}
