package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataSQSEncryptionDisabled() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AWS-040"}, setting.Check{
		Types: sqsTypes,
		// SSE-SQS is on unless turned off; a KMS key (or an unknown one) means SSE-KMS.
		Judge:   setting.Both(setting.MustBeTrue(sqsManagedSSE, true), setting.MustBeSet(sqsKMSKey)),
		Problem: "messages are stored unencrypted",
	})
	return setting.WithCustomerKeyOption(r, func(p *engine.Pass) {
		setting.Check{
			Types:   sqsTypes,
			Judge:   keyJudge(p, sqsKMSKey),
			Problem: "messages are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
	})
}

var (
	sqsTypes      = []string{"aws_sqs_queue", "AWS::SQS::Queue"}
	sqsManagedSSE = parser.A("sqs_managed_sse_enabled", "SqsManagedSseEnabled")
	sqsKMSKey     = parser.A("kms_master_key_id", "KmsMasterKeyId")
)
