package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataKinesisNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-043",
		Name:     "kinesis-stream-not-encrypted",
		Title:    "Kinesis data stream is not encrypted at rest",
		Severity: engine.Medium,
		Description: "A Kinesis data stream has no server-side encryption: in Terraform, encryption_type is " +
			"absent (the provider default is NONE) or NONE; in CloudFormation, StreamEncryption is absent or " +
			"its EncryptionType is not KMS. Kinesis does not encrypt streams by default, so records are kept " +
			"unencrypted for the whole retention period (24 hours to 365 days). A stream whose encryption " +
			"setting is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set encryption_type = \"KMS\" with kms_key_id (StreamEncryption with EncryptionType: KMS and a KeyId); alias/aws/kinesis is the AWS managed key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_kinesis_stream", "AWS::Kinesis::Stream"},
		Judge: setting.Either(
			setting.MustBeOneOf(parser.A("encryption_type", ""), "NONE", "KMS"),
			setting.MustBeSet(parser.A("", "StreamEncryption")),
			setting.MustBeOneOf(parser.A("", "StreamEncryption.EncryptionType"), "", "KMS")),
		Problem: "records are stored unencrypted",
	})
}
