package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// gap28BigQueryTables is GCP-123's judgement of BigQuery tables (with
// require-customer-key). A table that names no key of its own is encrypted
// with its dataset's default key (default_encryption_configuration), so a
// table of a dataset of its root, by reference or by its dataset_id (and
// project, where both say one), is judged through that dataset; a table of
// a dataset declared elsewhere must name its own key.
func gap28BigQueryTables(p *engine.Pass) {
	judge := setting.KeyNamed("encryption_configuration.kms_key_name")
	for _, t := range p.ResourcesOfType("google_bigquery_table") {
		if t.Data || !p.BodyKnown(t) || gap28DatasetInRoot(p, t) {
			continue
		}
		p.Judge(t, judge(t), "the table is encrypted with a Google-managed key, not a customer-managed one")
	}
}

// gap28DatasetInRoot reports whether a table's dataset is a
// google_bigquery_dataset of its root.
func gap28DatasetInRoot(p *engine.Pass, t *parser.Resource) bool {
	id := t.Body.Get("dataset_id")
	for _, r := range id.Refs() {
		if parser.ResourceType(r) == "google_bigquery_dataset" {
			return true
		}
	}
	name, ok := id.AsString()
	if !ok {
		return false
	}
	project, hasProject := t.Body.Get("project").AsString()
	for _, d := range p.InRoot(t, "google_bigquery_dataset") {
		if d.Data || d.Format != t.Format {
			continue
		}
		if n, ok := d.Body.Get("dataset_id").AsString(); !ok || n != name {
			continue
		}
		if dp, ok := d.Body.Get("project").AsString(); ok && hasProject && dp != project {
			continue
		}
		return true
	}
	return false
}
