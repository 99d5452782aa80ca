package aws

import "github.com/soc2lint/soc2lint/engine"

// iamRules returns the AWS identity and access rules (IAM-1, IAM-2, IAM-4, IAM-5).
func iamRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-030", Check: checkIAMConsoleWithoutMFA},
		{ID: "AWS-031", Check: checkIAMUserDeclared},
		iamWeakPasswordPolicy(),
		iamRootUsageAlarmMissing(),
		{ID: "AWS-034", Check: checkIAMAccessKeyDeclared},
	}
}
