package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func redshiftEncryptionDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-140"}, setting.Check{
		Types:   []string{"aws_redshift_cluster", "AWS::Redshift::Cluster"},
		Judge:   setting.MustBeTrue(parser.A("encrypted", "Encrypted"), true),
		Problem: "the warehouse's data and snapshots are not encrypted at rest",
	})
}
