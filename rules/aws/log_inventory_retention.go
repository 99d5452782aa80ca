package aws

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// LOG-4: AWS Config records every resource type. LOG-5: log buckets keep
// their logs for a year.

func logConfigRecordsAll() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-192",
		Name:     "config-recorder-not-recording-all-resources",
		Title:    "AWS Config recorder records only some resource types",
		Severity: engine.Low,
		Description: "An AWS Config configuration recorder is limited to a list of resource types " +
			"(recording_group.all_supported = false, RecordingGroup.AllSupported: false, or a recording strategy " +
			"other than ALL_SUPPORTED_RESOURCE_TYPES), so the inventory and change history of every other " +
			"resource type is missing. A recorder without a recording group records all supported types, the " +
			"default, and is not reported. Global resource types (IAM) are usually recorded in one region only, " +
			"and include_global_resource_types is not judged. Whether a recorder exists and runs is AWS-019.",
		Remediation: engine.Remediation{Summary: "Record all supported resource types: all_supported = true (RecordingGroup.AllSupported: true), or leave the recording group out."},
		Checklist:   []string{"LOG-4"},
		Links: []string{
			"https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder#recording_group",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("recording_group.all_supported", "RecordingGroup.AllSupported"), true),
			setting.MustBeOneOf(parser.A("recording_group.recording_strategy.use_only", "RecordingGroup.RecordingStrategy.UseOnly"),
				"", "ALL_SUPPORTED_RESOURCE_TYPES")),
		Problem: "the recorder does not record every resource type",
	})
}

// logArchiveDays is how long SOC 2 auditors expect logs to be kept,
// archived if not readily available.
const logArchiveDays = 365

func logBucketShortLifecycle() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-193",
		Name:     "log-bucket-expires-logs-within-a-year",
		Title:    "Log bucket's lifecycle rule deletes logs before a year",
		Severity: engine.Medium,
		Description: "An S3 bucket that receives logs (S3 server access logs, CloudTrail, AWS Config, load balancer, " +
			"VPC flow, CloudFront or WAF logs from a resource of the scan) has an enabled lifecycle rule that " +
			"expires current objects in fewer than 365 days (expiration days, ExpirationInDays), so the logs are " +
			"gone before the year of history an audit covers. Transitions to an archive storage class keep the " +
			"logs and are the way to save cost; expiration of noncurrent versions is not reported. A rule whose " +
			"filter narrows it to some objects is still reported, since it may match the log prefix.",
		Remediation: engine.Remediation{Summary: "Expire log objects after 365 days or more, and move them to an archive storage class (GLACIER, DEEP_ARCHIVE) earlier to save cost."},
		Checklist:   []string{"LOG-5"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration",
		},
		Precision: "high",
		Check:     checkLogBucketShortLifecycle,
	}
}

func checkLogBucketShortLifecycle(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		sources := s3LogSources(p, bucket)
		if len(sources) == 0 || bucket.Data || !p.BodyKnown(bucket) {
			continue
		}
		problem := fmt.Sprintf("the bucket receives %s from %s and expires them in less than %d days", sources[0].what, sources[0].res.Address, logArchiveDays)
		for _, r := range logLifecycleRules(p, bucket) {
			days := r.Get("days")
			if bucket.Format == parser.CloudFormation {
				days = r.Get("ExpirationInDays")
			}
			status := parser.Either(
				parser.NoneOf(r.Get("status"), "status", "", "Enabled"),
				parser.NoneOf(r.Get("Status"), "Status", "", "Enabled"),
				parser.NotTrue(r.Get("enabled"), "enabled", true))
			switch status.Answer {
			case parser.Yes:
				continue // a disabled rule
			case parser.CannotTell:
				p.CannotTell(bucket, status.At, status.Detail)
				continue
			}
			p.Judge(bucket, parser.Below(days, "expiration days", -1, logArchiveDays), problem)
		}
	}
}

// logLifecycleRules returns the lifecycle rules that apply to bucket, each
// as an object with its status (status, Status or enabled) and its
// expiration in days (days for Terraform, ExpirationInDays for
// CloudFormation): the rules of aws_s3_bucket_lifecycle_configuration
// resources naming it and the legacy lifecycle_rule blocks, or the
// bucket's LifecycleConfiguration.
func logLifecycleRules(p *engine.Pass, bucket *parser.Resource) []*parser.Value {
	if bucket.Format == parser.CloudFormation {
		return bucket.Body.Path("LifecycleConfiguration", "Rules").Items()
	}
	var out []*parser.Value
	add := func(rule *parser.Value, status string) {
		days := parser.Lookup(rule, "expiration.days")
		if days == nil {
			return
		}
		out = append(out, &parser.Value{Kind: parser.Object, Range: rule.Range, Attrs: map[string]*parser.Value{
			status: rule.Get(status), "days": days,
		}})
	}
	configs, _ := s3Attached(p, bucket, "bucket", "aws_s3_bucket_lifecycle_configuration")
	for _, c := range configs {
		for _, rule := range c.Body.Get("rule").Items() {
			add(rule, "status")
		}
	}
	for _, rule := range bucket.Body.Get("lifecycle_rule").Items() {
		add(rule, "enabled")
	}
	return out
}
