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
	return &engine.Rule{ID: "AWS-203", Check: func(p *engine.Pass) {
		iamStarGrants(p, iamEscalationActions, "which lets a principal raise its own permissions")
	}}
}

// iamStarGrants reports the identity policy statements that allow, on
// every resource and without a condition, an action pattern covering one
// of actions: on Resource "*" ("*" and "service:*" there are AWS-003's), or
// on an ARN covering every resource the action acts on
// ("arn:aws:s3:::*/*" for s3:GetObject; see everyResourceARN; "*" and
// "*:*" there are AWS-271's).
func iamStarGrants(p *engine.Pass, actions []string, why string) {
	for _, src := range identityPolicySources(p) {
		for _, st := range polStatements(p, src) {
			if !st.allows() || parser.Set(st.condition) != parser.No {
				continue
			}
			pats := stringsOf(st.actions)
			if hasStar(st.resources) != nil {
				if wildcardGrant(nil, pats, []*parser.Value{{Kind: parser.String, Str: "*"}}) != nil {
					continue
				}
				for _, a := range pats {
					if covered := actionCovered(a.Str, actions); covered != "" {
						p.Report(src.res, a, "%s allows %s on every resource (Resource \"*\"), %s (%s)",
							src.res.Address, strings.TrimSpace(a.Str), why, covered)
					}
				}
				continue
			}
			for _, a := range pats {
				if s := strings.TrimSpace(a.Str); s == "*" || s == "*:*" {
					continue
				}
				for _, act := range actions {
					if !actionMatches(a.Str, act) {
						continue
					}
					if r := everyResourceARN(st.resources, act); r != nil {
						p.Report(src.res, a, "%s allows %s on every resource it acts on (Resource %q), %s (%s)",
							src.res.Address, strings.TrimSpace(a.Str), r.Shown(), why, act)
						break
					}
				}
			}
		}
	}
}

// actionCovered returns the first of actions the action pattern covers,
// or "".
func actionCovered(pattern string, actions []string) string {
	for _, act := range actions {
		if actionMatches(pattern, act) {
			return act
		}
	}
	return ""
}
