package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// REST API resource policies that keep anonymous callers out (tc24b, read
// by AWS-207). A method without authorization is open to the internet
// unless the API's resource policy says otherwise: API Gateway denies a
// request to such a method that the resource policy does not explicitly
// allow, and any request it explicitly denies ("How API Gateway resource
// policies affect authorization workflow").

// restAPIPolicyLimitsCallers reports whether every REST API of apis has a
// known resource policy that lets no anonymous caller in from anywhere:
// an API without a policy, or one whose policy cannot be read, is not.
func restAPIPolicyLimitsCallers(p *engine.Pass, apis []*parser.Resource) bool {
	if len(apis) == 0 {
		return false
	}
	for _, api := range apis {
		srcs := restAPIPolicySources(p, api)
		if len(srcs) == 0 {
			return false
		}
		for _, src := range srcs {
			if policyUnreadable(p, src) || unreadableStatement(src.v) != nil {
				return false
			}
			sts := polStatements(p, src)
			if len(sts) == 0 || !statementsLimitCallers(sts) {
				return false
			}
		}
	}
	return true
}

// restAPIPolicySources returns the resource policies of a REST API: its
// policy (Policy) and, in Terraform, the aws_api_gateway_rest_api_policy
// resources naming it.
func restAPIPolicySources(p *engine.Pass, api *parser.Resource) []polSource {
	var out []polSource
	if api.Format == parser.CloudFormation {
		if v := api.Body.Get("Policy"); parser.Set(v) != parser.No {
			out = append(out, polSource{api, v, ""})
		}
		return out
	}
	if v := api.Body.Get("policy"); parser.Set(v) != parser.No {
		out = append(out, polSource{api, v, "policy"})
	}
	for _, pol := range p.Referrers(api, "rest_api_id", "aws_api_gateway_rest_api_policy") {
		out = append(out, polSource{pol, pol.Body.Get("policy"), "policy"})
	}
	return out
}

// statementsLimitCallers reports whether a resource policy admits no
// anonymous caller from anywhere: no statement allows everyone (Principal
// "*" or NotPrincipal) without a condition tying it to fixed callers or
// networks (aws:SourceIp, aws:SourceVpce...), or a statement denies
// everyone outside fixed networks every invocation (the allow-list pattern
// of the API Gateway examples: Allow "*", Deny "*" with NotIpAddress
// aws:SourceIp or StringNotEquals aws:SourceVpce).
func statementsLimitCallers(sts []polStatement) bool {
	open := false
	for _, st := range sts {
		if st.allows() && !st.restricted && (st.anyone != nil || parser.Set(st.notPrincipal) == parser.Yes) {
			open = true
		}
	}
	if !open {
		return true
	}
	for _, st := range sts {
		if denyOutsideFixed(st, false) {
			return true
		}
	}
	return false
}

// denyOutsideFixed reports whether a statement denies everyone the
// invocation of every method of the API unless the request comes from
// fixed networks (or, with callers, from fixed accounts, organizations or
// principals): Effect Deny, Principal "*", an action covering
// execute-api:Invoke, a resource covering every stage, method and path,
// and only negated tests of those keys with known values. AWS-207 asks it
// whether anonymous callers are kept out (networks only: any account's
// principal is still anonymous to a method without authorization), AWS-114
// whether the API is kept from every AWS account (callers too).
func denyOutsideFixed(st polStatement, callers bool) bool {
	e, ok := st.effect.AsString()
	if !ok || !strings.EqualFold(strings.TrimSpace(e), "Deny") || st.anyone == nil ||
		st.notActions != nil || st.notResource != nil {
		return false
	}
	if !invokes(st) || !anyResourceCoversAPI(st.resources) {
		return false
	}
	tests := conditionTests(st)
	if len(tests) == 0 {
		return false
	}
	for _, t := range tests {
		if !negatedFixingTest(t.op, t.key, t.vals, callers) {
			return false
		}
	}
	return true
}

// condTest is one test of a statement's condition.
type condTest struct {
	op, key string
	vals    *parser.Value
}

// conditionTests returns the tests of a statement's condition (JSON or
// aws_iam_policy_document blocks); a test that cannot be read is returned
// with an empty operator, which no caller accepts.
func conditionTests(st polStatement) []condTest {
	c := st.condition
	if c == nil || c.IsNull() {
		return nil
	}
	var out []condTest
	if st.block {
		if !c.IsKnown() {
			return []condTest{{}}
		}
		for _, b := range c.Items() {
			op, _ := b.Get("test").AsString()
			key, _ := b.Get("variable").AsString()
			out = append(out, condTest{op, key, b.Get("values")})
		}
		return out
	}
	if !c.IsKnown() || c.Kind != parser.Object {
		return []condTest{{}}
	}
	for op, keys := range c.Attrs {
		if !keys.IsKnown() || keys.Kind != parser.Object {
			return []condTest{{}}
		}
		for key, vals := range keys.Attrs {
			out = append(out, condTest{op, key, vals})
		}
	}
	return out
}

// negatedFixingTest reports whether a condition test holds for every
// request from outside fixed networks: NotIpAddress on aws:SourceIp
// (aws:VpcSourceIp) with addresses that are not the whole internet, or
// StringNotEquals / StringNotLike (IfExists too: a request from the
// internet has no such key) on aws:SourceVpce / aws:SourceVpc, with
// values that are not "*". With callers, also a negated string or ARN
// test of a key naming the caller's account, organization or principal
// (s3FixingKeys: aws:PrincipalOrgID, aws:PrincipalAccount...).
func negatedFixingTest(op, key string, vals *parser.Value, callers bool) bool {
	o := strings.ToLower(strings.TrimSpace(op))
	o = strings.TrimSuffix(o, "ifexists")
	k := strings.ToLower(strings.TrimSpace(key))
	negatedString := o == "stringnotequals" || o == "stringnotlike" || o == "stringnotequalsignorecase"
	var ip bool
	switch {
	case o == "notipaddress" && (k == "aws:sourceip" || k == "aws:vpcsourceip"):
		ip = true
	case negatedString && (k == "aws:sourcevpce" || k == "aws:sourcevpc"):
	case callers && (negatedString || o == "arnnotequals" || o == "arnnotlike") && s3FixingKeys[k] && !strings.HasPrefix(k, "s3:") && k != "aws:sourceip":
	default:
		return false
	}
	if vals == nil || vals.IsNull() {
		return false
	}
	items := iamItems(vals)
	if len(items) == 0 {
		return false
	}
	for _, v := range items {
		// An unknown value (a reference to an endpoint, an input) is
		// taken for the fixed network it names, as s3Restricts does.
		if !v.IsKnown() {
			continue
		}
		s, ok := v.AsString()
		if !ok || ip && netexposure.IsWorldCIDR(v) || !ip && strings.TrimSpace(s) == "*" {
			return false
		}
	}
	return true
}

// anyResourceCoversAPI reports whether one element of a statement's
// Resource covers every stage, method and path of the API: "*",
// "execute-api:/*" (also "execute-api:/*/*/*"), an execute-api ARN whose
// path is only wildcards, or an unknown ARN (an execution_arn
// reference) followed by such a path.
func anyResourceCoversAPI(v *parser.Value) bool {
	list := v.Items()
	if v != nil && v.Kind != parser.List {
		list = []*parser.Value{v}
	}
	for _, e := range list {
		s, ok := e.AsString()
		if !ok {
			parts := e.KnownParts()
			if parts == nil {
				continue
			}
			if wildcardPath(parts[len(parts)-1]) {
				return true
			}
			continue
		}
		s = strings.TrimSpace(s)
		if s == "*" {
			return true
		}
		i := strings.Index(s, "execute-api:")
		if i < 0 {
			continue
		}
		rest := s[i+len("execute-api:"):]
		if j := strings.Index(rest, "/"); j >= 0 {
			rest = rest[j:]
		} else if strings.HasSuffix(rest, "*") {
			// arn:aws:execute-api:region:account:*
			return true
		}
		if wildcardPath(rest) {
			return true
		}
	}
	return false
}

// wildcardPath reports whether an API path ("/*", "/*/*/*") has only
// wildcard segments, at least one.
func wildcardPath(path string) bool {
	n := 0
	for _, seg := range strings.Split(path, "/") {
		if seg == "" {
			continue
		}
		if seg != "*" {
			return false
		}
		n++
	}
	return n > 0
}
