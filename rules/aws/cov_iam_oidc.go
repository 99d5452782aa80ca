package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coverageAWSRulesB returns the AWS coverage rules of the covaws helper:
// GitHub OIDC trust (AWS-119), CloudFront origins over HTTP (AWS-168),
// data stores without a customer managed key (AWS-169), and the logs of MQ
// brokers, AppSync APIs and Step Functions (AWS-195 to AWS-197).
func coverageAWSRulesB() []*engine.Rule {
	return []*engine.Rule{
		iamGitHubOIDCWithoutSubject(),
		{ID: "AWS-168", Check: checkCDNOriginOverHTTP},
		dataStoreWithoutCustomerKey(),
		logMQBrokerLogs(),
		logAppSyncLogs(),
		logStepFunctionsLogs(),
	}
}

// githubOIDCHost is the issuer of GitHub Actions' OIDC tokens; the IAM
// condition keys of its claims start with it.
const githubOIDCHost = "token.actions.githubusercontent.com"

func iamGitHubOIDCWithoutSubject() *engine.Rule {
	r := engine.Rule{ID: "AWS-119"}
	r.Check = checkGitHubOIDCTrust
	return &r
}

// oidcStatement is what AWS-119 reads of a trust policy statement.
type oidcStatement struct {
	allows bool
	// federated are the Federated principals (strings or unknown values).
	federated []*parser.Value
	// conds are the statement's conditions; condsUnknown is set when they
	// cannot be read.
	conds        []oidcCond
	condsUnknown *parser.Value
	// at is where a finding points: the Federated principal.
	at *parser.Value
	// providers are the OIDC providers the statement's document refers to.
	providers []*parser.Resource
}

// oidcCond is one condition test: an operator, a key and its values.
type oidcCond struct {
	op, key string
	vals    *parser.Value
}

func checkGitHubOIDCTrust(p *engine.Pass) {
	providerTypes := []string{"aws_iam_openid_connect_provider", "AWS::IAM::OIDCProvider"}
	for _, role := range p.KnownManaged("aws_iam_role", "AWS::IAM::Role") {
		attr := parser.A("assume_role_policy", "AssumeRolePolicyDocument")
		doc := attr.Of(role)
		var sts []oidcStatement
		if d := policyDocument(doc); d != nil {
			// The edge of a CloudFormation reference is the principal's
			// path, that of a Terraform one the attribute: any will do.
			provs := p.Referenced(role, "", providerTypes...)
			for _, st := range statements(d) {
				sts = append(sts, jsonOIDCStatement(st, provs))
			}
		} else if parser.Set(doc) == parser.CannotTell {
			for _, ds := range p.Referenced(role, attr.Name(role), "aws_iam_policy_document") {
				if ds.Data {
					sts = append(sts, blockOIDCStatements(ds, p.Referenced(ds, "", providerTypes...))...)
				}
			}
		}
		for _, st := range sts {
			if !st.allows || !trustsGitHub(st) {
				continue
			}
			p.Judge(role, oidcSubjectVerdict(st), "the role can be assumed with a GitHub Actions token from any repository")
		}
	}
}

// jsonOIDCStatement reads a statement of a JSON (or CloudFormation) policy.
func jsonOIDCStatement(st *parser.Value, provs []*parser.Resource) oidcStatement {
	out := oidcStatement{providers: provs}
	e, ok := st.Get("Effect").AsString()
	out.allows = ok && strings.EqualFold(strings.TrimSpace(e), "Allow")
	if fed := st.Get("Principal").Get("Federated"); fed != nil {
		out.at = fed
		out.federated = append(out.federated, oidcItems(fed)...)
	}
	cond := st.Get("Condition")
	switch parser.Set(cond) {
	case parser.CannotTell:
		out.condsUnknown = cond
	case parser.Yes:
		for op, tests := range cond.Attrs {
			if parser.Set(tests) == parser.CannotTell {
				out.condsUnknown = tests
				continue
			}
			for key, vals := range tests.Attrs {
				out.conds = append(out.conds, oidcCond{op, key, vals})
			}
		}
	}
	return out
}

// blockOIDCStatements reads the statement blocks of an
// aws_iam_policy_document.
func blockOIDCStatements(ds *parser.Resource, provs []*parser.Resource) []oidcStatement {
	var out []oidcStatement
	for _, st := range ds.Body.Get("statement").Items() {
		s := oidcStatement{providers: provs, allows: true}
		if e, ok := st.Get("effect").AsString(); ok && !strings.EqualFold(strings.TrimSpace(e), "Allow") {
			s.allows = false
		}
		for _, pr := range st.Get("principals").Items() {
			if t, ok := pr.Get("type").AsString(); ok && strings.EqualFold(t, "Federated") {
				ids := pr.Get("identifiers")
				s.at = ids
				s.federated = append(s.federated, oidcItems(ids)...)
			}
		}
		conds := st.Get("condition")
		if parser.Set(conds) == parser.CannotTell {
			s.condsUnknown = conds
		}
		for _, c := range conds.Items() {
			op, ok1 := c.Get("test").AsString()
			key, ok2 := c.Get("variable").AsString()
			if !ok1 || !ok2 {
				s.condsUnknown = c
				continue
			}
			s.conds = append(s.conds, oidcCond{op, key, c.Get("values")})
		}
		out = append(out, s)
	}
	return out
}

// oidcItems returns the elements of a string-or-list value.
func oidcItems(v *parser.Value) []*parser.Value {
	if v == nil {
		return nil
	}
	if v.Kind == parser.List {
		return v.Items()
	}
	return []*parser.Value{v}
}

// trustsGitHub reports whether a statement's Federated principals name the
// GitHub Actions OIDC provider: by a (partly) known ARN, or, when the ARN
// is computed, by the url of the OIDC providers its document refers to,
// when they are all GitHub's.
func trustsGitHub(st oidcStatement) bool {
	computed := false
	for _, f := range st.federated {
		if s, ok := f.AsString(); ok && f.Kind == parser.String {
			if strings.Contains(strings.ToLower(s), githubOIDCHost) {
				return true
			}
			continue
		}
		if parts := f.KnownParts(); parts != nil {
			if strings.Contains(strings.ToLower(strings.Join(parts, "")), githubOIDCHost) {
				return true
			}
			continue
		}
		computed = true
	}
	if !computed || len(st.providers) == 0 {
		return false
	}
	for _, pr := range st.providers {
		u, ok := parser.A("url", "Url").Of(pr).AsString()
		if !ok || !strings.Contains(strings.ToLower(u), githubOIDCHost) {
			return false
		}
	}
	return true
}

// oidcSubjectVerdict judges the subject conditions of a statement that
// trusts GitHub: Yes when none names a repository owner.
func oidcSubjectVerdict(st oidcStatement) parser.Verdict {
	subKey := githubOIDCHost + ":sub"
	var unknown *parser.Value
	var broad *parser.Value
	for _, c := range st.conds {
		op := strings.ToLower(strings.TrimSpace(c.op))
		op = strings.TrimPrefix(strings.TrimPrefix(op, "forallvalues:"), "foranyvalue:")
		if !strings.EqualFold(strings.TrimSpace(c.key), subKey) || strings.Contains(op, "not") ||
			!strings.HasPrefix(op, "stringequals") && !strings.HasPrefix(op, "stringlike") {
			continue
		}
		switch v := oidcSubjectsRestrict(c.vals); v.Answer {
		case parser.No:
			return parser.Decided
		case parser.CannotTell:
			unknown = v.At
		case parser.Yes:
			broad = v.At
		}
	}
	switch {
	case unknown != nil:
		return parser.Unknowable(unknown, subKey)
	case st.condsUnknown != nil:
		return parser.Unknowable(st.condsUnknown, "Condition")
	case broad != nil:
		s, _ := broad.AsString()
		return parser.Bad(broad, subKey+" allows "+s)
	}
	return parser.Bad(st.at, "no condition on "+subKey)
}

// oidcSubjectsRestrict judges the values of a subject condition: No (it
// restricts) when every value names a repository owner, Yes at a value
// that matches any repository, CannotTell at an unknown value.
func oidcSubjectsRestrict(vals *parser.Value) parser.Verdict {
	if parser.Set(vals) == parser.CannotTell {
		return parser.Unknowable(vals, githubOIDCHost+":sub")
	}
	items := oidcItems(vals)
	if len(items) == 0 {
		return parser.Bad(vals, "")
	}
	var unknown *parser.Value
	for _, v := range items {
		s, ok := v.AsString()
		if !ok {
			if parts := v.KnownParts(); parts != nil && oidcOwnerKnown(parts[0]) {
				continue
			}
			unknown = v
			continue
		}
		if !oidcOwnerKnown(s) {
			return parser.Bad(v, "")
		}
	}
	if unknown != nil {
		return parser.Unknowable(unknown, githubOIDCHost+":sub")
	}
	return parser.Decided
}

// oidcOwnerKnown reports whether a subject pattern (or its known start)
// names a repository owner: "repo:acme/app:*" and "repo:acme/*" do, "*",
// "repo:*" and "repo:*/app:*" do not. Customized subject claims (that do
// not start with "repo:") count when they do not start with a wildcard.
func oidcOwnerKnown(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "*") || strings.HasPrefix(s, "?") {
		return false
	}
	owner, ok := strings.CutPrefix(s, "repo:")
	if !ok {
		return true
	}
	o, _, found := strings.Cut(owner, "/")
	return found && o != "" && !strings.ContainsAny(o, "*?")
}
