package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covBucketUniformAccess() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-102",
		Name:     "gcs-uniform-bucket-level-access-disabled",
		Title:    "Cloud Storage bucket allows object ACLs (uniform bucket-level access off)",
		Severity: engine.Medium,
		Description: "A google_storage_bucket does not set uniform_bucket_level_access = true (the default is false), " +
			"so every object carries its own ACL: any writer can make a single object public with " +
			"publicRead, and IAM on the bucket no longer tells who can read what. Not reported when the root " +
			"declares an organization policy enforcing storage.uniformBucketLevelAccess (which makes Cloud " +
			"Storage turn it on). Values not known statically become undecided notes. Public grants themselves " +
			"are GCP-033.",
		Remediation: engine.Remediation{Summary: "Set uniform_bucket_level_access = true (and public_access_prevention = \"enforced\"), or enforce the storage.uniformBucketLevelAccess organization policy."},
		Checklist:   []string{"DATA-1"},
		Links: []string{
			"https://cloud.google.com/storage/docs/uniform-bucket-level-access",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access",
		},
		Precision: "high",
		Check: func(p *engine.Pass) {
			ubla := setting.MustBeTrue(parser.A("uniform_bucket_level_access", ""), false)
			for _, b := range p.ResourcesOfType("google_storage_bucket") {
				if b.Data || !p.BodyKnown(b) || packOrgPolicyEnforced(p, b, "storage.uniformBucketLevelAccess") {
					continue
				}
				p.Judge(b, ubla(b), "objects may carry public ACLs")
			}
		},
	}
}

func covBucketLogging() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-103",
		Name:     "gcs-bucket-access-logging-disabled",
		Title:    "Cloud Storage bucket has no usage and storage logs",
		Severity: engine.Low,
		Description: "A google_storage_bucket has no logging block naming a log_bucket, so requests to its objects " +
			"are recorded only by Data Access audit logs, which are off by default (GCP-010). Buckets that " +
			"receive other buckets' usage logs or a log sink's output are not reported: logging a log bucket " +
			"into another would never end. A bucket is undecided when another bucket's log_bucket in its root " +
			"is not known statically.",
		Remediation: engine.Remediation{Summary: "Add a logging block sending usage logs to a dedicated log bucket, or enable Data Access audit logs for Cloud Storage."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://cloud.google.com/storage/docs/access-logs",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#logging",
		},
		Precision: "medium",
		Check:     checkCovBucketLogging,
	}
}

func checkCovBucketLogging(p *engine.Pass) {
	buckets := p.ResourcesOfType("google_storage_bucket")
	// Log targets by root and name; roots where a target is unknown.
	targets := map[string]bool{}
	unknownTarget := map[string]bool{}
	for _, b := range buckets {
		v := parser.A("logging.log_bucket", "").Of(b)
		if s, ok := v.AsString(); ok {
			targets[b.Root+"|"+s] = true
		} else if setting.Unknown(v) != nil && len(p.Referenced(b, "log_bucket")) == 0 {
			unknownTarget[b.Root] = true
		}
	}
	for _, s := range p.ResourcesOfType("google_logging_project_sink", "google_logging_folder_sink",
		"google_logging_organization_sink", "google_logging_billing_account_sink") {
		if d, ok := s.Body.Get("destination").AsString(); ok {
			if name, ok := strings.CutPrefix(d, "storage.googleapis.com/"); ok {
				targets[s.Root+"|"+name] = true
			}
		}
	}
	for _, b := range buckets {
		if b.Data || !p.BodyKnown(b) {
			continue
		}
		if parser.AnySet(parser.A("logging.log_bucket", "").Of(b)) {
			continue
		}
		name, _ := b.Body.Get("name").AsString()
		if targets[b.Root+"|"+name] || len(p.Referrers(b, "log_bucket", "google_storage_bucket")) > 0 ||
			len(p.Referrers(b, "destination")) > 0 {
			continue
		}
		if unknownTarget[b.Root] {
			p.CannotTell(b, nil, "another bucket in this module logs to a bucket not known statically")
			continue
		}
		p.Report(b, nil, "%s: requests to the bucket are not logged (no logging block)", b.Address)
	}
}
