package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
	"github.com/soc2lint/soc2lint/rules/tagging"
)

// labelCurated are common labelable google resource types. Any other type
// is checked when some resource of it writes labels.
var labelCurated = []string{
	"google_compute_instance", "google_compute_instance_template", "google_compute_disk",
	"google_compute_snapshot", "google_compute_image", "google_compute_address", "google_compute_global_address",
	"google_compute_forwarding_rule", "google_compute_global_forwarding_rule", "google_compute_vpn_tunnel",
	"google_storage_bucket", "google_sql_database_instance", "google_container_cluster",
	"google_bigquery_dataset", "google_bigquery_table", "google_pubsub_topic", "google_pubsub_subscription",
	"google_kms_crypto_key", "google_redis_instance", "google_memcache_instance",
	"google_cloudfunctions_function", "google_cloudfunctions2_function",
	"google_cloud_run_v2_service", "google_cloud_run_v2_job", "google_dataproc_cluster",
	"google_spanner_instance", "google_bigtable_instance", "google_filestore_instance",
	"google_secret_manager_secret", "google_artifact_registry_repository", "google_dns_managed_zone",
	"google_alloydb_cluster", "google_project",
}

// labelPaths say where the labels are for the types that do not keep them
// in labels; nested blocks are followed through every block.
var labelPaths = map[string][]string{
	"google_container_cluster":     {"resource_labels"},
	"google_sql_database_instance": {"settings", "user_labels"},
}

func labelIsGoogle(r *parser.Resource) bool {
	return r.Format == parser.Terraform && strings.HasPrefix(r.Type, "google_") &&
		!strings.HasPrefix(r.Type, "google_monitoring_") && !strings.HasPrefix(r.Type, "google_cloud_identity_group")
}

// labelSpec reads a Google resource's labels: those it writes, what a plan
// computed (terraform_labels, default labels included), and the
// default_labels of its google and google-beta providers.
var labelSpec = tagging.Spec{
	Noun: "labels", Curated: labelCurated, Keep: labelIsGoogle, Attrs: tagging.Attr("labels"),
	Read: func(p *engine.Pass, res *parser.Resource, keys *tagging.Keys) (*parser.Value, bool) {
		written := labelsOf(res, keys)
		keys.Add(res.Body.Get("terraform_labels"))
		for _, name := range []string{"google", "google-beta"} {
			for _, prov := range tagging.Providers(p, res, name) {
				tagging.AddDefaults(keys, prov, "default_labels", "")
			}
		}
		return written, true
	},
}

// labelsOf adds the labels res writes and returns the first written label
// value, where a finding points.
func labelsOf(res *parser.Resource, keys *tagging.Keys) *parser.Value {
	path, ok := labelPaths[res.Type]
	if !ok {
		path = []string{"labels"}
	}
	var written *parser.Value
	var walk func(v *parser.Value, rest []string)
	walk = func(v *parser.Value, rest []string) {
		if v == nil || v.Kind == parser.Null {
			return
		}
		if len(rest) == 0 {
			keys.Add(v)
			if written == nil {
				written = v
			}
			return
		}
		if u := setting.Unknown(v); u != nil {
			keys.Hide(u, "")
			return
		}
		if v.Kind == parser.List {
			for _, e := range v.Elems {
				walk(e, rest)
			}
			return
		}
		walk(v.Get(rest[0]), rest[1:])
	}
	walk(res.Body.Get(path[0]), path[1:])
	return written
}
