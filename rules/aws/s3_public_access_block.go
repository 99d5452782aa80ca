package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

// checkS3MissingPublicAccessBlock reports buckets that no public access
// block covers, of the bucket or of the account. A block that leaves some
// of its four settings off is reported by the rule of each setting
// (s3_block_settings.go).
func checkS3MissingPublicAccessBlock(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		if s3PublicAccessBlock(p, bucket).found {
			continue
		}
		if bucket.Type == s3CFN {
			p.Report(bucket, nil, "%s has no PublicAccessBlockConfiguration", bucket.Address)
		} else {
			p.Report(bucket, nil, "%s has no public access block: no aws_s3_bucket_public_access_block names it and its root has no aws_s3_account_public_access_block", bucket.Address)
		}
	}
}
