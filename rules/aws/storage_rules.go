package aws

import "github.com/soc2lint/soc2lint/engine"

// storageRules returns the AWS storage rules.
func storageRules() []*engine.Rule {
	return []*engine.Rule{
		s3PublicBucket(),
		s3MissingPublicAccessBlock(),
		s3MissingDefaultEncryption(),
		s3AccessLoggingDisabled(),
		s3VersioningDisabled(),
		s3LogBucketWithoutObjectLock(),
	}
}
