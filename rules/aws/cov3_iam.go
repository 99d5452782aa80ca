package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// IAM-3: grants that let a principal raise its own permissions.

// iamEscalationActions are IAM actions that, allowed on every resource,
// let a principal give itself (or a principal it controls) any permission:
// rewrite or attach policies, join a group, rewrite a role's trust, lift a
// permissions boundary, or take over another user's credentials.
var iamEscalationActions = []string{
	"iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
	"iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
	"iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy",
	"iam:AddUserToGroup", "iam:UpdateAssumeRolePolicy",
	"iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary",
	"iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
}

func iamPrivilegeEscalation() *engine.Rule {
	r := iam3(engine.Rule{
		ID:       "AWS-203",
		Name:     "iam-policy-allows-privilege-escalation",
		Title:    "IAM policy lets a principal change permissions on every IAM resource (privilege escalation)",
		Severity: engine.High,
		Description: "An identity policy allows, on Resource \"*\" and without a condition, an IAM action that " +
			"changes who may do what: creating or selecting a policy version, attaching or writing inline policies " +
			"of users, groups or roles, adding a user to a group, rewriting a role's trust policy, deleting a " +
			"permissions boundary, or creating access keys and console passwords for other users. A principal " +
			"holding it can grant itself administrator access, whatever else its policies say. Each action, or a " +
			"wildcard covering it (iam:Put*, iam:Attach*), is reported once per statement. Statements limited to " +
			"named resources (role/app/*) or by any condition (iam:PolicyARN, iam:PermissionsBoundary) are not " +
			"reported; grants of \"*\" or \"iam:*\" are AWS-003's, iam:PassRole is AWS-111's.",
		Remediation: engine.Remediation{Summary: "Name the users, groups, roles or policies the principal may change in Resource, and for delegated administration require a permissions boundary (condition iam:PermissionsBoundary) or limit the policies it may attach (condition iam:PolicyARN)."},
		Links: []string{
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
			"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
			"https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html",
		},
		Precision: "high",
	})
	r.Check = func(p *engine.Pass) {
		for _, src := range identityPolicySources(p) {
			for _, st := range polStatements(p, src) {
				if !st.allows() || hasStar(st.resources) == nil || parser.Set(st.condition) != parser.No {
					continue
				}
				actions := stringsOf(st.actions)
				if wildcardGrant(nil, actions, []*parser.Value{{Kind: parser.String, Str: "*"}}) != nil {
					continue // "*" or "iam:*": AWS-003's
				}
				for _, a := range actions {
					if covered := iamEscalationCovered(a.Str); covered != "" {
						p.Report(src.res, a, "%s allows %s on every resource (Resource \"*\"), which lets a principal raise its own permissions (%s)",
							src.res.Address, strings.TrimSpace(a.Str), covered)
					}
				}
			}
		}
	}
	return &r
}

// iamEscalationCovered returns the first escalation action the action
// pattern covers, or "".
func iamEscalationCovered(pattern string) string {
	for _, act := range iamEscalationActions {
		if actionMatches(pattern, act) {
			return act
		}
	}
	return ""
}
