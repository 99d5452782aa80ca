package aws

import "github.com/soc2lint/soc2lint/engine"

// coverageDataRules returns the rules of the data-protection coverage work
// (issue 9: DATA-2 volumes, DATA-3 databases, DATA-4 encryption in transit,
// DATA-5 other stores and keys).
func coverageDataRules() []*engine.Rule {
	return []*engine.Rule{
		redshiftEncryptionDisabled(),
		snsTopicNotEncrypted(),
		cacheInTransitEncryptionDisabled(),
		mskPlaintextTraffic(),
		openSearchInsecureEndpoint(),
		openSearchNodeToNodeDisabled(),
		firehoseNotEncrypted(),
		eksSecretsWithoutKMS(),
		cloudTrailWithoutKMS(),
		{ID: "AWS-146", Check: checkDBParameterGroupSSL},
		logGroupWithoutKMS(),
		workspacesVolumeNotEncrypted(),
		workspacesUserVolumeNotEncrypted(),
		sageMakerWithoutKMS(),
		backupVaultWithoutKMS(),
		ssmSecretNotSecureString(),
		glueEncryptionDisabled(),
		athenaResultsNotEncrypted(),
		emrAtRestEncryptionDisabled(),
		emrInTransitEncryptionDisabled(),
		ecrRepositoryWithoutKMS(),
		// Buckets and directory buckets with their policies and the
		// policy documents those refer to.
		{ID: "AWS-160", Check: checkS3BucketAllowsHTTP, Reads: []string{s3TF, s3CFN, "aws_s3_bucket_policy", "AWS::S3::BucketPolicy",
			"aws_s3_directory_bucket", "AWS::S3Express::DirectoryBucket", "aws_iam_policy_document"}},
		apiGatewayCacheNotEncrypted(),
		codeBuildArtifactsNotEncrypted(),
		daxEndpointWithoutTLS(),
		dynamoDBOwnedKeyOnly(),
		secretsManagerDefaultKey(),
		ecsEFSVolumeWithoutTLS(),
		dmsEndpointWithoutSSL(),
	}
}
