package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbUnencryptedDocDBNeptune() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-025",
		Name:     "docdb-neptune-not-encrypted",
		Title:    "DocumentDB or Neptune cluster storage is not encrypted at rest",
		Severity: engine.High,
		Description: "An Amazon DocumentDB or Neptune cluster is created without storage encryption " +
			"(storage_encrypted / StorageEncrypted absent or false; the API default is false). Its storage, " +
			"backups, snapshots and replicas are then unencrypted, and encryption cannot be turned on for an " +
			"existing cluster. A cluster restored from a snapshot or another cluster, a secondary cluster " +
			"of a global cluster, or one that names a KMS key without setting the flag inherits or implies " +
			"its encryption and is not reported.",
		Remediation: engine.Remediation{Summary: "Set storage_encrypted = true (StorageEncrypted: true); an existing cluster must be restored from an encrypted snapshot copy."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
			"https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_docdb_cluster", "aws_neptune_cluster", "AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster"},
		// Restores, replicas and global secondaries inherit their encryption; a key implies it.
		Unless: attrs("snapshot_identifier", "SnapshotIdentifier", "global_cluster_identifier", "GlobalClusterIdentifier",
			"replication_source_identifier", "SourceDBClusterIdentifier", "restore_to_point_in_time", "",
			"kms_key_id", "KmsKeyId", "kms_key_arn", ""),
		Judge:   setting.MustBeTrue(parser.A("storage_encrypted", "StorageEncrypted"), false),
		Problem: "cluster storage is not encrypted at rest",
	})
}
