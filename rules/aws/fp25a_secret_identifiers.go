package aws

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// secretStringAttr is a CloudFormation secret's value as the template
// writes it.
var secretStringAttr = parser.A("", "SecretString")

// credentialAttrName matches the attributes of a resource that may hold a
// credential (an access key's SecretAccessKey, a generated password or
// token) rather than an identifier of the resource.
var credentialAttrName = regexp.MustCompile(`(?i)secret|password|token|credential|privatekey`)

// secretHoldsIdentifiers reports whether a CloudFormation secret's
// SecretString is a Fn::Sub whose every unknown piece is a pseudo
// parameter or an identifier of a resource of the template (its Ref, or
// an attribute that is no credential: Arn, a bucket's name, an endpoint),
// with no dynamic reference ({{resolve:...}}) and no literal text named
// like a credential (a "password" key beside an endpoint). Such a secret shares
// identifiers (the security reference architecture hands a trail's bucket
// name or key ARN to other accounts through one): it holds no credential,
// and rotation would only overwrite what the stack writes. A parameter
// (which may be a password given at deployment), an access key, a custom
// resource (whose attributes may be anything a function returns) or an
// attribute named like a credential keeps the secret reported.
func secretHoldsIdentifiers(p *engine.Pass, s *parser.Resource) bool {
	if s.Format == parser.Terraform {
		return tfSecretHoldsIdentifiers(p, s)
	}
	if s.Format != parser.CloudFormation {
		return false
	}
	v := secretStringAttr.Of(s)
	if v == nil || v.Kind != parser.Unknown {
		return false
	}
	names := v.SubUnknowns()
	if len(names) == 0 {
		return false
	}
	for _, part := range v.Parts() {
		if strings.Contains(part, "{{resolve:") || credentialAttrName.MatchString(part) {
			return false
		}
	}
	byID := map[string]*parser.Resource{}
	for _, r := range p.Referenced(s, "SecretString") {
		byID[r.Name] = r
	}
	for _, n := range names {
		if strings.HasPrefix(n, "AWS::") {
			continue
		}
		id, attr, _ := strings.Cut(n, ".")
		r := byID[id]
		if r == nil || r.Type == "AWS::IAM::AccessKey" || r.Type == "AWS::CloudFormation::CustomResource" ||
			strings.HasPrefix(r.Type, "Custom::") || credentialAttrName.MatchString(attr) {
			return false
		}
	}
	return true
}
