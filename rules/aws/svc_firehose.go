package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func firehoseNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-147",
		Name:     "firehose-not-encrypted",
		Title:    "Kinesis Data Firehose stream does not encrypt buffered records",
		Severity: engine.Medium,
		Description: "A Direct PUT Firehose delivery stream has server-side encryption off: in Terraform the " +
			"server_side_encryption block is absent or its enabled flag is absent or false (the default is false); " +
			"in CloudFormation DeliveryStreamEncryptionConfigurationInput is absent. Records are then held " +
			"unencrypted in the stream's buffer for up to a day before delivery. A stream that reads from a Kinesis " +
			"data stream or an MSK cluster takes its encryption from that source and is not reported. Encryption at " +
			"the destination (the S3 bucket, the OpenSearch domain) is judged by the rules of those services. " +
			"Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Add server_side_encryption { enabled = true } (DeliveryStreamEncryptionConfigurationInput: {KeyType: AWS_OWNED_CMK}), or a customer managed key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kinesisfirehose-deliverystream.html",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_kinesis_firehose_delivery_stream", "AWS::KinesisFirehose::DeliveryStream"},
		// A stream fed by Kinesis or MSK relies on the source's encryption.
		Unless: attrs("kinesis_source_configuration", "KinesisStreamSourceConfiguration",
			"msk_source_configuration", "MSKSourceConfiguration"),
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("server_side_encryption.enabled", ""), false),
			setting.MustBeSet(parser.A("", "DeliveryStreamEncryptionConfigurationInput"))),
		Problem: "buffered records are not encrypted at rest",
	})
}
