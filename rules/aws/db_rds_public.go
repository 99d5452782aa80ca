package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbPublicRDS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-023",
		Name:     "rds-publicly-accessible",
		Title:    "RDS database instance is publicly accessible",
		Severity: engine.Critical,
		Description: "An RDS DB instance (or Aurora or Neptune cluster instance) sets publicly_accessible = true " +
			"(PubliclyAccessible: true): it gets a public DNS name resolving to a public IP address, so " +
			"anything its security groups admit can reach it from the internet. Databases should be " +
			"reachable only from inside the VPC. Only an explicit true is reported: the Terraform default " +
			"is false, and the CloudFormation default depends on the VPC and subnet group.",
		Remediation: engine.Remediation{Summary: "Set publicly_accessible = false (PubliclyAccessible: false) and place the database in private subnets."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_db_instance", "aws_rds_cluster_instance", "aws_neptune_cluster_instance", "AWS::RDS::DBInstance"},
		Judge:   setting.MustBeFalse(parser.A("publicly_accessible", "PubliclyAccessible"), false),
		Problem: "the database is publicly accessible and has a public IP address",
	})
}
