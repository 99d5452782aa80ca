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
			if v == nil || v.Kind != parser.Unknown || v.Why() != computedAttribute ||
				!secretName.MatchString(k) || secretNameRef.MatchString(k) {
				continue
			}
			return parser.Bad(v, a.Name(res)+"."+k+" holds a secret read from "+key+": a long-lived IAM user key, in clear text")
		}
		return parser.Decided
	}
}

// computedAttribute is why the Terraform reader leaves a resource's
// attribute that the configuration does not set unknown.
const computedAttribute = "attribute computed by the provider"
