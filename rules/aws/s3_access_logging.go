package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

func s3AccessLoggingDisabled() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-007",
		Name:     "s3-access-logging-disabled",
		Title:    "S3 bucket has server access logging disabled",
		Severity: engine.Medium,
		Description: "No aws_s3_bucket_logging names the bucket (nor the legacy logging block, nor " +
			"CloudFormation's LoggingConfiguration), so requests to its objects leave no record to investigate " +
			"an incident with. Buckets that are themselves the target of server access logging are not " +
			"reported: logging a log bucket into another would never end. When the bucket receives CloudTrail " +
			"logs, the finding says so: nobody can then tell who read or deleted the account's audit record.",
		Remediation: engine.Remediation{Summary: "Send the bucket's server access logs to a dedicated log bucket."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
			"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging",
		},
		Precision: "medium",
		Check:     checkS3AccessLoggingDisabled,
	}
}

func checkS3AccessLoggingDisabled(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		from, target := s3LogTargets(p, bucket)
		if len(from) > 0 {
			continue // a log bucket: logging it to itself would loop
		}
		switch bucket.Type {
		case s3TF:
			if s3Declared(p, bucket, "logging") {
				continue
			}
			cfgs, open := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_logging")
			if len(cfgs) > 0 {
				continue
			}
			v := yesUnless(target, open)
			report(p, bucket, v, "%s has server access logging disabled: no aws_s3_bucket_logging names it%s", bucket.Address, s3TrailNote(p, bucket, "it"))
		case s3CFN:
			if s3Declared(p, bucket, "LoggingConfiguration") {
				continue
			}
			p.Report(bucket, nil, "%s has server access logging disabled: it has no LoggingConfiguration%s", bucket.Address, s3TrailNote(p, bucket, "it"))
		}
	}
}
