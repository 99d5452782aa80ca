package aws

import "github.com/soc2lint/soc2lint/engine"

// storageRules returns the AWS storage rules.
func storageRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-004", Check: checkS3PublicBucket},
		{ID: "AWS-005", Check: checkS3MissingPublicAccessBlock},
		s3MissingDefaultEncryption(),
		{ID: "AWS-007", Check: checkS3AccessLoggingDisabled},
		{ID: "AWS-008", Check: checkS3VersioningDisabled},
		{ID: "AWS-009", Check: checkS3LogBucketWithoutObjectLock},
	}
}
