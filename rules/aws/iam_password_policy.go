package aws

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func iamWeakPasswordPolicy() *engine.Rule {
	return &engine.Rule{
		ID: "AWS-032",
		// A password policy anywhere in the scan covers every root.
		Scope:   engine.AcrossRoots,
		Reads:   []string{"aws_iam_account_password_policy", "Custom::*", "aws_iam_user_login_profile", "AWS::IAM::User"},
		Check:   checkIAMWeakPasswordPolicy,
		Options: func() any { return &passwordPolicyOptions{CharacterClasses: true, MaxAge: 90} },
	}
}

// passwordPolicyOptions are AWS-032's options (rules.options.AWS-032 in
// .soc2lint.yaml). The defaults are AWS's own: Security Hub's IAM.7 control
// (AWS Foundational Security Best Practices) requires the four character
// classes, and the AWS Config managed rule iam-password-policy a maximum age
// of 90 days. A team that follows NIST SP 800-63B (and CIS v1.4+), which
// advise against composition rules and forced changes, turns them off.
type passwordPolicyOptions struct {
	// CharacterClasses reports a policy that does not require upper- and
	// lowercase letters, numbers and symbols.
	CharacterClasses bool `yaml:"require-character-classes"`
	// MaxAge is the longest password lifetime allowed, in days; 0 does not
	// judge expiry.
	MaxAge int64 `yaml:"max-password-age"`
}

// iamPasswordClasses are the character classes IAM can require, each off
// unless set.
var iamPasswordClasses = []string{
	"require_uppercase_characters",
	"require_lowercase_characters",
	"require_numbers",
	"require_symbols",
}

// iamPasswordMinimums are the CIS AWS Foundations minimums, with the
// value IAM applies when the attribute is not set.
var iamPasswordMinimums = []struct {
	attr         string
	min          int64
	dflt, reason string
}{
	{"minimum_password_length", 14, "default 6", "allows passwords of %d characters (at least 14 expected)"},
}

// iamPasswordPolicyType matches the resource types that set the account
// password policy: the Terraform resource and custom resources.
var iamPasswordPolicyType = regexp.MustCompile(`(?i)^aws_iam_account_password_policy$|^Custom::.*PasswordPolicy`)

func checkIAMWeakPasswordPolicy(p *engine.Pass) {
	for _, res := range p.KnownResources("aws_iam_account_password_policy") {
		var unset []string
		var unknown *parser.Value // the first setting that cannot be known
		for _, m := range iamPasswordMinimums {
			v := res.Body.Get(m.attr)
			if v.IsNull() {
				unset = append(unset, m.attr+" ("+m.dflt+")")
				continue
			}
			if n, ok := v.AsInt(); ok && n < m.min {
				p.Report(res, v, "%s "+m.reason, res.Address, n)
			} else if !ok && unknown == nil {
				unknown = v
			}
		}
		opts := engine.OptionsOf[*passwordPolicyOptions](p)
		if opts.CharacterClasses {
			var off []string
			for _, attr := range iamPasswordClasses {
				v := res.Body.Get(attr)
				b, ok := v.AsBool()
				switch {
				case v.IsNull():
					unset = append(unset, attr+" (default false)")
				case !ok:
					unknown = firstValue(unknown, v)
				case !b:
					off = append(off, attr)
				}
			}
			if len(off) > 0 {
				p.Report(res, res.Body.Get(off[0]), "%s sets %s = false: passwords need not mix upper- and lowercase letters, numbers and symbols", res.Address, strings.Join(off, ", "))
			}
		}
		if opts.MaxAge > 0 {
			v := res.Body.Get("max_password_age")
			n, ok := v.AsInt()
			switch {
			case v.IsNull():
				unset = append(unset, "max_password_age (passwords never expire)")
			case !ok:
				unknown = firstValue(unknown, v)
			case n == 0:
				p.Report(res, v, "%s sets max_password_age = 0: passwords never expire (at most %d days expected)", res.Address, opts.MaxAge)
			case n > opts.MaxAge:
				p.Report(res, v, "%s lets passwords live %d days (at most %d expected)", res.Address, n, opts.MaxAge)
			}
		}
		if len(unset) > 0 {
			p.Report(res, nil, "%s leaves %s unset", res.Address, listAnd(unset))
		}
		if unknown != nil {
			p.CannotTell(res, unknown, "a setting of the password policy is not known statically")
		}
	}
	for _, r := range p.All() {
		if !r.Data && iamPasswordPolicyType.MatchString(r.Type) {
			return // the account has a password policy
		}
	}
	for _, root := range p.RootsDeploying(awsResources) {
		if users := iamConsoleUsers(root); len(users) > 0 {
			p.ReportMissing(root, "%s gives IAM users console passwords (%s), but no account password policy is declared: IAM defaults to 6 characters and allows reuse",
				root.Name, strings.Join(users, ", "))
		}
	}
}

// iamConsoleUsers returns the addresses of the login profiles and
// CloudFormation users with a LoginProfile that root declares.
func iamConsoleUsers(root engine.Root) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range root.Resources {
		console := r.Type == "aws_iam_user_login_profile" && !r.Data ||
			r.Type == "AWS::IAM::User" && !r.Body.Get("LoginProfile").IsNull()
		if console && !seen[r.Address] {
			seen[r.Address] = true
			out = append(out, r.Address)
		}
	}
	const most = 3
	if len(out) > most {
		out = append(out[:most:most], "...")
	}
	return out
}

// listAnd joins items as "a, b and c".
func listAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func firstValue(a, b *parser.Value) *parser.Value {
	if a != nil {
		return a
	}
	return b
}
