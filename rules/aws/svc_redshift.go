package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func redshiftEncryptionDisabled() *engine.Rule {
	types := []string{"aws_redshift_cluster", "AWS::Redshift::Cluster"}
	encrypted := setting.MustBeTrue(parser.A("encrypted", "Encrypted"), true)
	r := setting.Rule(engine.Rule{ID: "AWS-140"}, setting.Check{
		Types:   types,
		Judge:   encrypted,
		Problem: "the warehouse's data and snapshots are not encrypted at rest",
	})
	return setting.WithCustomerKeyOption(r, func(p *engine.Pass) {
		setting.Check{
			Types:   types,
			Judge:   setting.Either(encrypted, keyJudge(p, parser.A("kms_key_id", "KmsKeyId"))),
			Problem: "the warehouse is not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
	})
}
