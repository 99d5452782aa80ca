package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func snsTopicNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-141"}, setting.Check{
		Types:   []string{"aws_sns_topic", "AWS::SNS::Topic"},
		Judge:   setting.MustBeSet(parser.A("kms_master_key_id", "KmsMasterKeyId")),
		Problem: "messages are stored unencrypted",
	})
}
