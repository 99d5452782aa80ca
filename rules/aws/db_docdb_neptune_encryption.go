package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbUnencryptedDocDBNeptune() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-025"}, setting.Check{
		Types: []string{"aws_docdb_cluster", "aws_neptune_cluster", "AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"},
		// Restores, replicas and global secondaries inherit their encryption; a key implies it.
		Unless: attrs("snapshot_identifier", "SnapshotIdentifier", "global_cluster_identifier", "GlobalClusterIdentifier",
			"replication_source_identifier", "SourceDBClusterIdentifier", "restore_to_point_in_time", "",
			"kms_key_id", "KmsKeyId", "kms_key_arn", ""),
		Judge:   setting.MustBeTrue(parser.A("storage_encrypted", "StorageEncrypted"), false),
		Problem: "cluster storage is not encrypted at rest",
	}, setting.Check{
		// A global cluster built from an existing cluster takes its encryption.
		Types:   []string{"aws_docdb_global_cluster", "aws_neptune_global_cluster"},
		Unless:  attrs("source_db_cluster_identifier", ""),
		Judge:   setting.MustBeTrue(parser.A("storage_encrypted", ""), false),
		Problem: "the global cluster's storage is not encrypted at rest",
	})
}
