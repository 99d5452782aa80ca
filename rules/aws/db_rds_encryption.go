package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbUnencryptedRDS() *engine.Rule {
	encrypted := setting.MustBeTrue(parser.A("storage_encrypted", "StorageEncrypted"), false)
	serverlessV1 := parser.A("engine_mode", "EngineMode")
	return setting.Rule(engine.Rule{ID: "AWS-021"}, setting.Check{
		Types: []string{"aws_db_instance", "AWS::RDS::DBInstance"},
		// A cluster member, replica or restore gets its encryption from its source.
		Unless: attrs("replicate_source_db", "SourceDBInstanceIdentifier", "snapshot_identifier", "DBSnapshotIdentifier",
			"db_cluster_identifier", "DBClusterIdentifier", "restore_to_point_in_time", "SourceDBInstanceAutomatedBackupsArn",
			"", "SourceDBClusterIdentifier", "", "DBClusterSnapshotIdentifier", "", "SourceDbiResourceId", "kms_key_id", "KmsKeyId"),
		Judge:   encrypted,
		Problem: rdsUnencrypted,
	}, setting.Check{
		Types: []string{"aws_rds_cluster", "AWS::RDS::DBCluster"},
		Unless: attrs("snapshot_identifier", "SnapshotIdentifier", "replication_source_identifier", "ReplicationSourceIdentifier",
			"global_cluster_identifier", "GlobalClusterIdentifier", "restore_to_point_in_time", "SourceDBClusterIdentifier",
			"kms_key_id", "KmsKeyId"),
		// Aurora Serverless v1 is always encrypted.
		If:      setting.Not(setting.Is(serverlessV1, "", "serverless")),
		Judge:   encrypted,
		Problem: rdsUnencrypted,
	}, setting.Check{
		// The global cluster decides for its secondaries, which are not judged.
		Types:   []string{"aws_rds_global_cluster", "AWS::RDS::GlobalCluster"},
		Unless:  attrs("source_db_cluster_identifier", "SourceDBClusterIdentifier"),
		Judge:   encrypted,
		Problem: rdsUnencrypted,
	})
}

const rdsUnencrypted = "database storage is not encrypted at rest"

// attrs pairs Terraform and CloudFormation names: attrs(tf1, cfn1, tf2, cfn2, ...).
func attrs(pairs ...string) []parser.Attr {
	out := make([]parser.Attr, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, parser.A(pairs[i], pairs[i+1]))
	}
	return out
}
