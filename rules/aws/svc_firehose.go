package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func firehoseNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-147"}, setting.Check{
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
