package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func s3MissingDefaultEncryption() *engine.Rule {
	return setting.WithCustomerKeyOption(&engine.Rule{
		ID:    "AWS-006",
		Check: checkS3MissingDefaultEncryption,
	}, s3CustomerKeyCheck)
}

func checkS3MissingDefaultEncryption(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		switch bucket.Type {
		case s3TF:
			if s3Declared(p, bucket, "server_side_encryption_configuration") {
				continue
			}
			cfgs, open := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_server_side_encryption_configuration")
			if len(cfgs) > 0 {
				continue
			}
			report(p, bucket, yesUnless(open), "%s has no default encryption configuration (no aws_s3_bucket_server_side_encryption_configuration names it): it relies on the S3 default, SSE-S3", bucket.Address)
		case s3CFN:
			if s3Declared(p, bucket, "BucketEncryption") {
				continue
			}
			p.Report(bucket, nil, "%s has no BucketEncryption: it relies on the S3 default, SSE-S3", bucket.Address)
		}
	}
}
