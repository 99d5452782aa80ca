package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

func dataKinesisNotEncrypted() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-043",
		Name:     "kinesis-stream-not-encrypted",
		Title:    "Kinesis data stream is not encrypted at rest",
		Severity: engine.Medium,
		Description: "A Kinesis data stream has no server-side encryption: in Terraform, encryption_type is " +
			"absent (the provider default is NONE) or NONE; in CloudFormation, StreamEncryption is absent or " +
			"its EncryptionType is not KMS. Kinesis does not encrypt streams by default, so records are kept " +
			"unencrypted for the whole retention period (24 hours to 365 days). A stream whose encryption " +
			"setting is unknown is not reported.",
		Remediation: engine.Remediation{
			Summary: "Set encryption_type = \"KMS\" with kms_key_id (StreamEncryption with EncryptionType: KMS and a KeyId); alias/aws/kinesis is the AWS managed key.",
			Terraform: `resource "aws_kinesis_stream" "events" {
  name            = "events"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis" # or a customer managed key

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}`,
			CloudFormation: `Events:
  Type: AWS::Kinesis::Stream
  Properties:
    StreamModeDetails:
      StreamMode: ON_DEMAND
    StreamEncryption:
      EncryptionType: KMS
      KeyId: alias/aws/kinesis   # or a customer managed key`,
		},
		Checklist: []string{"DATA-5"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
		Links: []string{
			"https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html",
		},
		Precision: "very-high",
		Check:     checkKinesisNotEncrypted,
	}
}

func checkKinesisNotEncrypted(p *engine.Pass) {
	const what = "records are stored unencrypted"
	for _, res := range p.ResourcesOfType("aws_kinesis_stream", "AWS::Kinesis::Stream") {
		b := res.Body
		if !b.IsKnown() {
			continue
		}
		if res.Type == "aws_kinesis_stream" {
			t := b.Get("encryption_type")
			switch {
			case t.IsNull():
				p.Report(res, nil, "%s: %s (encryption_type is not set, and the default is NONE)", res.Address, what)
			case t.IsAnyOf("NONE"):
				p.Report(res, t, "%s: %s (encryption_type = NONE)", res.Address, what)
			}
			continue
		}
		enc, absent := dataBlock(b, "StreamEncryption")
		if absent {
			p.Report(res, nil, "%s: %s (no StreamEncryption)", res.Address, what)
			continue
		}
		if t := enc.Get("EncryptionType"); enc != nil && t.IsKnown() && !t.IsAnyOf("KMS") {
			p.Report(res, t, "%s: %s (StreamEncryption.EncryptionType is not KMS)", res.Address, what)
		}
	}
}
