package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// accessKeySecretInEnv judges maps of environment variables (AWS-209,
// goat25): a variable whose name says it holds a secret (…_SECRET_KEY,
// SMTP_PASSWORD) and whose value is an attribute computed by a resource,
// in a map that reads an aws_iam_access_key of the scan, holds that user's
// secret access key (secret, ses_smtp_password_v4), in clear text in the
// function's configuration. The reference is not a literal, so
// secretFound never sees it; the key id alone (…_ACCESS_KEY_ID,
// …_ACCESS_KEY) is not a secret, and a value whose name says where a
// secret is kept (…_SECRET_ARN) is not one either. References are
// recorded on the map, not on each of its values: a map that reads no
// access key is never reported.
func accessKeySecretInEnv(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		m := a.Of(res)
		if m == nil || m.Kind != parser.Object {
			return parser.Decided
		}
		key := ""
		for _, r := range m.Refs() {
			if strings.HasPrefix(r, "aws_iam_access_key.") {
				key = r
				break
			}
		}
		if key == "" {
			return parser.Decided
		}
		for _, k := range m.Keys() {
			v := m.Attrs[k]
			if v == nil || v.Kind != parser.Unknown || v.Why() != parser.WhyComputed ||
				!secretName.MatchString(k) || secretNameRef.MatchString(k) {
				continue
			}
			return parser.Bad(v, a.Name(res)+"."+k+" holds a secret read from "+key+": a long-lived IAM user key, in clear text")
		}
		return parser.Decided
	}
}

// accessKeyInUserData judges user data (AWS-209, goat25) built from an
// aws_iam_access_key of the scan (templatefile(..., { secret =
// aws_iam_access_key.k.secret })): the instance receives a long-lived IAM
// user key in its user data, readable by anyone who may describe the
// instance, where its instance profile should serve. A key id alone is
// never what a boot script needs, so any reference to the key counts.
func accessKeyInUserData(attrs ...parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		for _, a := range attrs {
			v := a.Of(res)
			if v == nil || v.Kind == parser.String {
				continue // a literal text is secretInText's
			}
			for _, r := range v.Refs() {
				if strings.HasPrefix(r, "aws_iam_access_key.") {
					return parser.Bad(v, a.Name(res)+" is built from "+r+": a long-lived IAM user key handed to the instance")
				}
			}
		}
		return parser.Decided
	}
}

// beanstalkEnvNamespace is the namespace of an Elastic Beanstalk
// environment's environment properties.
const beanstalkEnvNamespace = "aws:elasticbeanstalk:application:environment"

// secretInBeanstalkSettings judges the environment properties of an
// Elastic Beanstalk environment or configuration template (AWS-209,
// goat25): settings of the aws:elasticbeanstalk:application:environment
// namespace (setting blocks; OptionSettings) are shown in clear text to
// anyone who may describe the environment's configuration
// (elasticbeanstalk:DescribeConfigurationSettings). A literal secret
// (secretFound) or a secret-named property read from an
// aws_iam_access_key of the scan is reported.
func secretInBeanstalkSettings(res *parser.Resource) parser.Verdict {
	blocks, _ := setting.Blocks(firstOf(res.Body, "setting", "OptionSettings"))
	for _, b := range blocks {
		ns, _ := firstOf(b, "namespace", "Namespace").AsString()
		name, okN := firstOf(b, "name", "OptionName").AsString()
		if ns != beanstalkEnvNamespace || !okN {
			continue
		}
		v := firstOf(b, "value", "Value")
		if v == nil {
			continue
		}
		if v.Kind == parser.String {
			if kind, ok := secretFound(name, v.Str); ok {
				return parser.Bad(v, "environment property "+name+" holds "+kind)
			}
			continue
		}
		if v.Kind != parser.Unknown || !secretName.MatchString(name) || secretNameRef.MatchString(name) {
			continue
		}
		for _, r := range append(v.Refs(), b.Refs()...) {
			if strings.HasPrefix(r, "aws_iam_access_key.") {
				return parser.Bad(v, "environment property "+name+" holds a secret read from "+r+": a long-lived IAM user key, in clear text")
			}
		}
	}
	return parser.Decided
}
