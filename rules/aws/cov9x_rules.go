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
	tokens := []parser.Attr{
		parser.A("metadata_options.http_tokens", "MetadataOptions.HttpTokens"),
		parser.A("metadata_options.http_tokens", "LaunchTemplateData.MetadataOptions.HttpTokens"),
	}
	endpoints := []parser.Attr{
		parser.A("metadata_options.http_endpoint", "MetadataOptions.HttpEndpoint"),
		parser.A("metadata_options.http_endpoint", "LaunchTemplateData.MetadataOptions.HttpEndpoint"),
	}
	checks := func(cond func(i int) setting.Judge) []setting.Check {
		judge := func(i int) setting.Judge {
			return setting.Both(setting.MustBeOneOf(tokens[i], "optional", "required"),
				setting.MustNotBe(endpoints[i], "enabled", "enabled"))
		}
		return []setting.Check{{
			Types:   []string{"aws_instance", "aws_launch_configuration", "AWS::AutoScaling::LaunchConfiguration"},
			Unless:  []parser.Attr{parser.A("launch_template", "")},
			If:      cond(0),
			Judge:   judge(0),
			Problem: "the instance metadata service answers requests without a session token (IMDSv1)",
		}, {
			Types:   []string{"aws_launch_template", "AWS::EC2::LaunchTemplate"},
			If:      cond(1),
			Judge:   judge(1),
			Problem: "instances launched from the template answer metadata requests without a session token (IMDSv1)",
		}}
	}
	meta := engine.Rule{ID: "AWS-311"}
	meta.Check = func(p *engine.Pass) {
		acct := imdsAccountTokens(p)
		// written reports whether the resource writes http_tokens itself,
		// which the account default does not override.
		written := func(i int, res *parser.Resource) bool {
			return tokens[i].Exists(res) && !tokens[i].Of(res).IsNull()
		}
		// The default is the service's ("optional") unless the resource's
		// root sets the account default; an account default whose value is
		// unknown leaves a resource that does not write http_tokens
		// undecided.
		for _, c := range checks(func(i int) setting.Judge {
			return func(res *parser.Resource) parser.Verdict {
				v, ok := acct[res.Root]
				if !ok || written(i, res) {
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
		}) {
			c.Run(p)
		}
	}
	return &meta
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
