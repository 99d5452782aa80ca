package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func s3MissingPublicAccessBlock() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-005",
		Name:     "s3-public-access-block-missing",
		Title:    "S3 bucket is not covered by a public access block with all four settings on",
		Severity: engine.High,
		Description: "Neither the bucket (aws_s3_bucket_public_access_block, CloudFormation's " +
			"PublicAccessBlockConfiguration) nor the account (aws_s3_account_public_access_block in the same " +
			"root) turns on all four public access block settings for the bucket; S3 applies the most " +
			"restrictive combination of the two, and that is what is checked. Without them, one ACL or policy " +
			"change makes the bucket public. S3 has blocked public access on new buckets by default since " +
			"April 2023, but only the code keeps it so: older buckets and a later change in the console are not " +
			"covered, and an auditor asks for the setting to be declared.",
		Remediation: engine.Remediation{Summary: "Declare a public access block with all four settings true for the bucket, or for the whole account."},
		Checklist:   []string{"DATA-1"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block",
		},
		Precision: "high",
		Check:     checkS3MissingPublicAccessBlock,
	}
}

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
}
