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
		Remediation: engine.Remediation{
			Summary: "Set kms_key_id (KMSKeyId) to a customer managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt.",
			Terraform: `resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.trail.arn
}`,
			CloudFormation: `Trail:
  Type: AWS::CloudTrail::Trail
  Properties:
    IsLogging: true
    S3BucketName: !Ref TrailBucket
    IsMultiRegionTrail: true
    IncludeGlobalServiceEvents: true
    EnableLogFileValidation: true
    KMSKeyId: !GetAtt TrailKey.Arn`,
		},
		Checklist: []string{"DATA-5"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
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
		Remediation: engine.Remediation{
			Summary: "Set kms_key_id (KmsKeyId) to the ARN of a customer managed KMS key whose policy allows the logs service principal.",
			Terraform: `resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/api"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}`,
			CloudFormation: `AppLogs:
  Type: AWS::Logs::LogGroup
  Properties:
    LogGroupName: /app/api
    RetentionInDays: 365
    KmsKeyId: !GetAtt LogsKey.Arn`,
		},
		Checklist: []string{"DATA-5"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
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
