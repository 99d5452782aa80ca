package gcp

import (
	"sort"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov4KeyPaths are, per resource type, the settings that name a
// customer-managed (or customer-supplied) key; a resource naming none is
// encrypted with a Google-managed key.
type cov4KeyPaths map[string][]string

// cov4DiskKeys extend GCP-122 (DATA-2) to images, machine images and the
// disks of Dataproc, Vertex AI Workbench and user-managed notebook VMs.
var cov4DiskKeys = cov4KeyPaths{
	"google_compute_image": {"image_encryption_key.kms_key_self_link", "image_encryption_key.raw_key",
		"image_encryption_key.rsa_encrypted_key"},
	"google_compute_machine_image": {"machine_image_encryption_key.kms_key_name",
		"machine_image_encryption_key.raw_key", "machine_image_encryption_key.rsa_encrypted_key"},
	"google_dataproc_cluster":   {"cluster_config.encryption_config.kms_key_name"},
	"google_workbench_instance": {"gce_setup.boot_disk.kms_key"},
	"google_notebooks_instance": {"kms_key"},
}

// cov4StoreKeys extend GCP-124 (DATA-5) to Vertex AI datasets, endpoints,
// feature stores, metadata stores and TensorBoards, Dataflow jobs and
// Cloud Composer environments.
var cov4StoreKeys = cov4KeyPaths{
	"google_vertex_ai_dataset":        {"encryption_spec.kms_key_name"},
	"google_vertex_ai_endpoint":       {"encryption_spec.kms_key_name"},
	"google_vertex_ai_featurestore":   {"encryption_spec.kms_key_name"},
	"google_vertex_ai_metadata_store": {"encryption_spec.kms_key_name"},
	"google_vertex_ai_tensorboard":    {"encryption_spec.kms_key_name"},
	"google_dataflow_job":             {"kms_key_name"},
	"google_composer_environment":     {"config.encryption_config.kms_key_name"},
}

// check judges each resource of the table's types on its own settings.
func (k cov4KeyPaths) check(problem string) setting.Check {
	types := make([]string, 0, len(k))
	for t := range k {
		types = append(types, t)
	}
	sort.Strings(types)
	return setting.Check{
		Types:   types,
		Judge:   func(res *parser.Resource) parser.Verdict { return setting.KeyNamed(k[res.Type]...)(res) },
		Problem: problem,
	}
}
