package aws

import "github.com/soc2lint/soc2lint/engine"

// coverageRulesA returns the AWS rules added for the coverage issue on the
// checklist items IAM-3, IAM-5, NET-1, NET-3, NET-4 and DATA-1 (AWS-100
// to AWS-139).
func coverageRulesA() []*engine.Rule {
	return []*engine.Rule{
		netRedshiftPublic(),
		netDMSPublic(),
		netMQPublic(),
		netSearchOutsideVPC(),
		netEKSPublicEndpoint(),
		netInstancePublicIP(),
		netSubnetPublicIP(),
		netFunctionURLNoAuth(),
		netNotebookDirectInternet(),
		iamAllowNotAction(),
		iamPassRoleAnyResource(),
		iamTrustAnyone(),
		iamLambdaPermissionPublic(),
		iamResourcePolicyPublic(),
		{ID: "AWS-115", Check: checkNetACLOpenAdminPort},
		netLegacyDBSecurityGroupOpen(),
		{ID: "AWS-117", Check: checkHardcodedCredentials},
		{ID: "AWS-118", Check: checkAPIWithoutWAF},
	}
}
