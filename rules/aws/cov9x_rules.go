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
// from the template, which is judged instead.
func imdsV1Allowed() *engine.Rule {
	endpointOn := func(a parser.Attr) setting.Judge { return setting.MustNotBe(a, "enabled", "enabled") }
	tokensOptional := func(a parser.Attr) setting.Judge { return setting.MustBeOneOf(a, "optional", "required") }
	return setting.Rule(engine.Rule{ID: "AWS-311"},
		setting.Check{
			Types:  []string{"aws_instance", "aws_launch_configuration", "AWS::AutoScaling::LaunchConfiguration"},
			Unless: []parser.Attr{parser.A("launch_template", "")},
			Judge: setting.Both(
				tokensOptional(parser.A("metadata_options.http_tokens", "MetadataOptions.HttpTokens")),
				endpointOn(parser.A("metadata_options.http_endpoint", "MetadataOptions.HttpEndpoint"))),
			Problem: "the instance metadata service answers requests without a session token (IMDSv1)",
		},
		setting.Check{
			Types: []string{"aws_launch_template", "AWS::EC2::LaunchTemplate"},
			Judge: setting.Both(
				tokensOptional(parser.A("metadata_options.http_tokens", "LaunchTemplateData.MetadataOptions.HttpTokens")),
				endpointOn(parser.A("metadata_options.http_endpoint", "LaunchTemplateData.MetadataOptions.HttpEndpoint"))),
			Problem: "instances launched from the template answer metadata requests without a session token (IMDSv1)",
		})
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
