package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func s3MissingDefaultEncryption() *engine.Rule {
	return setting.WithCustomerKeyOption(&engine.Rule{
		ID:       "AWS-006",
		Name:     "s3-default-encryption-not-declared",
		Title:    "S3 bucket declares no default encryption configuration",
		Severity: engine.Low,
		Description: "The bucket has no aws_s3_bucket_server_side_encryption_configuration (nor the legacy " +
			"server_side_encryption_configuration block, nor CloudFormation's BucketEncryption). Since January " +
			"2023 S3 encrypts every new object with SSE-S3 when nothing else is configured, so the data is " +
			"encrypted at rest and the severity is low: the finding is that the code does not state the " +
			"encryption an auditor asks to see, and cannot require SSE-KMS with a customer-managed key where " +
			"the data calls for one. Where policy requires customer managed keys, the option " +
			"require-customer-key: true (rules.options.AWS-006 in .soc2lint.yaml) reports every bucket whose " +
			"default encryption is not SSE-KMS or DSSE-KMS with a customer managed key (SSE-S3 and the AWS " +
			"managed key aws/s3 included).",
		Remediation: engine.Remediation{Summary: "Declare the bucket's default encryption: SSE-KMS with a customer-managed key for sensitive data, or SSE-S3 explicitly."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration",
		},
		Precision: "medium",
		Check:     checkS3MissingDefaultEncryption,
	}, s3CustomerKeyCheck)
}

func checkS3MissingDefaultEncryption(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		switch bucket.Type {
		case s3TF:
			if s3Declared(p, bucket, "server_side_encryption_configuration") {
				continue
			}
			cfgs, open := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_server_side_encryption_configuration")
			if len(cfgs) > 0 {
				continue
			}
			report(p, bucket, yesUnless(open), "%s has no default encryption configuration (no aws_s3_bucket_server_side_encryption_configuration names it): it relies on the S3 default, SSE-S3", bucket.Address)
		case s3CFN:
			if s3Declared(p, bucket, "BucketEncryption") {
				continue
			}
			p.Report(bucket, nil, "%s has no BucketEncryption: it relies on the S3 default, SSE-S3", bucket.Address)
		}
	}
}
