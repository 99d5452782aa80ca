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
	return setting.Rule(engine.Rule{ID: "AWS-192"}, setting.Check{
		Types: []string{"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("recording_group.all_supported", "RecordingGroup.AllSupported"), true),
			setting.MustBeOneOf(parser.A("recording_group.recording_strategy.use_only", "RecordingGroup.RecordingStrategy.UseOnly"),
				"", "ALL_SUPPORTED_RESOURCE_TYPES"),
			configListsTypesOnly),
		Problem: "the recorder does not record every resource type",
	}, configAggregatorAllRegions)
}

// configListsTypesOnly judges a CloudFormation recording group that lists
// ResourceTypes without AllSupported: AllSupported is then false, and the
// recorder records the listed types only.
func configListsTypesOnly(res *parser.Resource) parser.Verdict {
	all, types := parser.A("", "RecordingGroup.AllSupported").Of(res), parser.A("", "RecordingGroup.ResourceTypes").Of(res)
	if all != nil || parser.Set(types) != parser.Yes {
		return parser.Decided
	}
	return parser.Bad(types, "RecordingGroup.ResourceTypes is set without AllSupported, which is then false")
}

// logArchiveDays is how long SOC 2 auditors expect logs to be kept,
// archived if not readily available.
const logArchiveDays = 365

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
