package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataSQSEncryptionDisabled() *engine.Rule {
	r := setting.Rule(engine.Rule{
		ID:       "AWS-040",
		Name:     "sqs-queue-encryption-disabled",
		Title:    "SQS queue has server-side encryption turned off",
		Severity: engine.Medium,
		Description: "An SQS queue explicitly turns off SQS-managed server-side encryption " +
			"(sqs_managed_sse_enabled = false / SqsManagedSseEnabled: false) and names no KMS key " +
			"(kms_master_key_id / KmsMasterKeyId absent or empty), so its messages are stored unencrypted. " +
			"Since 2022 SQS encrypts new queues with SSE-SQS by default, and the Terraform provider " +
			"and CloudFormation leave the setting to SQS when it is not written: a queue that sets neither " +
			"attribute is encrypted and is not reported, nor is a queue that names a KMS key (SSE-KMS) or " +
			"whose settings are unknown. Where policy requires customer managed keys, the option " +
			"require-customer-key: true (rules.options.AWS-040 in .soc2lint.yaml) reports every queue that " +
			"names no KMS key, SSE-SQS included.",
		Remediation: engine.Remediation{Summary: "Remove sqs_managed_sse_enabled = false (SqsManagedSseEnabled: false), or set a KMS key in kms_master_key_id (KmsMasterKeyId)."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
			"https://aws.amazon.com/blogs/compute/announcing-server-side-encryption-with-amazon-simple-queue-service-managed-encryption-keys-sse-sqs-by-default/",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: sqsTypes,
		// SSE-SQS is on unless turned off; a KMS key (or an unknown one) means SSE-KMS.
		Judge:   setting.Both(setting.MustBeTrue(sqsManagedSSE, true), setting.MustBeSet(sqsKMSKey)),
		Problem: "messages are stored unencrypted",
	})
	return setting.WithCustomerKeyOption(r, setting.Check{
		Types:   sqsTypes,
		Judge:   setting.MustBeSet(sqsKMSKey),
		Problem: "messages are not encrypted with a customer managed KMS key, which the configuration requires",
	}.Run)
}

var (
	sqsTypes      = []string{"aws_sqs_queue", "AWS::SQS::Queue"}
	sqsManagedSSE = parser.A("sqs_managed_sse_enabled", "SqsManagedSseEnabled")
	sqsKMSKey     = parser.A("kms_master_key_id", "KmsMasterKeyId")
)
