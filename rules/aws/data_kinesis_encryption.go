package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataKinesisNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-043"}, setting.Check{
		Types: []string{"aws_kinesis_stream", "AWS::Kinesis::Stream"},
		Judge: setting.Either(
			setting.MustBeOneOf(parser.A("encryption_type", ""), "NONE", "KMS"),
			setting.MustBeSet(parser.A("", "StreamEncryption")),
			setting.MustBeOneOf(parser.A("", "StreamEncryption.EncryptionType"), "", "KMS")),
		Problem: "records are stored unencrypted",
	})
}
