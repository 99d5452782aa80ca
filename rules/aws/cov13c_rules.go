package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

// coverage13cRules are the rules the thirteenth coverage pass added from
// Checkov's CloudFormation checks and KICS's CloudFormation queries.
func coverage13cRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-293", Check: checkIAMShareAnyResource},
		{ID: "AWS-294", Check: checkIAMAnyUserCredentials},
		{ID: "AWS-295", Check: checkIAMWriteEveryBucket},
	}
}

// iamResourceSharingActions write the resource policy, ACL or sharing
// attribute of a resource: who outside the principal's own grants may
// read or use it (another account, every AWS user, the public).
var iamResourceSharingActions = []string{
	"s3:PutBucketPolicy", "s3:PutBucketAcl", "s3:PutObjectAcl", "s3:PutObjectVersionAcl",
	"s3:PutBucketPublicAccessBlock",
	"kms:PutKeyPolicy", "kms:CreateGrant",
	"sqs:AddPermission", "sns:AddPermission",
	"lambda:AddPermission", "lambda:AddLayerVersionPermission",
	"ecr:SetRepositoryPolicy", "secretsmanager:PutResourcePolicy",
	"glacier:SetVaultAccessPolicy", "backup:PutBackupVaultAccessPolicy",
	"ec2:ModifySnapshotAttribute", "ec2:ModifyImageAttribute",
	"rds:ModifyDBSnapshotAttribute", "rds:ModifyDBClusterSnapshotAttribute",
}

func checkIAMShareAnyResource(p *engine.Pass) {
	iamStarGrants(p, iamResourceSharingActions, "which lets a principal share any such resource of the account with another account or the public")
}

// iamUserCredentialActions manage the credentials of an IAM user other
// than an access key or console password (AWS-203's): service-specific
// credentials and SSH keys that act as the user, signing certificates,
// access keys turned back on, MFA devices taken off.
var iamUserCredentialActions = []string{
	"iam:UpdateAccessKey",
	"iam:CreateServiceSpecificCredential", "iam:ResetServiceSpecificCredential",
	"iam:UpdateServiceSpecificCredential",
	"iam:UploadSSHPublicKey", "iam:UpdateSSHPublicKey",
	"iam:UploadSigningCertificate", "iam:UpdateSigningCertificate",
	"iam:DeactivateMFADevice", "iam:DeleteVirtualMFADevice",
}

func checkIAMAnyUserCredentials(p *engine.Pass) {
	iamStarGrants(p, iamUserCredentialActions, "which lets a principal manage the credentials of every IAM user of the account")
}

// iamObjectWriteActions replace or delete the objects of a bucket.
var iamObjectWriteActions = []string{"s3:PutObject", "s3:DeleteObject", "s3:DeleteObjectVersion"}

func checkIAMWriteEveryBucket(p *engine.Pass) {
	iamStarGrants(p, iamObjectWriteActions, "which lets a principal overwrite or delete the objects of every bucket of the account")
}
