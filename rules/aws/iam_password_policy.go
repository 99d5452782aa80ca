package aws

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

func iamWeakPasswordPolicy() *engine.Rule {
	return &engine.Rule{
		ID: "AWS-032",
		// A password policy anywhere in the scan covers every root.
		Scope: engine.AcrossRoots,
		Reads: []string{"aws_iam_account_password_policy", "Custom::*", "aws_iam_user_login_profile", "AWS::IAM::User"},
		Check: checkIAMWeakPasswordPolicy,
	}
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
		for _, m := range iamPasswordMinimums {
			v := res.Body.Get(m.attr)
			if v.IsNull() {
				unset = append(unset, m.attr+" ("+m.dflt+")")
				continue
			}
			if n, ok := v.AsInt(); ok && n < m.min {
				p.Report(res, v, "%s "+m.reason, res.Address, n)
			}
		}
		if len(unset) > 0 {
			p.Report(res, nil, "%s leaves %s unset", res.Address, strings.Join(unset, " and "))
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
