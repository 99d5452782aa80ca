package aws

import (
	"strconv"
	"strings"
	"time"

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
		iamPolicySelfRewrite(p)
	}}
}

// iamStarGrants reports the identity policy statements that allow, on
// every resource and without a condition (or with one that limits
// nothing: conditionAlwaysHolds), an action pattern covering one
// of actions: on Resource "*" ("*" and "service:*" there are AWS-003's), or
// on an ARN covering every resource the action acts on
// ("arn:aws:s3:::*/*" for s3:GetObject; see everyResourceARN; "*" and
// "*:*" there are AWS-271's).
func iamStarGrants(p *engine.Pass, actions []string, why string) {
	for _, src := range identityPolicySources(p) {
		for _, st := range polStatements(p, src) {
			if !st.allows() || parser.Set(st.condition) != parser.No && !conditionAlwaysHolds(st.condition) {
				continue
			}
			pats := stringsOf(st.actions)
			if every := everyResourceOf(st.resources); every != nil {
				if wildcardGrant(nil, pats, []*parser.Value{{Kind: parser.String, Str: "*"}}) != nil {
					continue
				}
				for _, a := range pats {
					if covered := actionCovered(a.Str, actions); covered != "" {
						p.Report(src.res, a, "%s allows %s on every resource (Resource %q), %s (%s)",
							src.res.Address, strings.TrimSpace(a.Str), strings.TrimSpace(every.Str), why, covered)
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

// iamPolicySelfRewrite reports the managed policies that allow, without a
// condition, iam:CreatePolicyVersion on a policy ARN pattern that covers
// the policy itself ("policy/deploy-*" in the policy named deploy-tools):
// whoever holds the policy can write a new default version of it that
// grants anything (CreatePolicyVersion sets the default version on its
// own). Patterns covering every policy are iamStarGrants' finding; the
// AWS managed policies' account ("aws") is never the policy's own.
func iamPolicySelfRewrite(p *engine.Pass) {
	for _, src := range identityPolicySources(p) {
		if src.res.Type != "aws_iam_policy" && src.res.Type != "AWS::IAM::ManagedPolicy" {
			continue
		}
		if policyUnreadable(p, src) {
			continue // iamStarGrants notes it
		}
		for _, st := range polStatements(p, src) {
			if !st.allows() || parser.Set(st.condition) != parser.No || hasStar(st.resources) != nil ||
				everyResourceARN(st.resources, "iam:CreatePolicyVersion") != nil {
				continue
			}
			var act *parser.Value
			for _, a := range stringsOf(st.actions) {
				if actionMatches(a.Str, "iam:CreatePolicyVersion") {
					act = a
					break
				}
			}
			if act == nil {
				continue
			}
			items := []*parser.Value{st.resources}
			if st.resources != nil && st.resources.Kind == parser.List {
				items = st.resources.Items()
			}
			for _, r := range items {
				if r != nil && policySelfCovered(p, src.res, act, r) {
					break
				}
			}
		}
	}
}

// policySelfCovered judges one resource ARN pattern of a statement that
// allows iam:CreatePolicyVersion in the managed policy res: it reports
// and returns true when the pattern covers the policy's own ARN, and
// notes the policy as undecided when its name or the pattern's policy
// part is not known.
func policySelfCovered(p *engine.Pass, res *parser.Resource, act, r *parser.Value) bool {
	arn, ok := r.AsString()
	if !ok {
		parts := r.KnownParts()
		if parts == nil {
			return false
		}
		arn = strings.Join(parts, arnGap)
	}
	seg := strings.SplitN(strings.TrimSpace(arn), ":", 6)
	if len(seg) < 6 || seg[0] != "arn" || !strings.EqualFold(seg[2], "iam") || seg[4] == "aws" ||
		!strings.HasPrefix(seg[5], "policy/") {
		return false
	}
	if strings.Contains(seg[5], arnGap) {
		p.CannotTell(res, r, parser.Unknowable(r, "Resource").Detail)
		return false
	}
	nameAttr, pathAttr := parser.A("name", "ManagedPolicyName"), parser.A("path", "Path")
	name := nameAttr.Of(res)
	if name == nil {
		return false // a generated name, which no pattern but "policy/*" names in advance
	}
	n, ok := name.AsString()
	if !ok {
		p.CannotTell(res, name, parser.Unknowable(name, nameAttr.Name(res)).Detail)
		return false
	}
	path := "/"
	if v := pathAttr.Of(res); v != nil {
		if path, ok = v.AsString(); !ok {
			p.CannotTell(res, v, parser.Unknowable(v, pathAttr.Name(res)).Detail)
			return false
		}
	}
	own := "policy" + path + n
	if !globMatch(seg[5], own) {
		return false
	}
	p.Report(res, act, "%s allows %s on %q, which covers the policy itself (%s): whoever holds it can write a new default version granting any permission (iam:CreatePolicyVersion)",
		res.Address, strings.TrimSpace(act.Str), r.Shown(), own)
	return true
}

// pastDate is a moment already past when the rule below was written: a
// date condition that holds after it holds on every day a scan may run, so
// the answer does not depend on the day of the scan.
var pastDate = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// dateKeys are the condition keys holding the time of the request or of
// the credentials' issue (the latter present for temporary credentials).
var dateKeys = map[string]bool{"aws:currenttime": true, "aws:tokenissuetime": true, "aws:epochtime": true}

// conditionAlwaysHolds reports whether a statement's Condition (a JSON
// Condition object or aws_iam_policy_document condition blocks) only
// asks that the request or its credentials come after a date already
// past (DateGreaterThan aws:CurrentTime "2020-01-01T00:00:00Z"): a
// condition that limits nothing today.
func conditionAlwaysHolds(cond *parser.Value) bool {
	if cond == nil {
		return false
	}
	switch cond.Kind {
	case parser.Object:
		ops := cond.Keys()
		if len(ops) == 0 {
			return false
		}
		for _, op := range ops {
			keys := cond.Get(op)
			if keys == nil || keys.Kind != parser.Object || len(keys.Keys()) == 0 {
				return false
			}
			for _, k := range keys.Keys() {
				if !dateTestPast(op, k, keys.Get(k)) {
					return false
				}
			}
		}
		return true
	case parser.List:
		items := cond.Items()
		if len(items) == 0 {
			return false
		}
		for _, c := range items {
			test, _ := c.Get("test").AsString()
			key, _ := c.Get("variable").AsString()
			if !dateTestPast(test, key, c.Get("values")) {
				return false
			}
		}
		return true
	}
	return false
}

// dateTestPast reports whether one condition test is DateGreaterThan(Equals)
// on a date key with a value (of those listed, any one suffices) before
// pastDate.
func dateTestPast(op, key string, values *parser.Value) bool {
	op = strings.TrimSuffix(strings.TrimSpace(op), "IfExists")
	if op != "DateGreaterThan" && op != "DateGreaterThanEquals" || !dateKeys[strings.ToLower(strings.TrimSpace(key))] {
		return false
	}
	for _, v := range stringsOf(values) {
		if t, ok := conditionDate(v.Str); ok && t.Before(pastDate) {
			return true
		}
	}
	return false
}

// conditionDate reads a date as IAM's date operators do: ISO 8601 (with
// or without the time) or seconds since the epoch.
func conditionDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 {
		return time.Unix(n, 0), true
	}
	return time.Time{}, false
}
