package gcp

import (
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
	strict := setting.Rule(meta, checks...)
	r := setting.WithCustomerKeyOption(&meta, strict.Check)
	// The rule runs strict's checks or nothing: strict's declaration holds.
	r.Reads, r.Alone = strict.Reads, strict.Alone
	return r
}

// customerKeyRuleAlso is customerKeyRule with a judgement of its own run
// after the checks' (setting.Also), reading reads besides their types.
func customerKeyRuleAlso(meta engine.Rule, reads []string, also func(*engine.Pass), checks ...setting.Check) *engine.Rule {
	strict := setting.Also(setting.Rule(meta, checks...), reads, also)
	r := setting.WithCustomerKeyOption(&meta, strict.Check)
	r.Reads, r.Alone = strict.Reads, strict.Alone
	return r
}

func cov2DiskCustomerKey() *engine.Rule {
	return customerKeyRule(engine.Rule{ID: "GCP-122"}, setting.Check{
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
	}, cov4DiskKeys.check("disk data is encrypted with a Google-managed key, not a customer-managed one"))
}

func cov2DatabaseCustomerKey() *engine.Rule {
	// BigQuery tables are judged with their datasets (gap28BigQueryTables).
	return customerKeyRuleAlso(engine.Rule{ID: "GCP-123"}, []string{"google_bigquery_table"}, gap28BigQueryTables, setting.Check{
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
	return customerKeyRule(engine.Rule{ID: "GCP-124"}, setting.Check{
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
	}, cov4StoreKeys.check("data is encrypted with a Google-managed key, not a customer-managed one"))
}
