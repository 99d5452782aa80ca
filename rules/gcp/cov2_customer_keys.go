package gcp

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Google Cloud encrypts every disk, database, bucket and topic at rest with
// Google-managed keys, and no setting turns that off. Customer-managed
// (Cloud KMS) keys are a policy choice: the rules below report a resource
// that names none only when the configuration requires them, with the
// option require-customer-key (rules.options.<ID> in .soc2lint.yaml).

// customerKeyRule is setting.Rule for a rule that runs only when its
// require-customer-key option is on.
func customerKeyRule(meta engine.Rule, checks ...setting.Check) *engine.Rule {
	return setting.WithCustomerKeyOption(&meta, setting.Rule(meta, checks...).Check)
}

// keyOptionNote is the descriptions' closing note on the option of rule id.
func keyOptionNote(id string) string { return fmt.Sprintf(customerKeyOptionNote, id) }

const customerKeyOptionNote = " Google encrypts all of these at rest with Google-managed keys and no setting turns that off, " +
	"so the rule reports nothing unless the configuration requires customer-managed keys: set " +
	"require-customer-key: true under rules.options.%s in .soc2lint.yaml. Values not known statically " +
	"become undecided notes."

func cov2DiskCustomerKey() *engine.Rule {
	return customerKeyRule(engine.Rule{
		ID:       "GCP-122",
		Name:     "disk-without-customer-managed-key",
		Title:    "Persistent disk, GKE node boot disk or snapshot is not encrypted with a customer-managed key (when required)",
		Severity: engine.Low,
		Description: "A Compute Engine persistent disk (zonal or regional), an instance's boot disk created with " +
			"the instance, the boot disks of a google_container_node_pool (node_config.boot_disk_kms_key), or a " +
			"snapshot names no Cloud KMS key (kms_key_self_link, kms_key_name) and no " +
			"customer-supplied key, so it is encrypted with a Google-managed key that the organisation " +
			"cannot disable, rotate or audit on its own. A boot disk attached from an existing disk " +
			"(boot_disk.source) is judged on that disk; the default node pool a google_container_cluster " +
			"describes in its own node_config is not judged." +
			keyOptionNote("GCP-122"),
		Remediation: engine.Remediation{Summary: "Name a Cloud KMS key in disk_encryption_key.kms_key_self_link (boot_disk.kms_key_self_link for a boot disk)."},
		Checklist:   []string{"DATA-2"},
		Links: []string{
			"https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#kms_key_self_link",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"google_compute_disk"},
		Judge: setting.KeyNamed("disk_encryption_key.kms_key_self_link", "disk_encryption_key.raw_key",
			"disk_encryption_key.rsa_encrypted_key"),
		Problem: "the disk is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_compute_region_disk"},
		Judge:   setting.KeyNamed("disk_encryption_key.kms_key_name", "disk_encryption_key.raw_key"),
		Problem: "the disk is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_compute_instance"},
		Unless:  []parser.Attr{parser.A("boot_disk.source", "")},
		Judge:   setting.KeyNamed("boot_disk.kms_key_self_link", "boot_disk.disk_encryption_key_raw", "boot_disk.disk_encryption_key_rsa"),
		Problem: "the boot disk is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_container_node_pool"},
		Judge:   setting.KeyNamed("node_config.boot_disk_kms_key"),
		Problem: "the nodes' boot disks are encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_compute_snapshot"},
		Judge:   setting.KeyNamed("snapshot_encryption_key.kms_key_self_link", "snapshot_encryption_key.raw_key", "snapshot_encryption_key.rsa_encrypted_key"),
		Problem: "the snapshot is encrypted with a Google-managed key, not a customer-managed one",
	})
}

func cov2DatabaseCustomerKey() *engine.Rule {
	return customerKeyRule(engine.Rule{
		ID:       "GCP-123",
		Name:     "database-without-customer-managed-key",
		Title:    "Cloud SQL, AlloyDB, Spanner, Bigtable, BigQuery or Memorystore data is not encrypted with a customer-managed key (when required)",
		Severity: engine.Low,
		Description: "A Cloud SQL instance (encryption_key_name), AlloyDB cluster (encryption_config), Spanner " +
			"database (encryption_config), Bigtable instance (the first cluster's kms_key_name), BigQuery " +
			"dataset (default_encryption_configuration) or Memorystore for Redis instance " +
			"(customer_managed_key) names no Cloud KMS key, so its data is encrypted with " +
			"a Google-managed key. BigQuery tables inherit their dataset's default key and are not judged on " +
			"their own." + keyOptionNote("GCP-123"),
		Remediation: engine.Remediation{Summary: "Name a Cloud KMS key: encryption_key_name (Cloud SQL), encryption_config.kms_key_name (AlloyDB, Spanner), default_encryption_configuration.kms_key_name (BigQuery), customer_managed_key (Memorystore)."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://cloud.google.com/sql/docs/postgres/cmek",
			"https://cloud.google.com/spanner/docs/cmek",
			"https://cloud.google.com/bigquery/docs/customer-managed-encryption",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#encryption_key_name",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#default_encryption_configuration",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_sql_database_instance"},
		Judge:   setting.KeyNamed("encryption_key_name"),
		Problem: "the instance is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_alloydb_cluster"},
		Judge:   setting.KeyNamed("encryption_config.kms_key_name"),
		Problem: "the cluster is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_spanner_database"},
		Judge:   setting.KeyNamed("encryption_config.kms_key_name", "encryption_config.kms_key_names"),
		Problem: "the database is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_bigtable_instance"},
		Judge:   setting.KeyNamed("cluster.kms_key_name"),
		Problem: "the instance is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_bigquery_dataset"},
		Judge:   setting.KeyNamed("default_encryption_configuration.kms_key_name"),
		Problem: "the dataset's tables are encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_redis_instance"},
		Judge:   setting.KeyNamed("customer_managed_key"),
		Problem: "cached data is encrypted with a Google-managed key, not a customer-managed one",
	})
}

func cov2StoreCustomerKey() *engine.Rule {
	return customerKeyRule(engine.Rule{
		ID:       "GCP-124",
		Name:     "storage-without-customer-managed-key",
		Title:    "Cloud Storage bucket, Pub/Sub topic, Artifact Registry repository, secret or log bucket is not encrypted with a customer-managed key (when required)",
		Severity: engine.Low,
		Description: "A Cloud Storage bucket (encryption.default_kms_key_name), Pub/Sub topic (kms_key_name), " +
			"Artifact Registry repository (kms_key_name), Secret Manager secret (the automatic or first " +
			"user-managed replica's customer_managed_encryption) or Cloud Logging bucket " +
			"(google_logging_project_bucket_config cmek_settings.kms_key_name) names no Cloud KMS key, so its data is " +
			"encrypted with a Google-managed key. An object written with its own key is not judged." +
			keyOptionNote("GCP-124"),
		Remediation: engine.Remediation{Summary: "Name a Cloud KMS key: encryption.default_kms_key_name (buckets), kms_key_name (topics, repositories), replication's customer_managed_encryption (secrets), cmek_settings.kms_key_name (log buckets)."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://cloud.google.com/storage/docs/encryption/customer-managed-keys",
			"https://cloud.google.com/pubsub/docs/encryption",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#encryption",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_topic#kms_key_name",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_storage_bucket"},
		Judge:   setting.KeyNamed("encryption.default_kms_key_name"),
		Problem: "objects are encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_pubsub_topic", "google_artifact_registry_repository"},
		Judge:   setting.KeyNamed("kms_key_name"),
		Problem: "data is encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types: []string{"google_secret_manager_secret"},
		Judge: setting.KeyNamed("replication.auto.customer_managed_encryption.kms_key_name",
			"replication.user_managed.replicas.customer_managed_encryption.kms_key_name"),
		Problem: "secret versions are encrypted with a Google-managed key, not a customer-managed one",
	}, setting.Check{
		Types:   []string{"google_logging_project_bucket_config"},
		Judge:   setting.KeyNamed("cmek_settings.kms_key_name"),
		Problem: "logs are encrypted with a Google-managed key, not a customer-managed one",
	})
}
