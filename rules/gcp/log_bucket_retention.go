package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

func logBucketRetention() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-012",
		Name:     "log-bucket-retention-below-90-days",
		Title:    "Cloud Logging bucket keeps logs for less than 90 days",
		Severity: engine.Medium,
		Description: "A Cloud Logging bucket keeps log entries 30 days unless retention_days says otherwise; " +
			"below 90 days, logs are gone before an investigation or an audit sample can reach them.",
		Remediation: engine.Remediation{Summary: "Set retention_days to 90 or more on the log bucket (365 for a year of history), or export the logs to an archive."},
		Checklist:   []string{"LOG-5"},
		Links:       []string{"https://cloud.google.com/logging/docs/buckets#custom-retention"},
		Precision:   "high",
		Check:       checkLogBucketRetention,
	}
}

func checkLogBucketRetention(p *engine.Pass) {
	for _, b := range p.ResourcesOfType("google_logging_project_bucket_config", "google_logging_folder_bucket_config",
		"google_logging_organization_bucket_config", "google_logging_billing_account_bucket_config") {
		if !p.BodyKnown(b) {
			continue
		}
		v := b.Body.Get("retention_days")
		if v.IsNull() {
			p.Report(b, nil, "%s keeps logs for the default 30 days, less than %d (retention_days not set)", b.Address, logMinRetentionDays)
		} else if days, ok := v.AsInt(); ok && days < logMinRetentionDays {
			p.Report(b, v, "%s keeps logs for %d days, less than %d (retention_days)", b.Address, days, logMinRetentionDays)
		}
	}
}
