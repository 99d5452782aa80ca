package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func iamAccessKeyDeclared() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-034",
		Name:     "iam-access-key-declared",
		Title:    "Long-lived IAM access key created in code",
		Severity: engine.High,
		Description: "An aws_iam_access_key or AWS::IAM::AccessKey creates a static access key for an IAM user. " +
			"The key never expires and is rotated only by replacing the resource, and its secret leaves IAM: " +
			"Terraform writes it to the state (encrypted only when pgp_key is set), and CloudFormation hands it " +
			"to anyone who can read the stack's outputs or the resources fed by Fn::GetAtt SecretAccessKey. The " +
			"rule fires for every key whose status is Active, which is the default when status (Status) is not " +
			"set; a key with status Inactive is not reported, nor one whose status is unknown. Workloads should " +
			"get temporary credentials from a role instead: an instance profile, IRSA, OIDC federation for CI, " +
			"or IAM Roles Anywhere outside AWS.",
		Remediation: engine.Remediation{Summary: "Give the workload a role (instance profile, OIDC federation, IAM Roles Anywhere) instead of a user's access key; deactivate keys being retired (status = \"Inactive\")."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-accesskey.html",
		},
		Precision: "very-high",
		Check:     checkIAMAccessKeyDeclared,
	}
}

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
