package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkIAMAccessKeyDeclared(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_iam_access_key", "AWS::IAM::AccessKey") {
		status, userAttr := "status", "user"
		if res.Format == parser.CloudFormation {
			status, userAttr = "Status", "UserName"
		}
		user := "its IAM user"
		if u, ok := res.Body.Get(userAttr).AsString(); ok && res.Body.Get(userAttr).Kind == parser.String {
			user = "IAM user " + u
		}
		v := res.Body.Get(status)
		if v.IsNull() {
			p.Report(res, nil, "%s creates a long-lived access key for %s, active by default (%s not set)", res.Address, user, status)
			continue
		}
		if s, ok := v.AsString(); ok && strings.EqualFold(strings.TrimSpace(s), "Active") {
			p.Report(res, v, "%s creates an active long-lived access key for %s", res.Address, user)
		}
	}
}
