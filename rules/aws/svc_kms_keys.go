package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Stores that AWS always encrypts with a key of its own: the finding is
// only that no customer managed key is named, which the title says.

func cloudTrailWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-149",
		Name:     "cloudtrail-without-kms",
		Title:    "CloudTrail log files are not encrypted with a KMS key (SSE-KMS)",
		Severity: engine.Low,
		Description: "A trail names no KMS key (kms_key_id / KMSKeyId absent or empty). CloudTrail then relies on " +
			"the bucket's SSE-S3 encryption: the log files are encrypted at rest, but anyone with read access to " +
			"the bucket can read them, and reading them leaves no key-use record. The CIS AWS Foundations " +
			"Benchmark and most SOC 2 auditors expect SSE-KMS with a customer managed key, whose key policy limits " +
			"who can decrypt the audit trail. The severity is low because the logs are encrypted either way. " +
			"A key whose value is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set kms_key_id (KMSKeyId) to a customer managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KMSKeyId")),
		Problem: "log files are encrypted only with the bucket's S3-managed key",
	})
}

func logGroupWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-150",
		Name:     "log-group-without-kms",
		Title:    "CloudWatch log group is not encrypted with a customer managed KMS key",
		Severity: engine.Low,
		Description: "A CloudWatch Logs log group names no KMS key (kms_key_id / KmsKeyId absent or empty). " +
			"CloudWatch Logs always encrypts log data at rest with a service key, so the data is not stored in " +
			"clear text; what is missing is a key the account controls, which limits who can read the logs " +
			"beyond IAM and records every decryption. Report this when the configuration requires customer " +
			"managed keys for logs that may hold personal data; the severity is low because the logs are " +
			"encrypted either way. A key whose value is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set kms_key_id (KmsKeyId) to the ARN of a customer managed KMS key whose policy allows the logs service principal."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_cloudwatch_log_group", "AWS::Logs::LogGroup"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "log data is encrypted only with the service's own key",
	})
}

func sageMakerWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-151",
		Name:     "sagemaker-without-kms",
		Title:    "SageMaker notebook instance or endpoint storage is not encrypted with a customer managed KMS key",
		Severity: engine.Low,
		Description: "A SageMaker notebook instance (kms_key_id / KmsKeyId) or endpoint configuration (kms_key_arn / " +
			"KmsKeyId) names no KMS key. SageMaker still encrypts the ML storage volumes (notebook volumes with a " +
			"system-managed key, endpoint volumes with a transient key), so the data is not stored in clear text; " +
			"what is missing is a key the account controls, audits and can revoke, which auditors expect for " +
			"notebooks that hold training data. The severity is low for that reason. Instance types with only " +
			"local NVMe storage encrypt in hardware and cannot take a key: suppress the finding for those. " +
			"A key whose value is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set kms_key_id on notebook instances and kms_key_arn on endpoint configurations (KmsKeyId in CloudFormation) to a customer managed KMS key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration#kms_key_arn",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the notebook's volumes are encrypted only with a key SageMaker manages",
	}, setting.Check{
		Types:   []string{"aws_sagemaker_endpoint_configuration", "AWS::SageMaker::EndpointConfig"},
		Judge:   setting.MustBeSet(parser.A("kms_key_arn", "KmsKeyId")),
		Problem: "the endpoint's volumes are encrypted only with a key SageMaker manages",
	})
}

func backupVaultWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-152",
		Name:     "backup-vault-without-kms",
		Title:    "Backup vault is not encrypted with a customer managed KMS key",
		Severity: engine.Low,
		Description: "An AWS Backup vault names no KMS key (kms_key_arn / EncryptionKeyArn absent or empty), so " +
			"AWS Backup encrypts the recovery points it manages with the AWS managed key aws/backup. The backups " +
			"are encrypted; what is missing is a key whose policy the account controls, which is needed to keep " +
			"backup administrators from decrypting them and to copy backups across accounts. The severity is low " +
			"for that reason. A key whose value is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set kms_key_arn (EncryptionKeyArn) to a customer managed KMS key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_backup_vault", "AWS::Backup::BackupVault"},
		Judge:   setting.MustBeSet(parser.A("kms_key_arn", "EncryptionKeyArn")),
		Problem: "recovery points are encrypted only with the AWS managed key aws/backup",
	})
}

func ecrRepositoryWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-159",
		Name:     "ecr-repository-without-kms",
		Title:    "ECR repository is not encrypted with a KMS key",
		Severity: engine.Low,
		Description: "An ECR repository keeps the default encryption type AES256 (encryption_configuration." +
			"encryption_type / EncryptionConfiguration.EncryptionType absent or AES256). Images are encrypted " +
			"at rest with S3-managed keys either way; KMS (or KMS_DSSE) adds a key the account controls and audits, " +
			"which SOC 2 key-management evidence usually asks for. The severity is low for that reason; the " +
			"encryption type cannot be changed after creation. Image tag mutability and scanning are not judged here. " +
			"Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set encryption_configuration { encryption_type = \"KMS\", kms_key = <key ARN> } (EncryptionConfiguration: {EncryptionType: KMS, KmsKey: ...}) when creating the repository."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#encryption_configuration",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_ecr_repository", "AWS::ECR::Repository"},
		Judge:   setting.MustBeOneOf(parser.A("encryption_configuration.encryption_type", "EncryptionConfiguration.EncryptionType"), "AES256", "KMS", "KMS_DSSE"),
		Problem: "images are encrypted only with S3-managed keys",
	})
}
