package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbPublicRDS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-023"}, setting.Check{
		Types: []string{"aws_db_instance", "aws_rds_cluster_instance", "aws_neptune_cluster_instance", "AWS::RDS::DBInstance",
			"aws_lightsail_database", "AWS::Lightsail::Database"},
		Judge:   setting.MustBeFalse(parser.A("publicly_accessible", "PubliclyAccessible"), false),
		Problem: "the database is publicly accessible and has a public IP address",
	})
}
