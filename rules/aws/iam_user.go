package aws

import "github.com/soc2lint/soc2lint/engine"

func iamUserDeclared() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-031",
		Name:     "iam-user-declared",
		Title:    "IAM user declared instead of federated or role-based access",
		Severity: engine.Low,
		Description: "Every aws_iam_user and AWS::IAM::User is reported. An IAM user is a long-lived identity " +
			"local to one account, with its own password or access keys: it outlives the person's or " +
			"workload's need for it unless someone removes it, which is how unused users accumulate. Whether a " +
			"user has gone unused for 90 days is known only at run time (the IAM credential report); what the " +
			"code shows is that the account keeps local users at all. People should sign in through IAM " +
			"Identity Center or another identity provider (their access ends when they leave the directory), " +
			"and workloads should use roles (instance profiles, IRSA, OIDC federation, IAM Roles Anywhere). " +
			"A user that must stay (a break-glass user, an Amazon SES SMTP user) is reported too, so that it is reviewed.",
		Remediation: engine.Remediation{Summary: "Replace IAM users with IAM Identity Center (people) or IAM roles (workloads); review and remove users that remain."},
		Checklist:   []string{"IAM-2"},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp",
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
			"https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html",
		},
		Precision: "very-high",
		Check:     checkIAMUserDeclared,
	}
}

func checkIAMUserDeclared(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_iam_user", "AWS::IAM::User") {
		p.Report(res, nil, "%s is an IAM user: a long-lived local identity; prefer IAM Identity Center or federation for people and roles for workloads", res.Address)
	}
}
