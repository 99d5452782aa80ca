package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkS3MissingPublicAccessBlock(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		blk := s3PublicAccessBlock(p, bucket)
		if !blk.found {
			if bucket.Type == s3CFN {
				p.Report(bucket, nil, "%s has no PublicAccessBlockConfiguration", bucket.Address)
			} else {
				p.Report(bucket, nil, "%s has no public access block: no aws_s3_bucket_public_access_block names it and its root has no aws_s3_account_public_access_block", bucket.Address)
			}
			continue
		}
		var off []string
		for i, s := range s3BlockSettings {
			if blk.on[i] != parser.False {
				continue
			}
			if bucket.Type == s3CFN {
				off = append(off, s.cfn)
			} else {
				off = append(off, s.tf)
			}
		}
		if len(off) > 0 {
			p.Report(bucket, nil, "%s: its public access block leaves %s off", bucket.Address, strings.Join(off, ", "))
		}
	}
	checkS3OutsidePublicAccessBlocks(p)
}
