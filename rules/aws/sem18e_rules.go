package aws

import (
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// AWS-371 (data-store-aws-managed-key, session 18) is retired and its id
// is never reused: it was AWS-169's concept (a store AWS always encrypts
// at rest, on a key the account does not manage, under
// require-customer-key), so its stores joined AWS-169, which names it in
// Rule.Formerly so that ignores, baselines and configuration written for
// AWS-371 still apply.

// managedKeyStores are the file systems, streams, caches and build
// artifacts that AWS always encrypts at rest, with a key AWS manages unless
// a customer managed one is named: AWS-169 holds them to a customer managed
// key when the configuration requires one. If limits a check to the stores
// that are encrypted at all (the rest is the encryption rules' concern),
// that can take a key of the account (persistent Lustre file systems) or
// whose key encrypts something (CodeBuild projects that write artifacts to
// S3; a pipeline's artifacts take its artifact store's key).
var managedKeyStores = []struct {
	types []string
	if_   setting.Judge
	key   parser.Attr
	what  string
}{
	{[]string{"aws_efs_file_system", "AWS::EFS::FileSystem"},
		setting.Is(parser.A("encrypted", "Encrypted"), "false", "true"), parser.A("kms_key_id", "KmsKeyId"), "the file system is"},
	{[]string{"aws_fsx_windows_file_system", "aws_fsx_ontap_file_system", "aws_fsx_openzfs_file_system"},
		nil, parser.A("kms_key_id", ""), "the file system is"},
	{[]string{"aws_fsx_lustre_file_system"},
		setting.Is(parser.A("deployment_type", ""), "SCRATCH_1", "PERSISTENT_1", "PERSISTENT_2"), parser.A("kms_key_id", ""), "the file system is"},
	{[]string{"AWS::FSx::FileSystem"},
		setting.Not(setting.Both(setting.Is(parser.A("", "FileSystemType"), "", "LUSTRE"),
			setting.Is(parser.A("", "LustreConfiguration.DeploymentType"), "SCRATCH_1", "SCRATCH_1", "SCRATCH_2"))),
		parser.A("", "KmsKeyId"), "the file system is"},
	{[]string{"aws_kinesis_stream"},
		setting.Is(parser.A("encryption_type", ""), "NONE", "KMS"), parser.A("kms_key_id", ""), "the stream is"},
	{[]string{"AWS::Kinesis::Stream"},
		setting.Is(parser.A("", "StreamEncryption.EncryptionType"), "", "KMS"), parser.A("", "StreamEncryption.KeyId"), "the stream is"},
	{[]string{"aws_kinesis_video_stream", "AWS::KinesisVideo::Stream"},
		nil, parser.A("kms_key_id", "KmsKeyId"), "the video stream is"},
	{[]string{"aws_sagemaker_domain", "AWS::SageMaker::Domain"},
		nil, parser.A("kms_key_id", "KmsKeyId"), "the domain's home file system is"},
	{[]string{"aws_imagebuilder_component", "AWS::ImageBuilder::Component"},
		nil, parser.A("kms_key_id", "KmsKeyId"), "the component is"},
	{[]string{"aws_docdb_cluster", "AWS::DocDB::DBCluster"},
		setting.Is(parser.A("storage_encrypted", "StorageEncrypted"), "false", "true"), parser.A("kms_key_id", "KmsKeyId"), "the cluster is"},
	// Neptune and RDS encrypt with the AWS managed aws/rds key unless a key
	// is named. A read replica takes its source's key, and a cluster's
	// instances the cluster's.
	{[]string{"aws_neptune_cluster", "AWS::Neptune::DBCluster"},
		setting.Is(parser.A("storage_encrypted", "StorageEncrypted"), "false", "true"), parser.A("kms_key_arn", "KmsKeyId"), "the cluster is"},
	{[]string{"aws_rds_cluster", "AWS::RDS::DBCluster"},
		setting.Is(parser.A("storage_encrypted", "StorageEncrypted"), "false", "true"), parser.A("kms_key_id", "KmsKeyId"), "the cluster's storage is"},
	{[]string{"aws_db_instance", "AWS::RDS::DBInstance"},
		setting.Both(setting.Is(parser.A("storage_encrypted", "StorageEncrypted"), "false", "true"),
			setting.MustBeSet(parser.A("replicate_source_db", "SourceDBInstanceIdentifier"))),
		parser.A("kms_key_id", "KmsKeyId"), "the database's storage is"},
	{[]string{"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup"},
		setting.Is(parser.A("at_rest_encryption_enabled", "AtRestEncryptionEnabled"), "false", "true"), parser.A("kms_key_id", "KmsKeyId"), "the cache is"},
	{[]string{"aws_opensearch_domain", "aws_elasticsearch_domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		setting.Is(parser.A("encrypt_at_rest.enabled", "EncryptionAtRestOptions.Enabled"), "false", "true"),
		parser.A("encrypt_at_rest.kms_key_id", "EncryptionAtRestOptions.KmsKeyId"), "the domain's indexes and snapshots are"},
	{[]string{"aws_kendra_index", "AWS::Kendra::Index"},
		nil, parser.A("server_side_encryption_configuration.kms_key_id", "ServerSideEncryptionConfiguration.KmsKeyId"), "the index is"},
	{[]string{"aws_elastictranscoder_pipeline"},
		nil, parser.A("aws_kms_key_arn", ""), "the pipeline's output files are"},
	// A FHIR data store names a key only with CmkType
	// CUSTOMER_MANAGED_KMS_KEY; AWS_OWNED_KMS_KEY, the default, takes none.
	{[]string{"AWS::HealthLake::FHIRDatastore"},
		nil, parser.A("", "SseConfiguration.KmsEncryptionConfig.KmsKeyId"), "the data store is"},
	{[]string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		setting.Is(parser.A("artifacts.type", "Artifacts.Type"), "", "S3"), parser.A("encryption_key", "EncryptionKey"), "the build artifacts are"},
	// A report group that exports its reports to S3, encrypted (the
	// default), encrypts the exported raw data with aws/s3 unless it names
	// a key (cr23a, issue 9); unencrypted exports are AWS-162's.
	{[]string{"aws_codebuild_report_group", "AWS::CodeBuild::ReportGroup"},
		setting.Both(setting.Is(parser.A("export_config.type", "ExportConfig.ExportConfigType"), "", "S3"),
			setting.Is(parser.A("export_config.s3_destination.encryption_disabled", "ExportConfig.S3Destination.EncryptionDisabled"), "false", "false")),
		parser.A("export_config.s3_destination.encryption_key", "ExportConfig.S3Destination.EncryptionKey"), "the exported reports are"},
	// An ActiveMQ broker uses an AWS owned key unless use_aws_owned_key is
	// false, then the AWS managed aws/mq key unless kms_key_id names one;
	// a RabbitMQ broker cannot take a key of the account.
	{[]string{"aws_mq_broker", "AWS::AmazonMQ::Broker"},
		setting.Is(parser.A("engine_type", "EngineType"), "", "ActiveMQ"),
		parser.A("encryption_options.kms_key_id", "EncryptionOptions.KmsKeyId"), "the broker's messages are"},
	{[]string{"aws_mwaa_environment", "AWS::MWAA::Environment"},
		nil, parser.A("kms_key", "KmsKey"), "the Airflow environment's data is"},
	{[]string{"aws_location_tracker", "AWS::Location::Tracker"},
		nil, parser.A("kms_key_id", "KmsKeyId"), "the tracker's position data is"},
	{[]string{"aws_location_geofence_collection", "AWS::Location::GeofenceCollection"},
		nil, parser.A("kms_key_id", "KmsKeyId"), "the geofence collection is"},
	// X-Ray encrypts traces with a key AWS owns unless its account-wide
	// encryption configuration is of type KMS with a key of the account.
	{[]string{"aws_xray_encryption_config"},
		nil, parser.A("key_id", ""), "the account's X-Ray traces are"},
	// App Runner keeps its copy of the service's source with an AWS owned
	// key, AppFlow a flow's data and CodeArtifact a domain's assets with
	// the aws/appflow and aws/codeartifact AWS managed keys, a Bedrock custom
	// model with an AWS owned key, unless a key is named (csp21a, issue 9).
	{[]string{"aws_apprunner_service", "AWS::AppRunner::Service"},
		nil, parser.A("encryption_configuration.kms_key", "EncryptionConfiguration.KmsKey"), "the service's copy of its source is"},
	{[]string{"aws_appflow_flow", "AWS::AppFlow::Flow"},
		nil, parser.A("kms_arn", "KMSArn"), "the flow's data is"},
	// A DMS replication instance's storage (and the endpoints' connection
	// settings) is encrypted with the aws/dms AWS managed key unless a key
	// is named (mon22a, issue 9).
	{[]string{"aws_dms_replication_instance", "AWS::DMS::ReplicationInstance"},
		nil, parser.A("kms_key_arn", "KmsKeyId"), "the replication instance's storage is"},
	// A SecureString parameter is encrypted with the AWS managed aws/ssm key
	// unless key_id names one (tc24, issue 9); String and StringList values
	// are not encrypted (AWS-153 reports secrets stored so). CloudFormation
	// cannot create SecureString parameters.
	{[]string{"aws_ssm_parameter"},
		setting.Is(parser.A("type", ""), "String", "SecureString"), parser.A("key_id", ""), "the SecureString parameter's value is"},
	{[]string{"aws_codeartifact_domain", "AWS::CodeArtifact::Domain"},
		nil, parser.A("encryption_key", "EncryptionKey"), "the domain's packages are"},
	{[]string{"aws_bedrock_custom_model"},
		nil, parser.A("custom_model_kms_key_id", ""), "the custom model is"},
	// Amazon Connect keeps call recordings, chat transcripts, reports and
	// attachments it writes to S3 under the bucket's own encryption, and
	// media streams in Kinesis Video Streams, unless the storage config
	// names a KMS key; a Customer Profiles domain uses an AWS managed key
	// unless it names one (csp21a, issue 9).
	{[]string{"aws_connect_instance_storage_config"},
		setting.Is(parser.A("storage_config.storage_type", ""), "", "S3"), parser.A("storage_config.s3_config.encryption_config.key_id", ""), "the instance's stored contact data is"},
	{[]string{"aws_connect_instance_storage_config"},
		setting.Is(parser.A("storage_config.storage_type", ""), "", "KINESIS_VIDEO_STREAM"), parser.A("storage_config.kinesis_video_stream_config.encryption_config.key_id", ""), "the instance's media streams are"},
	{[]string{"AWS::Connect::InstanceStorageConfig"},
		setting.Is(parser.A("", "StorageType"), "", "S3"), parser.A("", "S3Config.EncryptionConfig.KeyId"), "the instance's stored contact data is"},
	{[]string{"AWS::Connect::InstanceStorageConfig"},
		setting.Is(parser.A("", "StorageType"), "", "KINESIS_VIDEO_STREAM"), parser.A("", "KinesisVideoStreamConfig.EncryptionConfig.KeyId"), "the instance's media streams are"},
	{[]string{"aws_customerprofiles_domain", "AWS::CustomerProfiles::Domain"},
		nil, parser.A("default_encryption_key", "DefaultEncryptionKey"), "the domain's profiles are"},
	// A pipeline's artifacts are encrypted in its artifact store bucket
	// with aws/s3 unless the store names a key; the first artifact_store
	// block (ArtifactStores item) is judged.
	{[]string{"aws_codepipeline"},
		nil, parser.A("artifact_store.encryption_key.id", ""), "the pipeline's artifacts are"},
	{[]string{"AWS::CodePipeline::Pipeline"},
		setting.MustBeSet(parser.A("", "ArtifactStores")), parser.A("", "ArtifactStore.EncryptionKey.Id"), "the pipeline's artifacts are"},
	{[]string{"AWS::CodePipeline::Pipeline"},
		setting.Not(setting.MustBeSet(parser.A("", "ArtifactStores"))), parser.A("", "ArtifactStores.ArtifactStore.EncryptionKey.Id"), "the pipeline's artifacts are"},
}
