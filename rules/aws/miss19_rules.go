package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageMiss19Rules are the rules session 19's known misses brought.
func coverageMiss19Rules() []*engine.Rule {
	return []*engine.Rule{rdsWithoutIAMAuthentication()}
}

// The settings AWS-391 reads.
var (
	rdsIAMAuth = parser.A("iam_database_authentication_enabled", "EnableIAMDatabaseAuthentication")
	// neptuneIAMAuth is a Neptune cluster's IAM authentication (false by
	// default in both formats).
	neptuneIAMAuth = parser.A("iam_database_authentication_enabled", "IamAuthEnabled")
	rdsEngine      = parser.A("engine", "Engine")
	rdsEngineMode  = parser.A("engine_mode", "EngineMode")
	// rdsIAMInstanceEngines and rdsIAMClusterEngines are the engines
	// whose databases take IAM database authentication: RDS for MySQL,
	// MariaDB and PostgreSQL, Aurora MySQL and PostgreSQL, and Multi-AZ DB
	// clusters of MySQL and PostgreSQL (not Oracle, SQL Server or Db2).
	rdsIAMInstanceEngines = []string{"mysql", "mariadb", "postgres"}
	rdsIAMClusterEngines  = []string{"aurora", "aurora-mysql", "aurora-postgresql", "mysql", "postgres"}
)

// rdsWithoutIAMAuthentication is AWS-391: an RDS DB instance or cluster of
// an engine that supports IAM database authentication leaves it off (the
// default), so clients sign in with database passwords only. Instances of
// an Aurora cluster (CloudFormation DBInstance with DBClusterIdentifier)
// take the cluster's setting; Aurora Serverless v1 clusters cannot use it.
func rdsWithoutIAMAuthentication() *engine.Rule {
	return &engine.Rule{ID: "AWS-391", Check: func(p *engine.Pass) {
		setting.Check{
			Types:   []string{"aws_db_instance", "AWS::RDS::DBInstance"},
			Unless:  []parser.Attr{parser.A("", "DBClusterIdentifier")},
			If:      rdsEngineIs(p, rdsIAMInstanceEngines, ""),
			Judge:   setting.MustBeTrue(rdsIAMAuth, false),
			Problem: "the database accepts only database passwords: IAM database authentication is off",
		}.Run(p)
		setting.Check{
			Types: []string{"aws_rds_cluster", "AWS::RDS::DBCluster"},
			// The AWS provider before 5.0 created an aurora (MySQL)
			// cluster when engine was left out; 5.0 requires it.
			If:      setting.Both(rdsEngineIs(p, rdsIAMClusterEngines, "aurora"), setting.Not(setting.Is(rdsEngineMode, "provisioned", "serverless"))),
			Judge:   setting.MustBeTrue(rdsIAMAuth, false),
			Problem: "the cluster accepts only database passwords: IAM database authentication is off",
		}.Run(p)
		// Neptune has no database users: without IAM authentication every
		// client that reaches the endpoint may query and change the graph.
		setting.Check{
			Types:   []string{"aws_neptune_cluster", "AWS::Neptune::DBCluster"},
			Judge:   setting.MustBeTrue(neptuneIAMAuth, false),
			Problem: "the cluster lets any client that reaches it connect without credentials: IAM database authentication is off",
		}.Run(p)
	}}
}

// rdsReplicaSource names, per instance type, the setting that makes an
// instance a read replica of another, whose engine it takes.
var rdsReplicaSource = map[string][2]string{
	"aws_db_instance":      {"replicate_source_db", "aws_db_instance"},
	"AWS::RDS::DBInstance": {"SourceDBInstanceIdentifier", "AWS::RDS::DBInstance"},
}

// rdsEngineIs is a condition on the database's engine: Yes for one of
// engines, No for another. A Terraform cluster without an engine has def
// (an instance has none). A read replica without one takes its source's
// when the source is in the scanned code; otherwise (a replica of another
// configuration, a restore) or when the engine is not known, undecided.
func rdsEngineIs(p *engine.Pass, engines []string, def string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v := rdsEngine.Of(res)
		if v == nil && def != "" && res.Format == parser.Terraform {
			return parser.OneOf(v, rdsEngine.Name(res), def, engines...)
		}
		if src, ok := rdsReplicaSource[res.Type]; ok && v == nil {
			if source := single(p.Referenced(res, src[0], src[1])); source != nil && rdsEngine.Of(source) != nil {
				v = rdsEngine.Of(source)
			}
		}
		if v == nil {
			return parser.Verdict{Answer: parser.CannotTell,
				Detail: rdsEngine.Name(res) + " is not written (a read replica or a restore takes its source's), so whether the engine supports IAM database authentication is not known"}
		}
		return parser.OneOf(v, rdsEngine.Name(res), "", engines...)
	}
}
