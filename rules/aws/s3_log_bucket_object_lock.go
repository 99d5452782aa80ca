package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func s3LogBucketWithoutObjectLock() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-009",
		Name:     "s3-log-bucket-without-object-lock",
		Title:    "S3 bucket that receives logs does not have object lock enabled",
		Severity: engine.Medium,
		Description: "The bucket receives logs (S3 server access logs, CloudTrail, AWS Config, load balancer, " +
			"VPC flow, CloudFront or WAF logs delivered to it by resources in the same root or template) but " +
			"object lock is not enabled on it (object_lock_enabled, aws_s3_bucket_object_lock_configuration, " +
			"CloudFormation's ObjectLockEnabled). Without object lock, whoever can write to the bucket can delete " +
			"or overwrite the evidence an audit or an investigation depends on.",
		Remediation: engine.Remediation{Summary: "Enable object lock on the log bucket with a default retention (compliance or governance mode) that covers your log retention period."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_object_lock_configuration",
		},
		Precision: "medium",
		Check:     checkS3LogBucketWithoutObjectLock,
	}
}

func checkS3LogBucketWithoutObjectLock(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		sources := s3LogSources(p, bucket)
		if len(sources) == 0 {
			continue
		}
		lock := s3ObjectLock(p, bucket)
		switch lock.on {
		case parser.True:
			continue
		case parser.Maybe:
			p.CannotTell(bucket, lock.open.At, lock.open.Detail)
			continue
		}
		src := sources[0]
		more := ""
		if len(sources) > 1 {
			more = " and other logs"
		}
		p.Report(bucket, lock.off, "%s receives %s from %s%s but does not have object lock enabled: the logs can be deleted or overwritten", bucket.Address, src.what, src.res.Address, more)
	}
}
