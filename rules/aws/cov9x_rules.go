package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9xRules are the rules the ninth coverage pass added from
// Checkov's CloudFormation tests.
func coverage9xRules() []*engine.Rule {
	return []*engine.Rule{imdsV1Allowed(), cognitoGuestIdentities()}
}

// imdsV1Allowed reports instances, launch templates and launch
// configurations whose instance metadata service answers requests without a
// session token (IMDSv1): http_tokens / HttpTokens is "optional", the
// default when it is not written, while the endpoint is on (its default).
// An instance launched from a launch template takes its metadata options
// from the template, which is judged instead. A Terraform root that sets
// the account's instance metadata defaults (aws_ec2_instance_metadata_defaults,
// http_tokens = "required") changes the default for what it launches
// without writing http_tokens.
func imdsV1Allowed() *engine.Rule {
	meta := engine.Rule{ID: "AWS-311"}
	meta.Check = func(p *engine.Pass) {
		for _, c := range imdsChecks(imdsAccountTokens(p)) {
			c.Run(p)
		}
	}
	return &meta
}

// imdsChecks are AWS-311's checks for a scan whose roots set the account
// defaults acct (imdsAccountTokens).
func imdsChecks(acct map[string]*parser.Value) []setting.Check {
	check := func(types []string, form string, problem string) setting.Check {
		tokens := parser.A("metadata_options.http_tokens", form+"MetadataOptions.HttpTokens")
		return setting.Check{
			Types: types,
			If:    imdsDefaultOptional(acct, tokens),
			Judge: setting.Both(setting.MustBeOneOf(tokens, "optional", "required"),
				setting.MustNotBe(parser.A("metadata_options.http_endpoint", form+"MetadataOptions.HttpEndpoint"), "enabled", "enabled")),
			Problem: problem,
		}
	}
	instances := check([]string{"aws_instance", "aws_launch_configuration", "AWS::AutoScaling::LaunchConfiguration"}, "",
		"the instance metadata service answers requests without a session token (IMDSv1)")
	instances.Unless = []parser.Attr{parser.A("launch_template", "")}
	return []setting.Check{instances,
		check([]string{"aws_launch_template", "AWS::EC2::LaunchTemplate"}, "LaunchTemplateData.",
			"instances launched from the template answer metadata requests without a session token (IMDSv1)")}
}

// imdsDefaultOptional limits a check to resources that write http_tokens
// (tokens) themselves, or whose root sets no account default of
// "required": the default is then the service's, "optional". An account
// default whose value is unknown leaves a resource that does not write
// http_tokens undecided.
func imdsDefaultOptional(acct map[string]*parser.Value, tokens parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v, ok := acct[res.Root]
		if !ok || tokens.Exists(res) && !tokens.Of(res).IsNull() {
			return parser.Verdict{Answer: parser.Yes}
		}
		if s, known := v.AsString(); known && s == "required" {
			return parser.Decided
		}
		if v.IsNull() || v.Kind != parser.Unknown {
			// Not written ("no-preference"), or another value.
			return parser.Verdict{Answer: parser.Yes}
		}
		return parser.Verdict{Answer: parser.CannotTell, At: v,
			Detail: "http_tokens is not written, and the account default (aws_ec2_instance_metadata_defaults http_tokens) is not known"}
	}
}

// imdsAccountTokens returns, by root, the http_tokens of the account's
// instance metadata defaults the root sets.
func imdsAccountTokens(p *engine.Pass) map[string]*parser.Value {
	out := map[string]*parser.Value{}
	for _, res := range p.ResourcesOfType("aws_ec2_instance_metadata_defaults") {
		if !res.Data {
			out[res.Root] = res.Body.Get("http_tokens")
		}
	}
	return out
}

// cognitoGuestIdentities reports Cognito identity pools that hand AWS
// credentials to unauthenticated (guest) identities: anyone who knows the
// pool id gets the credentials of its unauthenticated role. The setting is
// false by default in Terraform and required in CloudFormation.
func cognitoGuestIdentities() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-312"}, setting.Check{
		Types:   []string{"aws_cognito_identity_pool", "AWS::Cognito::IdentityPool"},
		Judge:   setting.MustBeFalse(parser.A("allow_unauthenticated_identities", "AllowUnauthenticatedIdentities"), false),
		Problem: "the identity pool gives AWS credentials to unauthenticated (guest) identities",
	})
}
