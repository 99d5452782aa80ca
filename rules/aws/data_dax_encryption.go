package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataDAXNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-044"}, setting.Check{
		Types:   []string{"aws_dax_cluster", "AWS::DAX::Cluster"},
		Judge:   setting.MustBeTrue(parser.A("server_side_encryption.enabled", "SSESpecification.SSEEnabled"), false),
		Problem: "cached data is not encrypted at rest",
	})
}
