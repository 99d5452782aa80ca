package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// checkPasswordReuse reports account password policies that remember
// fewer than 24 passwords: IAM allows reuse when password_reuse_prevention
// is not set. A custom resource's properties are its author's, so only a
// PasswordReusePrevention it writes is judged.
func checkPasswordReuse(p *engine.Pass) {
	reuse := parser.A("password_reuse_prevention", "PasswordReusePrevention")
	for _, res := range p.All() {
		if res.Data || !iamPasswordPolicyType.MatchString(res.Type) || !p.BodyKnown(res) {
			continue
		}
		def := int64(0)
		if res.Format == parser.CloudFormation {
			def = -1
		}
		p.Judge(res, parser.Below(reuse.Of(res), reuse.Name(res), def, 24),
			"users may reuse recent passwords: the policy remembers fewer than the last 24")
	}
}
