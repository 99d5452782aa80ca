package aws

import (
	"strings"

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
		for _, c := range imdsChecks(p, imdsAccountTokens(p)) {
			c.Run(p)
		}
	}
	return &meta
}

// imdsChecks are AWS-311's checks for a scan whose roots set the account
// defaults acct (imdsAccountTokens).
func imdsChecks(p *engine.Pass, acct map[string]*parser.Value) []setting.Check {
	check := func(types []string, form string, problem string) setting.Check {
		tokens := parser.A("metadata_options.http_tokens", form+"MetadataOptions.HttpTokens")
		return setting.Check{
			Types: types,
			If:    imdsDefaultOptional(p, acct, tokens),
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
			"instances launched from the template answer metadata requests without a session token (IMDSv1)"),
		{
			// AppStream streaming instances answer IMDSv1 unless the fleet
			// disables it (false when not written); the account's EC2
			// metadata defaults do not reach them. CloudFormation's
			// DisableIMDSV1 is newer than the schema (cfnschema) the rules
			// are checked against, so templates are not judged yet.
			Types:   []string{"aws_appstream_fleet"},
			Judge:   setting.MustBeTrue(parser.A("disable_imds_v1", ""), false),
			Problem: "the fleet's streaming instances answer metadata requests without a session token (IMDSv1)",
		},
		{
			// The account default itself: "optional" makes IMDSv1 the
			// default of every instance launched without http_tokens.
			Types:   []string{"aws_ec2_instance_metadata_defaults"},
			Judge:   setting.MustNotBe(parser.A("http_tokens", ""), "no-preference", "optional"),
			Problem: "the account default lets instances launched without http_tokens answer metadata requests without a session token (IMDSv1)",
		},
		{
			// A notebook instance created without the setting supports
			// IMDSv1; the account's EC2 defaults do not reach it.
			Types: []string{"aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"},
			Judge: setting.MustNotBe(parser.A("instance_metadata_service_configuration.minimum_instance_metadata_service_version",
				"InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion"), "1", "1"),
			Problem: "the notebook instance's metadata service answers requests without a session token (IMDSv1)",
		}}
}

// imdsDefaultOptional limits a check to resources that write http_tokens
// (tokens) themselves, or whose root sets no account default of
// "required": the default is then the service's, "optional", unless the
// image is Amazon Linux 2023 (al2023Image), whose AMIs are registered
// with ImdsSupport v2.0, so that EC2 launches them with http_tokens
// "required" when neither the launch nor the account says otherwise. An
// account default whose value is unknown leaves a resource that does not
// write http_tokens undecided.
func imdsDefaultOptional(p *engine.Pass, acct map[string]*parser.Value, tokens parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if tokens.Exists(res) && !tokens.Of(res).IsNull() {
			return parser.Verdict{Answer: parser.Yes}
		}
		v, ok := acct[res.Root]
		s, known := v.AsString()
		switch {
		case ok && known && s == "required":
			return parser.Decided
		case ok && !v.IsNull() && v.Kind == parser.Unknown:
			return parser.Verdict{Answer: parser.CannotTell, At: v,
				Detail: "http_tokens is not written, and the account default (aws_ec2_instance_metadata_defaults http_tokens) is not known"}
		case (!ok || v.IsNull() || s == "no-preference") && al2023Image(p, res):
			// The AMI's ImdsSupport v2.0 decides when the account
			// states no preference.
			return parser.Decided
		}
		// Not written ("no-preference"), or another value.
		return parser.Verdict{Answer: parser.Yes}
	}
}

// al2023Image reports whether res launches from an image that can only be
// an Amazon Linux 2023 AMI: its ImageId is a template parameter read from
// AWS's public al2023-ami-* SSM parameter, or its ami (image_id) is the value of an
// aws_ssm_parameter data source that reads one of AWS's public
// /aws/service/ami-amazon-linux-latest/al2023-ami-* parameters, or of an
// aws_ami data source owned by Amazon whose name (name_regex or the name
// filter) is al2023-ami-*. AL2023 AMIs carry ImdsSupport v2.0: instances
// launched from them require IMDSv2 by default.
func al2023Image(p *engine.Pass, res *parser.Resource) bool {
	if res.Format == parser.CloudFormation {
		return al2023Parameter(parser.A("", "LaunchTemplateData.ImageId").Of(res)) ||
			al2023Parameter(res.Body.Get("ImageId"))
	}
	attr := "image_id"
	if res.Type == "aws_instance" {
		attr = "ami"
	}
	ami := res.Body.Get(attr)
	if ami == nil || ami.IsKnown() {
		return false
	}
	srcs := p.Referenced(res, attr, "aws_ssm_parameter", "aws_ami")
	if len(srcs) == 0 || len(srcs) != len(p.Referenced(res, attr)) {
		return false
	}
	for _, d := range srcs {
		if !d.Data || !al2023Source(d) {
			return false
		}
	}
	return true
}

// al2023Parameter reports whether the CloudFormation ImageId v is a
// template parameter of an AWS::SSM::Parameter::Value type whose default
// names AWS's public Amazon Linux 2023 AMI parameter (the parser keeps the
// default on the unknown value it reads from the parameter).
func al2023Parameter(v *parser.Value) bool {
	name, ok := v.SSMParameterDefault()
	return ok && strings.HasPrefix(name, "/aws/service/ami-amazon-linux-latest/al2023-ami-")
}

// al2023Source reports whether the data source d (aws_ssm_parameter or
// aws_ami) names an Amazon Linux 2023 AMI.
func al2023Source(d *parser.Resource) bool {
	const prefix = "al2023-ami-"
	if d.Type == "aws_ssm_parameter" {
		name, ok := d.Body.Get("name").AsString()
		return ok && strings.HasPrefix(name, "/aws/service/ami-amazon-linux-latest/"+prefix)
	}
	amazon := false
	for _, o := range d.Body.Get("owners").Items() {
		if s, ok := o.AsString(); ok && (s == "amazon" || s == "137112412989") {
			amazon = true
		}
	}
	if !amazon {
		return false
	}
	if re, ok := d.Body.Get("name_regex").AsString(); ok && strings.HasPrefix(strings.TrimPrefix(re, "^"), prefix) {
		return true
	}
	for _, f := range d.Body.Get("filter").Items() {
		if n, _ := f.Get("name").AsString(); n != "name" {
			continue
		}
		vals := f.Get("values").Items()
		for _, v := range vals {
			if s, ok := v.AsString(); !ok || !strings.HasPrefix(s, prefix) {
				return false
			}
		}
		return len(vals) > 0
	}
	return false
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
