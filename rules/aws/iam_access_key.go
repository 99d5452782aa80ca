package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkIAMAccessKeyDeclared(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_iam_access_key", "AWS::IAM::AccessKey", "aws_iam_service_specific_credential") {
		status, userAttr, what := "status", "user", "access key"
		switch {
		case res.Format == parser.CloudFormation:
			status, userAttr = "Status", "UserName"
		case res.Type == "aws_iam_service_specific_credential":
			userAttr, what = "user_name", "service-specific credential (a password for "+serviceName(res)+")"
		}
		user := "its IAM user"
		if u, ok := res.Body.Get(userAttr).AsString(); ok && res.Body.Get(userAttr).Kind == parser.String {
			user = "IAM user " + u
		}
		v := res.Body.Get(status)
		if v.IsNull() {
			p.Report(res, nil, "%s creates a long-lived %s for %s, active by default (%s not set)", res.Address, what, user, status)
			continue
		}
		if parser.Set(v) == parser.CannotTell {
			p.CannotTell(res, v, parser.Unknowable(v, status).Detail)
			continue
		}
		if s, ok := v.AsString(); ok && strings.EqualFold(strings.TrimSpace(s), "Active") {
			p.Report(res, v, "%s creates an active long-lived %s for %s", res.Address, what, user)
		}
	}
}

// serviceName names the service a service-specific credential signs in to.
func serviceName(res *parser.Resource) string {
	if s, ok := res.Body.Get("service_name").AsString(); ok && s != "" {
		return s
	}
	return "its service"
}
