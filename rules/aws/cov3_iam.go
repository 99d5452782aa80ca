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
	r := engine.Rule{ID: "AWS-203"}
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
