package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func dbUnencryptedRDS() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-021",
		Name:     "rds-storage-not-encrypted",
		Title:    "RDS database storage is not encrypted at rest",
		Severity: engine.High,
		Description: "An RDS DB instance or Aurora/RDS DB cluster is created without storage encryption " +
			"(storage_encrypted / StorageEncrypted absent or false; the default is false). Its storage, " +
			"automated backups, snapshots and read replicas are then unencrypted, and encryption cannot be " +
			"turned on later without copying a snapshot and restoring. Instances that belong to a cluster, " +
			"read replicas, restores from a snapshot, secondary clusters of a global database and Aurora " +
			"Serverless v1 clusters (always encrypted) inherit their encryption and are not reported, nor " +
			"is a resource that names a KMS key without setting the flag.",
		Remediation: engine.Remediation{
			Summary: "Set storage_encrypted = true (StorageEncrypted: true), optionally with a customer managed KMS key.",
			Terraform: `resource "aws_db_instance" "app" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}`,
			CloudFormation: `AppDatabase:
  Type: AWS::RDS::DBInstance
  Properties:
    Engine: postgres
    DBInstanceClass: db.t4g.micro
    AllocatedStorage: "20"
    StorageEncrypted: true`,
		},
		Checklist: []string{"DATA-3"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
		Links: []string{
			"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted",
		},
		Precision: "high",
		Check:     checkUnencryptedRDS,
	}
}

const rdsUnencrypted = "database storage is not encrypted at rest"

func checkUnencryptedRDS(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_db_instance", "aws_rds_cluster",
		"AWS::RDS::DBInstance", "AWS::RDS::DBCluster") {
		b := res.Body
		if !b.IsKnown() {
			continue
		}
		switch res.Type {
		case "aws_db_instance":
			// A replica or a restore gets its encryption from its source.
			if dbAnySet(b, "replicate_source_db", "snapshot_identifier", "db_cluster_identifier", "restore_to_point_in_time", "kms_key_id") {
				continue
			}
			dbReportNotTrue(p, res, "storage_encrypted", rdsUnencrypted)
		case "aws_rds_cluster":
			if netexposure.StringIs(b.Get("engine_mode"), "serverless") ||
				dbAnySet(b, "snapshot_identifier", "replication_source_identifier", "global_cluster_identifier", "restore_to_point_in_time", "kms_key_id") {
				continue
			}
			dbReportNotTrue(p, res, "storage_encrypted", rdsUnencrypted)
		case "AWS::RDS::DBInstance":
			if dbAnySet(b, "DBClusterIdentifier", "SourceDBInstanceIdentifier", "SourceDBClusterIdentifier",
				"DBSnapshotIdentifier", "DBClusterSnapshotIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId", "KmsKeyId") {
				continue
			}
			dbReportNotTrue(p, res, "StorageEncrypted", rdsUnencrypted)
		case "AWS::RDS::DBCluster":
			if netexposure.StringIs(b.Get("EngineMode"), "serverless") ||
				dbAnySet(b, "SnapshotIdentifier", "SourceDBClusterIdentifier", "ReplicationSourceIdentifier", "GlobalClusterIdentifier", "KmsKeyId") {
				continue
			}
			dbReportNotTrue(p, res, "StorageEncrypted", rdsUnencrypted)
		}
	}
}
