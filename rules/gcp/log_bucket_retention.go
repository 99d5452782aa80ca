package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

// logBucketRetentionReads are the types checkLogBucketRetention reads (Rule.Reads).
var logBucketRetentionReads = []string{"google_logging_billing_account_bucket_config", "google_logging_folder_bucket_config", "google_logging_organization_bucket_config", "google_logging_project_bucket_config"}

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
