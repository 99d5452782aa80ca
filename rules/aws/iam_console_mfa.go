package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkIAMConsoleWithoutMFA(p *engine.Pass) {
	loginProfile := parser.A("", "LoginProfile")
	for _, res := range p.ResourcesOfType("AWS::IAM::User") {
		lp := loginProfile.Of(res)
		switch parser.Set(lp) {
		case parser.No:
			continue
		case parser.CannotTell:
			p.CannotTell(res, lp, parser.Unknowable(lp, "LoginProfile").Detail)
			continue
		}
		report(p, res, iamMFAVerdict(p, iamPrincipalOf(res, "UserName"), lp),
			"%s has a console password (LoginProfile), but no policy attached to the user or its groups requires MFA", res.Address)
	}
	for _, res := range p.ResourcesOfType("aws_iam_user_login_profile") {
		user, ok := iamLoginProfileUser(p, res)
		if !ok {
			continue
		}
		who := user.res.Address
		if user.named {
			who = user.name + " (" + who + ")"
		}
		report(p, res, iamMFAVerdict(p, user, nil),
			"%s gives IAM user %s console access, but no policy attached to the user or its groups requires MFA", res.Address, who)
	}
}

// iamMFAVerdict judges a user with console access: Yes (at at) when no
// policy that applies to it requires MFA, CannotTell when some policy,
// attachment or group membership that may apply cannot be read.
func iamMFAVerdict(p *engine.Pass, user iamPrincipal, at *parser.Value) parser.Verdict {
	switch iamUserRequiresMFA(p, user) {
	case parser.False:
		return yes(at)
	case parser.Maybe:
		return parser.Verdict{Answer: parser.CannotTell,
			Detail: "a policy, policy attachment or group membership that may apply to " + user.res.Address + " is not known statically, and may require MFA"}
	}
	return parser.Decided
}

// iamLoginProfileUser returns the aws_iam_user a login profile is for. A
// user not declared in the scanned code is not returned: its policies may
// be attached elsewhere.
func iamLoginProfileUser(p *engine.Pass, lp *parser.Resource) (iamPrincipal, bool) {
	v := lp.Body.Get("user")
	if name, ok := v.AsString(); ok && v.Kind == parser.String {
		for _, u := range p.OfType("aws_iam_user") {
			if n, ok := u.Body.Get("name").AsString(); ok && strings.EqualFold(n, strings.TrimSpace(name)) {
				return iamPrincipal{res: u, name: n, named: true}, true
			}
		}
		return iamPrincipal{}, false
	}
	if us := iamEdgeTargets(p, lp, "user", "aws_iam_user"); len(us) == 1 {
		return iamPrincipalOf(us[0], "name"), true
	}
	return iamPrincipal{}, false
}

// iamAttachment is a resource that attaches a policy to users or groups.
type iamAttachment struct {
	typ string
	// who names the attribute holding the user or group name(s).
	who string
	// doc names the attribute holding a policy document, arns the one
	// holding managed policy ARNs.
	doc, arns string
}

var iamUserAttachments = []iamAttachment{
	{typ: "aws_iam_user_policy", who: "user", doc: "policy"},
	{typ: "aws_iam_user_policy_attachment", who: "user", arns: "policy_arn"},
	{typ: "aws_iam_policy_attachment", who: "users", arns: "policy_arn"},
	{typ: "aws_iam_user_policy_attachments_exclusive", who: "user_name", arns: "policy_arns"},
	{typ: "AWS::IAM::Policy", who: "Users", doc: "PolicyDocument"},
	{typ: "AWS::IAM::ManagedPolicy", who: "Users", doc: "PolicyDocument"},
	{typ: "AWS::IAM::UserPolicy", who: "UserName", doc: "PolicyDocument"},
	// An MFA device assigned to the user: sign-in asks for it.
	{typ: "AWS::IAM::VirtualMFADevice", who: "Users"},
}

var iamGroupAttachments = []iamAttachment{
	{typ: "aws_iam_group_policy", who: "group", doc: "policy"},
	{typ: "aws_iam_group_policy_attachment", who: "group", arns: "policy_arn"},
	{typ: "aws_iam_policy_attachment", who: "groups", arns: "policy_arn"},
	{typ: "aws_iam_group_policy_attachments_exclusive", who: "group_name", arns: "policy_arns"},
	{typ: "AWS::IAM::Policy", who: "Groups", doc: "PolicyDocument"},
	{typ: "AWS::IAM::ManagedPolicy", who: "Groups", doc: "PolicyDocument"},
	{typ: "AWS::IAM::GroupPolicy", who: "GroupName", doc: "PolicyDocument"},
}

// iamMemberships are the resources that put users into groups: the
// attribute naming the user(s) and the one naming the group(s).
var iamMemberships = []struct{ typ, users, groups string }{
	{"aws_iam_user_group_membership", "user", "groups"},
	{"aws_iam_group_membership", "users", "group"},
	{"AWS::IAM::UserToGroupAddition", "Users", "GroupName"},
}

// iamUserRequiresMFA tells whether some policy that applies to user
// requires MFA.
func iamUserRequiresMFA(p *engine.Pass, user iamPrincipal) parser.Truth {
	out := iamOwnPoliciesRequireMFA(p, user.res)
	out = max(out, iamAttachedRequireMFA(p, user, iamUserAttachments))
	if out == parser.True {
		return out
	}
	if groups := parser.A("", "Groups"); groups.Exists(user.res) {
		out = max(out, iamGroupsRequireMFA(p, user.res, groups.Path(user.res), parser.True))
	}
	for _, m := range iamMemberships {
		for _, r := range p.OfType(m.typ) {
			if in := iamNames(p, r, m.users, user); in != parser.False {
				out = max(out, iamGroupsRequireMFA(p, r, m.groups, in))
			}
		}
	}
	return out
}

// iamGroupsRequireMFA tells whether a group named by attribute attr of res
// requires MFA, when the user is a member with certainty in.
func iamGroupsRequireMFA(p *engine.Pass, res *parser.Resource, attr string, in parser.Truth) parser.Truth {
	out := parser.False
	groups, unresolved := iamGroupsAt(p, res, attr)
	if unresolved {
		out = parser.Maybe
	}
	for _, g := range groups {
		t := iamOwnPoliciesRequireMFA(p, g.res)
		t = max(t, iamAttachedRequireMFA(p, g, iamGroupAttachments))
		out = max(out, t)
	}
	return min(out, in)
}

// iamGroupsAt returns the groups declared in the scan that attribute attr
// of res names; unresolved is true when it names (or may name) a group
// the scan does not declare.
func iamGroupsAt(p *engine.Pass, res *parser.Resource, attr string) (groups []iamPrincipal, unresolved bool) {
	v := res.Body.Get(attr)
	if v.IsNull() {
		return nil, false
	}
	types := []string{"aws_iam_group", "AWS::IAM::Group"}
	add := func(g *parser.Resource) {
		for _, x := range groups {
			if iamSame(x.res, g) {
				return
			}
		}
		nameAttr := "name"
		if g.Format == parser.CloudFormation {
			nameAttr = "GroupName"
		}
		groups = append(groups, iamPrincipalOf(g, nameAttr))
	}
	targets := iamEdgeTargets(p, res, attr, types...)
	byName := map[*parser.Resource]bool{}
	unknown := 0
	for _, e := range iamItems(v) {
		switch {
		case e.Kind == parser.String:
			found := false
			for _, g := range p.OfType(types...) {
				nameAttr := "name"
				if g.Format == parser.CloudFormation {
					nameAttr = "GroupName"
				}
				if n, ok := g.Body.Get(nameAttr).AsString(); ok && strings.EqualFold(n, strings.TrimSpace(e.Str)) {
					add(g)
					byName[g] = true
					found = true
				}
			}
			if !found {
				unresolved = true
			}
		case parser.Set(e) == parser.CannotTell:
			unknown++
		default:
			unresolved = true
		}
	}
	extra := 0
	for _, t := range targets {
		if !byName[t] {
			extra++
		}
		add(t)
	}
	if unknown > extra {
		unresolved = true
	}
	return groups, unresolved
}

// iamAttachedRequireMFA tells whether a policy attached to who by one of
// the attachment resources requires MFA.
func iamAttachedRequireMFA(p *engine.Pass, who iamPrincipal, attachments []iamAttachment) parser.Truth {
	out := parser.False
	for _, a := range attachments {
		for _, r := range p.OfType(a.typ) {
			in := iamNames(p, r, a.who, who)
			if in == parser.False {
				continue
			}
			t := parser.True // an MFA device
			if a.doc != "" {
				t = iamDocRequiresMFA(r.Body.Get(a.doc))
			} else if a.arns != "" {
				t = iamARNsRequireMFA(p, r, a.arns)
			}
			out = max(out, min(in, t))
			if out == parser.True {
				return out
			}
		}
	}
	return out
}

// iamOwnPoliciesRequireMFA judges the policies a user or group resource
// carries itself: CloudFormation Policies and ManagedPolicyArns, and the
// permissions boundary of a user.
func iamOwnPoliciesRequireMFA(p *engine.Pass, res *parser.Resource) parser.Truth {
	if res == nil {
		return parser.Maybe
	}
	b := res.Body
	switch res.Type {
	case "aws_iam_user":
		return iamARNsRequireMFA(p, res, "permissions_boundary")
	case "AWS::IAM::User", "AWS::IAM::Group":
		out := iamARNsRequireMFA(p, res, "ManagedPolicyArns")
		if res.Type != "AWS::IAM::Group" {
			out = max(out, iamARNsRequireMFA(p, res, "PermissionsBoundary"))
		}
		pols := b.Get("Policies")
		if parser.Set(pols) == parser.CannotTell {
			out = max(out, parser.Maybe)
		}
		for _, pol := range pols.Items() {
			// An unknown policy entry leaves its document unknown too.
			out = max(out, iamDocRequiresMFA(parser.Lookup(pol, "PolicyDocument")))
		}
		return out
	}
	return parser.False
}

// iamARNsRequireMFA judges the managed policies whose ARNs attribute attr
// of res holds. A policy declared in the scan is read; an AWS managed
// policy never requires MFA; any other ARN is unknown.
func iamARNsRequireMFA(p *engine.Pass, res *parser.Resource, attr string) parser.Truth {
	v := res.Body.Get(attr)
	if v.IsNull() {
		return parser.False
	}
	types := []string{"aws_iam_policy", "AWS::IAM::ManagedPolicy"}
	out := parser.False
	byName := map[*parser.Resource]bool{}
	unknown := 0
	for _, e := range iamItems(v) {
		switch {
		case e.Kind == parser.String:
			arn := strings.TrimSpace(e.Str)
			if iamAWSManagedPolicy.MatchString(arn) {
				continue
			}
			pol := iamPolicyNamed(p, arn[strings.LastIndex(arn, "/")+1:])
			if pol == nil {
				out = max(out, parser.Maybe)
				continue
			}
			byName[pol] = true
			out = max(out, iamPolicyResourceRequiresMFA(pol))
		case parser.Set(e) == parser.CannotTell:
			unknown++
		default:
			out = max(out, parser.Maybe)
		}
	}
	extra := 0
	for _, t := range iamEdgeTargets(p, res, attr, types...) {
		if byName[t] {
			continue
		}
		extra++
		out = max(out, iamPolicyResourceRequiresMFA(t))
	}
	if unknown > extra {
		out = max(out, parser.Maybe)
	}
	return out
}

// iamPolicyNamed returns the customer managed policy declared with name.
func iamPolicyNamed(p *engine.Pass, name string) *parser.Resource {
	if name == "" {
		return nil
	}
	for _, pol := range p.OfType("aws_iam_policy", "AWS::IAM::ManagedPolicy") {
		attr := "name"
		if pol.Format == parser.CloudFormation {
			attr = "ManagedPolicyName"
		}
		if n, ok := pol.Body.Get(attr).AsString(); ok && strings.EqualFold(n, name) {
			return pol
		}
	}
	return nil
}

func iamPolicyResourceRequiresMFA(pol *parser.Resource) parser.Truth {
	if pol.Format == parser.CloudFormation {
		return iamDocRequiresMFA(pol.Body.Get("PolicyDocument"))
	}
	return iamDocRequiresMFA(pol.Body.Get("policy"))
}

// iamDocRequiresMFA tells whether a policy document holds a statement that
// makes MFA necessary.
func iamDocRequiresMFA(v *parser.Value) parser.Truth {
	if v.IsNull() {
		return parser.False
	}
	doc := policyDocument(v)
	if doc == nil {
		return parser.Maybe
	}
	st := doc.Get("Statement")
	switch parser.Set(st) {
	case parser.No:
		return parser.False
	case parser.CannotTell:
		return parser.Maybe
	}
	out := parser.False
	for _, s := range st.Items() {
		out = max(out, iamStatementRequiresMFA(s))
	}
	return out
}

// iamStatementRequiresMFA recognises a statement that denies requests made
// without MFA (Bool/BoolIfExists aws:MultiFactorAuthPresent false, Null
// aws:MultiFactorAuthAge true) or allows only requests made with MFA.
func iamStatementRequiresMFA(st *parser.Value) parser.Truth {
	if st == nil || parser.Set(st) == parser.CannotTell {
		return parser.Maybe
	}
	if st.Kind != parser.Object {
		return parser.False
	}
	effect, ok := st.Get("Effect").AsString()
	if !ok {
		if st.Get("Effect").IsNull() {
			return parser.False
		}
		return parser.Maybe
	}
	deny := strings.EqualFold(strings.TrimSpace(effect), "Deny")
	cond := st.Get("Condition")
	if cond.IsNull() {
		return parser.False
	}
	if cond.Kind != parser.Object {
		return parser.Maybe
	}
	out := parser.False
	for op, block := range cond.Attrs {
		if block.Kind != parser.Object {
			if block == nil || parser.Set(block) == parser.CannotTell {
				out = parser.Maybe
			}
			continue
		}
		op = strings.ToLower(op)
		for key, vals := range block.Attrs {
			key = strings.ToLower(key)
			if key != "aws:multifactorauthpresent" && key != "aws:multifactorauthage" {
				continue
			}
			values, known := iamConditionValues(vals)
			if !known {
				out = parser.Maybe
				continue
			}
			if iamMFACondition(deny, op, key, values) {
				return parser.True
			}
		}
	}
	return out
}

// iamMFACondition reports whether a condition on an MFA key makes the
// statement require MFA.
func iamMFACondition(deny bool, op, key string, values map[string]bool) bool {
	switch {
	case (op == "bool" || op == "boolifexists") && key == "aws:multifactorauthpresent":
		return deny && values["false"] || !deny && values["true"]
	case op == "null":
		return deny && values["true"] || !deny && values["false"]
	case strings.HasPrefix(op, "numericlessthan") && key == "aws:multifactorauthage":
		return !deny
	}
	return false
}

// iamConditionValues returns the lower-case values of a condition key;
// known is false when one of them is unknown.
func iamConditionValues(v *parser.Value) (values map[string]bool, known bool) {
	values = map[string]bool{}
	for _, e := range iamItems(v) {
		s, ok := e.AsString()
		if !ok {
			return nil, false
		}
		values[strings.ToLower(strings.TrimSpace(s))] = true
	}
	return values, true
}
