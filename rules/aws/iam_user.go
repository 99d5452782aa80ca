package aws

import "github.com/soc2lint/soc2lint/engine"

func checkIAMUserDeclared(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_iam_user", "AWS::IAM::User") {
		p.Report(res, nil, "%s is an IAM user: a long-lived local identity; prefer IAM Identity Center or federation for people and roles for workloads", res.Address)
	}
}
