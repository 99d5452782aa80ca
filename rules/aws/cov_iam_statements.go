package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// The IAM-3 coverage rules read policy statements in one shape, whether a
// statement is written in a JSON document (a string, jsonencode, a
// CloudFormation mapping) or in an aws_iam_policy_document statement block.

// polStatement is one policy statement.
type polStatement struct {
	// effect is nil when not written: blocks default to Allow.
	effect                 *parser.Value
	actions, notActions    *parser.Value
	resources, notResource *parser.Value
	// anyone is the "*" principal value when the statement names everyone.
	anyone *parser.Value
	// notPrincipal is NotPrincipal (not_principals blocks), nil when absent.
	notPrincipal *parser.Value
	// restricted is true when a condition limits the statement to fixed
	// callers or networks (or cannot be read, which gets the benefit of
	// the doubt).
	restricted bool
	// block is true for an aws_iam_policy_document statement.
	block bool
	// condition is the statement's Condition (condition blocks), nil
	// when it has none.
	condition *parser.Value
	// principal is the statement's Principal (principals blocks), nil
	// when it has none.
	principal *parser.Value
}

// allows reports whether the statement is known to allow.
func (s polStatement) allows() bool {
	if s.effect == nil {
		return s.block
	}
	e, ok := s.effect.AsString()
	return ok && strings.EqualFold(strings.TrimSpace(e), "Allow")
}

// polSource is a policy document a resource holds: its value, and the
// Terraform attribute it is in when data sources may be behind it.
type polSource struct {
	res  *parser.Resource
	v    *parser.Value
	attr string
}

// polStatements returns the statements of a policy document value. A
// Terraform document that is unknown (it mentions a computed ARN) is read
// from the aws_iam_policy_document data sources it comes from, whose
// statements are known on their own. A document that cannot be read at
// all (policyUnreadable: a module input or stack parameter without a
// value, an expression this linter cannot evaluate) may hold any
// statement: the rule is recorded as undecided for the resource, and no
// statement is returned.
func polStatements(p *engine.Pass, src polSource) []polStatement {
	if policyUnreadable(p, src) {
		// A copy of an AWS managed policy's document is judged by the
		// policy's name, as its attachment by ARN is.
		if src.attr == "" || managedPolicyCopy(p, src.res, src.attr) == nil {
			name := src.attr
			if name == "" {
				name = "policy document"
			}
			p.CannotTell(src.res, src.v, parser.Unknowable(src.v, name).Detail)
		}
		return nil
	}
	if doc := policyDocument(src.v); doc != nil {
		var out []polStatement
		for _, st := range statements(doc) {
			if st == nil || st.Kind != parser.Object {
				continue
			}
			out = append(out, jsonStatement(st))
		}
		return out
	}
	var out []polStatement
	for _, ds := range policyDataSources(p, src.res, src.attr, src.v) {
		out = append(out, blockStatements(ds)...)
	}
	return out
}

// jsonStatement reads one statement of a JSON policy document.
func jsonStatement(st *parser.Value) polStatement {
	return polStatement{
		effect: st.Get("Effect"), actions: st.Get("Action"), notActions: st.Get("NotAction"),
		resources: st.Get("Resource"), notResource: st.Get("NotResource"),
		anyone: s3Anyone(st.Get("Principal")), notPrincipal: st.Get("NotPrincipal"),
		restricted: polJSONRestricted(st.Get("Condition")),
		condition:  st.Get("Condition"),
		principal:  st.Get("Principal"),
	}
}

// blockStatements reads the statement blocks of an aws_iam_policy_document.
func blockStatements(ds *parser.Resource) []polStatement {
	var out []polStatement
	for _, st := range ds.Body.Get("statement").Items() {
		out = append(out, polStatement{
			effect: st.Get("effect"), actions: st.Get("actions"), notActions: st.Get("not_actions"),
			resources: st.Get("resources"), notResource: st.Get("not_resources"),
			anyone: s3AnyoneBlocks(st.Get("principals")), notPrincipal: st.Get("not_principals"),
			restricted: blocksRestrict(st.Get("condition"), polExtraKeys),
			block:      true,
			condition:  st.Get("condition"),
			principal:  st.Get("principals"),
		})
	}
	return out
}

// polExtraKeys are condition keys that, besides those S3 counts, tie a
// resource policy to fixed callers: the calling account of a KMS request.
var polExtraKeys = map[string]bool{"kms:calleraccount": true}

// polJSONRestricted is s3JSONRestricted, also counting polExtraKeys (as
// blockStatements does for a policy document data source's condition
// blocks: the CloudTrail key policy written as one).
func polJSONRestricted(cond *parser.Value) bool { return conditionRestricts(cond, polExtraKeys) }

// hasStar reports whether a string-or-list value holds "*", and returns it.
func hasStar(v *parser.Value) *parser.Value {
	for _, s := range stringsOf(v) {
		if strings.TrimSpace(s.Str) == "*" {
			return s
		}
	}
	return nil
}

// everyResourceOf returns the element of a string-or-list Resource value
// that matches every ARN (see everyResource), nil when none does.
func everyResourceOf(v *parser.Value) *parser.Value {
	for _, s := range stringsOf(v) {
		if everyResource(s.Str) {
			return s
		}
	}
	return nil
}

// actionMatches reports whether an IAM action pattern (with * and ?
// wildcards, case-insensitive) covers the action. ASCII pattern and action
// (as IAM's are) are compared folding case byte by byte, without the
// lower-case copies strings.ToLower makes of any with an upper-case letter
// (1.7% of the corpus's allocations); others are lowered as before.
func actionMatches(pattern, action string) bool {
	pattern = strings.TrimSpace(pattern)
	if isASCII(pattern) && isASCII(action) {
		return globMatchFold(pattern, action, true)
	}
	return globMatch(strings.ToLower(pattern), strings.ToLower(action))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// globMatch matches s against pattern, where * stands for any run of
// characters and ? for one, as IAM matches action names. It backtracks
// only to the last *, so it takes time linear in len(s) times the number
// of stars, and allocates nothing (it replaced a regular expression
// compiled per comparison: 2.7% of the corpus's CPU).
func globMatch(pattern, s string) bool { return globMatchFold(pattern, s, false) }

// globMatchFold is globMatch, with ASCII letters of either case equal
// when fold is set.
func globMatchFold(pattern, s string, fold bool) bool {
	p, i := 0, 0
	star, mark := -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == s[i] || fold && lowerASCII(pattern[p]) == lowerASCII(s[i])):
			p++
			i++
		case star >= 0:
			p, mark = star+1, mark+1
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// identityPolicySources returns the identity policy documents of the scan
// (what a role, user or group may do), with the attribute a Terraform
// document is in.
func identityPolicySources(p *engine.Pass) []polSource {
	var out []polSource
	types := []string{"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role",
		"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy",
		"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "aws_ssoadmin_permission_set_inline_policy", "AWS::SSO::PermissionSet"}
	for _, res := range p.ResourcesOfType(types...) {
		b := res.Body
		switch res.Type {
		case "aws_iam_role":
			for _, ip := range b.Get("inline_policy").Items() {
				out = append(out, polSource{res, ip.Get("policy"), "policy"})
			}
		case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group":
			for _, pol := range b.Get("Policies").Items() {
				out = append(out, polSource{res, pol.Get("PolicyDocument"), ""})
			}
		case "aws_ssoadmin_permission_set_inline_policy":
			out = append(out, polSource{res, b.Get("inline_policy"), "inline_policy"})
		case "AWS::SSO::PermissionSet":
			out = append(out, polSource{res, b.Get("InlinePolicy"), ""})
		default:
			if res.Format == parser.CloudFormation {
				out = append(out, polSource{res, b.Get("PolicyDocument"), ""})
			} else {
				out = append(out, polSource{res, b.Get("policy"), "policy"})
			}
		}
	}
	return out
}

// trustPolicySources returns the trust policies of the roles of the scan.
func trustPolicySources(p *engine.Pass) []polSource {
	var out []polSource
	for _, res := range p.ResourcesOfType("aws_iam_role", "AWS::IAM::Role") {
		if res.Format == parser.CloudFormation {
			out = append(out, polSource{res, res.Body.Get("AssumeRolePolicyDocument"), ""})
		} else {
			out = append(out, polSource{res, res.Body.Get("assume_role_policy"), "assume_role_policy"})
		}
	}
	return out
}
