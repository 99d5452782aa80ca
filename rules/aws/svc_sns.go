package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

var snsKMSKey = parser.A("kms_master_key_id", "KmsMasterKeyId")

func snsTopicNotEncrypted() *engine.Rule {
	types := []string{"aws_sns_topic", "AWS::SNS::Topic"}
	r := setting.Rule(engine.Rule{ID: "AWS-141"}, setting.Check{
		Types:   types,
		Judge:   setting.MustBeSet(snsKMSKey),
		Problem: "messages are stored unencrypted",
	})
	return setting.WithCustomerKeyOption(r, func(p *engine.Pass) {
		setting.Check{
			Types:   types,
			Judge:   keyJudge(p, snsKMSKey),
			Problem: "messages are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
	})
}
