package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covBucketUniformAccessReads are the types covBucketUniformAccess reads (Rule.Reads).
var covBucketUniformAccessReads = []string{"google_folder_organization_policy", "google_org_policy_policy", "google_organization_policy", "google_project_organization_policy", "google_storage_bucket"}

func covBucketUniformAccess() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-102",
		Reads: covBucketUniformAccessReads,
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

// covBucketLoggingReads are the types checkCovBucketLogging reads (Rule.Reads).
var covBucketLoggingReads = []string{"google_logging_billing_account_sink", "google_logging_folder_sink", "google_logging_organization_sink", "google_logging_project_sink", "google_storage_bucket"}

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
