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
	}, setting.Check{
		// CreateDBInstance without a subnet group places the instance in
		// the Region's default VPC and, when PubliclyAccessible is not
		// given, makes it public if that VPC has an internet gateway, which
		// AWS attaches to every default VPC it creates. An Aurora instance
		// (DBClusterIdentifier) defaults to private, and a read replica
		// follows its source, so neither is judged here.
		Types: []string{"AWS::RDS::DBInstance"},
		Unless: []parser.Attr{parser.A("", "DBSubnetGroupName"), parser.A("", "DBClusterIdentifier"),
			parser.A("", "SourceDBInstanceIdentifier")},
		Judge: setting.MustBeSet(parser.A("", "PubliclyAccessible")),
		Problem: "the database names no DB subnet group, so it is created in the default VPC, which AWS creates with an " +
			"internet gateway, and RDS then makes it publicly accessible by default",
	})
}
