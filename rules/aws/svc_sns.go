package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func snsTopicNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-141",
		Name:     "sns-topic-not-encrypted",
		Title:    "SNS topic is not encrypted at rest",
		Severity: engine.Medium,
		Description: "An SNS topic names no KMS key (kms_master_key_id / KmsMasterKeyId absent or empty). SNS " +
			"does not encrypt topics by default: messages waiting for delivery are stored unencrypted " +
			"unless server-side encryption is turned on by naming a key, either the AWS managed key " +
			"alias/aws/sns or a customer managed key (needed when CloudWatch alarms, EventBridge or S3 " +
			"publish to the topic). A topic whose key is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set kms_master_key_id (KmsMasterKeyId) to alias/aws/sns or to a customer managed KMS key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_sns_topic", "AWS::SNS::Topic"},
		Judge:   setting.MustBeSet(parser.A("kms_master_key_id", "KmsMasterKeyId")),
		Problem: "messages are stored unencrypted",
	})
}
