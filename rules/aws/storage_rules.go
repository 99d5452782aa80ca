package aws

import "github.com/soc2lint/soc2lint/engine"

// s3BlockReads are the types the rules of public access blocks read: the
// buckets, the blocks of a bucket and of the account.
var s3BlockReads = []string{s3TF, s3CFN, "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"}

// storageRules returns the AWS storage rules.
func storageRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-004", Check: checkS3PublicBucket},
		{ID: "AWS-005", Check: checkS3MissingPublicAccessBlock, Reads: s3BlockReads},
		s3BlockSettingRule("AWS-247", s3BlockACLs, "a public ACL can still be put on the bucket or its objects"),
		s3BlockSettingRule("AWS-248", s3IgnoreACLs, "public ACLs on the bucket and its objects still grant access"),
		s3BlockSettingRule("AWS-249", s3BlockPolicy, "a bucket policy granting public access can still be put on the bucket"),
		s3BlockSettingRule("AWS-290", s3RestrictBuckets, "a public bucket policy still grants access to anyone, not only to AWS services and the bucket owner's account"),
		s3MissingDefaultEncryption(),
		// Buckets with their logging configurations, and the trails a
		// finding names (s3TrailNote).
		{ID: "AWS-007", Check: checkS3AccessLoggingDisabled, Reads: []string{s3TF, s3CFN, "aws_s3_bucket_logging", "aws_cloudtrail", "AWS::CloudTrail::Trail"}},
		// Buckets with their versioning and object lock configurations.
		{ID: "AWS-008", Check: checkS3VersioningDisabled, Reads: []string{s3TF, s3CFN, "aws_s3_bucket_versioning", "aws_s3_bucket_object_lock_configuration"}},
		{ID: "AWS-009", Check: checkS3LogBucketWithoutObjectLock},
	}
}
