package aws

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
)

// What the per-root rules below read (engine.Rule's Reads and Alone), for
// the rules whose checks were written without a declaration (issue 10:
// the engine drops the values of a type once every rule that reads it has
// run, and a rule that declares nothing keeps its whole root alive until
// it has run).
//
// Each list is the resource types whose bodies the rule's check, and what
// it calls, read: the types it asks the Pass for (ResourcesOfType,
// OfType, InRoot, DataSourcesOfType, KnownResources, the types given to
// Referrers and Referenced, the facts it asks for) and those whose bodies
// it reads across an edge. They were found by reading the checks, by
// listing the type names each check can reach in the code, and by
// recording the types each rule asked for on the fixtures and the
// real-world corpus (perf28a, session 28); Config.CheckReads, which the
// fixture tests run, keeps them from going stale. A type the rule only
// compares with another resource's type is not listed: the KMS key types
// a key setting may be computed from (declaredKeys), the edges' other
// ends whose bodies are not read, the types Root.Deploys looks for in the
// missing-control rules (the awscc_ types among them are listed, cheap).
//
// Alone marks the rules that judge each resource by itself.

// declared is what a rule reads.
type declared struct {
	alone bool
	reads []string
	// referenced are the types read only through references
	// (Rule.ReadsReferenced).
	referenced []string
}

// kmsKeyData are the KMS data sources whose key_id or name tell whether a
// key setting read from them is an AWS managed key (customerKey,
// keyReadByAlias): every rule that judges keys under require-customer-key
// reads them.
var kmsKeyData = []string{"aws_kms_key", "aws_kms_alias"}

// logGroupTypes are the CloudWatch log groups.
var logGroupTypes = []string{"aws_cloudwatch_log_group", "AWS::Logs::LogGroup"}

// cloudFrontTypes are the distributions the CloudFront rules judge.
var cloudFrontTypes = []string{"aws_cloudfront_distribution", "AWS::CloudFront::Distribution"}

// iamIdentityPolicyReads are the identity policies the IAM statement rules
// read (identityPolicySources, polStatements), with the
// aws_iam_policy_document data sources that build them.
var iamIdentityPolicyReads = []string{
	"aws_iam_group_policy", "aws_iam_policy", "aws_iam_policy_document", "aws_iam_role", "aws_iam_role_policy",
	"aws_iam_user_policy", "aws_ssoadmin_permission_set_inline_policy", "AWS::IAM::Group",
	"AWS::IAM::GroupPolicy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role",
	"AWS::IAM::RolePolicy", "AWS::IAM::User", "AWS::IAM::UserPolicy", "AWS::SSO::PermissionSet",
}

// resourcePolicyReads are the resources holding a resource policy
// (resourcePolicyAttrs, which AWS-114 and AWS-464 judge), the IAM policies
// and policy documents their statements may come from (polStatements), and
// more.
func resourcePolicyReads(more ...string) []string {
	reads := append([]string{"aws_iam_policy", "aws_iam_policy_document"}, more...)
	for t := range resourcePolicyAttrs {
		reads = append(reads, t)
	}
	slices.Sort(reads)
	return reads
}

// trailTypes are the CloudTrail trails the event-selector rules judge,
// each with the other trails of its root.
var trailTypes = []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"}

// perRootReads are the declarations, by rule id.
var perRootReads = map[string]declared{
	// checkHardcodedCredentials: the settings of every aws_ resource and
	// every CloudFormation resource, each alone (a key id with a secret
	// beside it, wherever it is pasted), and the provider configurations
	// the aws_ resources use, found by their types and providers alone
	// (Pass.ProvidersUsed), which reads no body.
	"AWS-117": {alone: true, reads: []string{"aws_*", engine.ReadsCloudFormation}},
	// checkSecretNeverRotated with the secretRotations fact: the secrets,
	// the rotations, and the secret versions and target attachments a
	// rotation may name its secret through. The secret versions whose
	// secret_string holds only identifiers (tfSecretHoldsIdentifiers)
	// read the body of whatever resource that string refers to, of any
	// Terraform type (a database's address, a bucket's name), and a
	// template's secret reads the type and logical id of what its
	// SecretString refers to: every type, read only through a reference
	// (Rule.ReadsReferenced).
	"AWS-302": {reads: []string{
		"aws_secretsmanager_secret", "aws_secretsmanager_secret_rotation", "aws_secretsmanager_secret_version",
		"AWS::SecretsManager::RotationSchedule", "AWS::SecretsManager::Secret",
		"AWS::SecretsManager::SecretTargetAttachment",
	}, referenced: []string{engine.ReadsAll}},
	// checkParameterEchoed: the template parameters, properties as written
	// and metadata of every CloudFormation resource, a parameter being
	// judged at the first resource that uses it.
	"AWS-319": {reads: []string{engine.ReadsCloudFormation}},
	// checkUnencryptedBlockStorage, checkBlockStorageCustomerKey
	"AWS-002": {reads: append([]string{
		"aws_ami", "aws_ami_copy", "aws_dlm_lifecycle_policy", "aws_ebs_default_kms_key",
		"aws_ebs_encryption_by_default", "aws_ebs_snapshot", "aws_ebs_snapshot_copy", "aws_ebs_volume",
		"aws_instance", "aws_launch_configuration", "aws_launch_template", "aws_spot_fleet_request",
		"aws_spot_instance_request", "AWS::AutoScaling::LaunchConfiguration", "AWS::DLM::LifecyclePolicy",
		"AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::EC2::SpotFleet", "AWS::EC2::Volume",
	}, kmsKeyData...)},
	// checkWildcardIAM
	"AWS-003": {reads: []string{
		"aws_iam_group", "aws_iam_group_policy", "aws_iam_group_policy_attachment",
		"aws_iam_group_policy_attachments_exclusive", "aws_iam_policy", "aws_iam_policy_attachment",
		"aws_iam_policy_document", "aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment",
		"aws_iam_role_policy_attachments_exclusive", "aws_iam_user", "aws_iam_user_policy",
		"aws_iam_user_policy_attachment", "aws_iam_user_policy_attachments_exclusive",
		"aws_ssoadmin_managed_policy_attachment", "aws_ssoadmin_permission_set_inline_policy", "AWS::IAM::Group",
		"AWS::IAM::GroupPolicy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role",
		"AWS::IAM::RolePolicy", "AWS::IAM::User", "AWS::IAM::UserPolicy", "AWS::SSO::PermissionSet",
	}},
	// checkS3PublicBucket
	"AWS-004": {reads: []string{
		"aws_cloudtrail", "aws_iam_policy_document", "aws_s3_account_public_access_block", "aws_s3_bucket",
		"aws_s3_bucket_acl", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_policy",
		"aws_s3_bucket_public_access_block", "aws_s3_directory_bucket", "AWS::CloudTrail::Trail",
		"AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::S3Express::DirectoryBucket",
	}},
	// checkS3MissingDefaultEncryption, s3MissingDefaultEncryption
	"AWS-006": {reads: append([]string{
		"aws_alb", "aws_cloudfront_distribution", "aws_cloudtrail", "aws_config_delivery_channel", "aws_elb",
		"aws_flow_log", "aws_lb", "aws_s3_bucket", "aws_s3_bucket_logging",
		"aws_s3_bucket_server_side_encryption_configuration", "aws_wafv2_web_acl_logging_configuration",
		"AWS::CloudFront::Distribution", "AWS::CloudTrail::Trail", "AWS::Config::DeliveryChannel",
		"AWS::EC2::FlowLog", "AWS::ElasticLoadBalancing::LoadBalancer",
		"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::S3::Bucket", "AWS::WAFv2::LoggingConfiguration",
	}, kmsKeyData...)},
	// checkS3LogBucketWithoutObjectLock
	"AWS-009": {reads: []string{
		"aws_alb", "aws_cloudfront_distribution", "aws_cloudtrail", "aws_config_delivery_channel", "aws_elb",
		"aws_flow_log", "aws_lb", "aws_s3_bucket", "aws_s3_bucket_logging",
		"aws_s3_bucket_object_lock_configuration", "aws_wafv2_web_acl_logging_configuration",
		"AWS::CloudFront::Distribution", "AWS::CloudTrail::Trail", "AWS::Config::DeliveryChannel",
		"AWS::EC2::FlowLog", "AWS::ElasticLoadBalancing::LoadBalancer",
		"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::S3::Bucket", "AWS::WAFv2::LoggingConfiguration",
	}},
	// checkNetMissingWAF
	"AWS-011": {reads: []string{
		"aws_alb", "aws_api_gateway_rest_api", "aws_api_gateway_stage", "aws_cloudfront_distribution", "aws_lb",
		"aws_wafregional_web_acl_association", "aws_wafv2_web_acl_association", "AWS::ApiGateway::RestApi",
		"AWS::ApiGateway::Stage", "AWS::CloudFront::Distribution", "AWS::ElasticLoadBalancingV2::LoadBalancer",
		"AWS::WAFRegional::WebACLAssociation", "AWS::WAFv2::WebACLAssociation",
	}},
	// checkLogCloudTrail
	"AWS-015": {reads: []string{
		"aws_cloudtrail", "awscc_cloudtrail_trail", "AWS::CloudTrail::Trail",
	}},
	// checkLogGuardDuty
	"AWS-017": {reads: []string{
		"aws_guardduty_detector", "aws_guardduty_detector_feature", "aws_guardduty_organization_configuration",
		"awscc_guardduty_detector", "AWS::GuardDuty::Detector",
	}},
	// checkLogSecurityHub
	"AWS-018": {reads: []string{
		"aws_securityhub_account", "awscc_securityhub_hub", "AWS::SecurityHub::Hub",
	}},
	// checkLogRetention
	"AWS-020": {alone: true, reads: logGroupTypes},
	// dbPublicRDS
	"AWS-023": {reads: []string{
		"aws_db_instance", "aws_lightsail_database", "aws_neptune_cluster_instance", "aws_rds_cluster",
		"aws_rds_cluster_instance", "aws_timestreaminfluxdb_db_instance", "AWS::EC2::InternetGateway",
		"AWS::EC2::Subnet", "AWS::EC2::VPC", "AWS::EC2::VPCGatewayAttachment", "AWS::Lightsail::Database",
		"AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::RDS::DBSubnetGroup",
		"AWS::Timestream::InfluxDBInstance",
	}},
	// checkTLSListenerWithoutTLS
	"AWS-026": {reads: []string{
		"aws_alb", "aws_alb_listener", "aws_alb_listener_rule", "aws_elastic_beanstalk_environment", "aws_elb",
		"aws_lb", "aws_lb_listener", "aws_lb_listener_rule", "AWS::ElasticBeanstalk::Environment",
		"AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::Listener",
		"AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::ElasticLoadBalancingV2::LoadBalancer",
	}},
	// checkTLSOutdatedPolicy
	"AWS-027": {reads: []string{
		"aws_alb_listener", "aws_api_gateway_domain_name", "aws_apigatewayv2_domain_name",
		"aws_cloudfront_distribution", "aws_elb", "aws_lb_listener", "aws_lb_ssl_negotiation_policy",
		"aws_load_balancer_listener_policy", "aws_load_balancer_policy", "AWS::ApiGateway::DomainName",
		"AWS::ApiGatewayV2::DomainName", "AWS::CloudFront::Distribution",
		"AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::Listener",
	}},
	// checkTLSCloudFrontAllowAll
	"AWS-028": {alone: true, reads: cloudFrontTypes},
	// checkIAMConsoleWithoutMFA
	"AWS-030": {reads: []string{
		"aws_iam_group", "aws_iam_group_membership", "aws_iam_group_policy", "aws_iam_group_policy_attachment",
		"aws_iam_group_policy_attachments_exclusive", "aws_iam_policy", "aws_iam_policy_attachment",
		"aws_iam_user", "aws_iam_user_group_membership", "aws_iam_user_login_profile", "aws_iam_user_policy",
		"aws_iam_user_policy_attachment", "aws_iam_user_policy_attachments_exclusive", "AWS::IAM::Group",
		"AWS::IAM::GroupPolicy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::User",
		"AWS::IAM::UserPolicy", "AWS::IAM::UserToGroupAddition", "AWS::IAM::VirtualMFADevice",
	}},
	// checkIAMUserDeclared
	"AWS-031": {alone: true, reads: []string{
		"aws_iam_user", "AWS::IAM::User",
	}},
	// checkIAMAccessKeyDeclared
	"AWS-034": {alone: true, reads: []string{
		"aws_iam_access_key", "aws_iam_service_specific_credential", "AWS::IAM::AccessKey",
	}},
	// dataSQSEncryptionDisabled
	"AWS-040": {reads: append([]string{
		"aws_sqs_queue", "AWS::SQS::Queue",
	}, kmsKeyData...)},
	// iamAllowNotAction
	"AWS-110": {reads: []string{
		"aws_backup_vault_policy", "aws_cloudwatch_event_bus_policy", "aws_cloudwatch_log_destination_policy",
		"aws_dynamodb_resource_policy", "aws_ecr_repository_policy", "aws_efs_file_system_policy",
		"aws_elasticsearch_domain", "aws_elasticsearch_domain_policy", "aws_glacier_vault",
		"aws_glue_resource_policy", "aws_iam_group_policy", "aws_iam_policy", "aws_iam_policy_document",
		"aws_iam_role", "aws_iam_role_policy", "aws_iam_user_policy", "aws_kms_key", "aws_kms_key_policy",
		"aws_opensearch_domain", "aws_opensearch_domain_policy", "aws_s3_bucket", "aws_s3_bucket_policy",
		"aws_secretsmanager_secret", "aws_secretsmanager_secret_policy", "aws_ses_identity_policy",
		"aws_sns_topic", "aws_sns_topic_policy", "aws_sqs_queue", "aws_sqs_queue_policy",
		"aws_ssoadmin_permission_set_inline_policy", "AWS::Backup::BackupVault", "AWS::DynamoDB::Table",
		"AWS::ECR::Repository", "AWS::EFS::FileSystem", "AWS::Elasticsearch::Domain", "AWS::Events::EventBus",
		"AWS::IAM::Group", "AWS::IAM::GroupPolicy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy",
		"AWS::IAM::Role", "AWS::IAM::RolePolicy", "AWS::IAM::User", "AWS::IAM::UserPolicy", "AWS::KMS::Key",
		"AWS::Logs::Destination", "AWS::OpenSearchService::Domain", "AWS::S3::BucketPolicy",
		"AWS::SNS::TopicInlinePolicy", "AWS::SNS::TopicPolicy", "AWS::SQS::QueueInlinePolicy",
		"AWS::SQS::QueuePolicy", "AWS::SSO::PermissionSet", "AWS::SecretsManager::ResourcePolicy",
	}},
	// iamPassRoleAnyResource
	"AWS-111": {reads: iamIdentityPolicyReads},
	// iamTrustAnyone
	"AWS-112": {reads: []string{
		"aws_iam_policy", "aws_iam_policy_document", "aws_iam_role", "AWS::IAM::Role",
	}},
	// iamResourcePolicyPublic
	"AWS-114": {reads: resourcePolicyReads(
		"aws_api_gateway_method", "aws_api_gateway_rest_api", "aws_api_gateway_rest_api_policy", // apiPolicyPublic
		"AWS::ApiGateway::Method", "AWS::ApiGateway::RestApi",
		"aws_lambda_layer_version_permission", "AWS::Lambda::LayerVersionPermission", // layerPublic
		"aws_cloudwatch_event_permission", "AWS::Events::EventBusPolicy", // eventBusPermissionPublic
	)},
	// checkNetACLOpenAdminPort
	"AWS-115": {reads: []string{
		"aws_default_network_acl", "aws_network_acl", "aws_network_acl_rule", "AWS::EC2::NetworkAcl",
		"AWS::EC2::NetworkAclEntry",
	}},
	// netLegacyDBSecurityGroupOpen
	"AWS-116": {reads: []string{
		"aws_db_security_group", "aws_redshift_security_group", "AWS::RDS::DBSecurityGroup",
		"AWS::RDS::DBSecurityGroupIngress", "AWS::Redshift::ClusterSecurityGroupIngress",
	}},
	// checkAPIWithoutWAF
	"AWS-118": {reads: []string{
		"aws_apprunner_service", "aws_appsync_graphql_api", "aws_cognito_user_pool",
		"aws_wafregional_web_acl_association", "aws_wafv2_web_acl_association", "AWS::AppRunner::Service",
		"AWS::AppSync::GraphQLApi", "AWS::Cognito::UserPool", "AWS::WAFRegional::WebACLAssociation",
		"AWS::WAFv2::WebACLAssociation",
	}},
	// checkGitHubOIDCTrust, iamGitHubOIDCWithoutSubject
	"AWS-119": {reads: []string{
		"aws_iam_openid_connect_provider", "aws_iam_policy_document", "aws_iam_role", "AWS::IAM::OIDCProvider",
		"AWS::IAM::Role",
	}},
	// redshiftEncryptionDisabled
	"AWS-140": {reads: append([]string{
		"aws_redshift_cluster", "AWS::Redshift::Cluster",
	}, kmsKeyData...)},
	// snsTopicNotEncrypted
	"AWS-141": {reads: append([]string{
		"aws_sns_topic", "AWS::SNS::Topic",
	}, kmsKeyData...)},
	// checkDBParameterGroupSSL
	"AWS-146": {reads: []string{
		"aws_db_instance", "aws_db_parameter_group", "aws_docdb_cluster_parameter_group", "aws_rds_cluster",
		"aws_rds_cluster_parameter_group", "aws_redshift_parameter_group", "aws_redshiftserverless_workgroup",
		"AWS::DocDB::DBClusterParameterGroup", "AWS::RDS::DBCluster", "AWS::RDS::DBClusterParameterGroup",
		"AWS::RDS::DBInstance", "AWS::RDS::DBParameterGroup", "AWS::Redshift::ClusterParameterGroup",
		"AWS::RedshiftServerless::Workgroup",
	}},
	// logGroupWithoutKMS
	"AWS-150": {alone: true, reads: logGroupTypes},
	// backupVaultWithoutKMS
	"AWS-152": {alone: true, reads: []string{
		"aws_backup_vault", "AWS::Backup::BackupVault",
	}},
	// glueEncryptionDisabled
	"AWS-154": {reads: append([]string{
		"aws_glue_data_catalog_encryption_settings", "aws_glue_security_configuration",
		"AWS::Glue::DataCatalogEncryptionSettings", "AWS::Glue::SecurityConfiguration",
	}, kmsKeyData...)},
	// athenaResultsNotEncrypted
	"AWS-155": {reads: append([]string{
		"aws_athena_database", "aws_athena_workgroup", "AWS::Athena::WorkGroup",
	}, kmsKeyData...)},
	// ecrRepositoryWithoutKMS
	"AWS-159": {reads: append([]string{
		"aws_ecr_repository", "AWS::ECR::Repository",
	}, kmsKeyData...)},
	// dynamoDBOwnedKeyOnly
	"AWS-164": {reads: append([]string{
		"aws_dynamodb_table", "AWS::DynamoDB::Table",
	}, kmsKeyData...)},
	// secretsManagerDefaultKey
	"AWS-165": {reads: append([]string{
		"aws_secretsmanager_secret", "AWS::SecretsManager::Secret",
	}, kmsKeyData...)},
	// checkCDNOriginOverHTTP
	"AWS-168": {alone: true, reads: cloudFrontTypes},
	// dataStoreWithoutCustomerKey
	"AWS-169": {reads: append([]string{
		"aws_appflow_flow", "aws_apprunner_service", "aws_bedrock_custom_model", "aws_bedrock_guardrail",
		"aws_bedrockagent_agent", "aws_bedrockagent_data_source", "aws_bedrockagentcore_gateway",
		"aws_bedrockagentcore_memory", "aws_cloudtrail_event_data_store", "aws_codeartifact_domain",
		"aws_codebuild_project", "aws_codebuild_report_group", "aws_codepipeline",
		"aws_connect_instance_storage_config", "aws_customerprofiles_domain", "aws_db_cluster_snapshot",
		"aws_db_instance", "aws_db_snapshot", "aws_db_snapshot_copy", "aws_dms_replication_instance",
		"aws_docdb_cluster", "aws_efs_file_system", "aws_elasticache_replication_group",
		"aws_elasticsearch_domain", "aws_elastictranscoder_pipeline", "aws_fsx_lustre_file_system",
		"aws_fsx_ontap_file_system", "aws_fsx_openzfs_file_system", "aws_fsx_windows_file_system",
		"aws_imagebuilder_component", "aws_kendra_index", "aws_keyspaces_table", "aws_kinesis_stream",
		"aws_kinesis_video_stream", "aws_location_geofence_collection", "aws_location_tracker",
		"aws_memorydb_cluster", "aws_memorydb_snapshot", "aws_mq_broker", "aws_mwaa_environment",
		"aws_neptune_cluster", "aws_networkfirewall_firewall", "aws_networkfirewall_firewall_policy",
		"aws_networkfirewall_rule_group", "aws_opensearch_domain", "aws_opensearchserverless_security_policy",
		"aws_qldb_ledger", "aws_rds_cluster", "aws_rds_cluster_snapshot_copy", "aws_redshift_cluster",
		"aws_redshiftserverless_namespace", "aws_s3_bucket_object", "aws_s3_object", "aws_s3_object_copy",
		"aws_sagemaker_domain", "aws_ssm_parameter", "aws_timestreamwrite_database", "aws_xray_encryption_config",
		"AWS::AmazonMQ::Broker", "AWS::AppFlow::Flow", "AWS::AppRunner::Service", "AWS::Bedrock::Agent",
		"AWS::Bedrock::DataSource", "AWS::Bedrock::Guardrail", "AWS::BedrockAgentCore::Gateway",
		"AWS::BedrockAgentCore::Memory", "AWS::Cassandra::Table", "AWS::CloudTrail::EventDataStore",
		"AWS::CodeArtifact::Domain", "AWS::CodeBuild::Project", "AWS::CodeBuild::ReportGroup",
		"AWS::CodePipeline::Pipeline", "AWS::Connect::InstanceStorageConfig", "AWS::CustomerProfiles::Domain",
		"AWS::DMS::ReplicationInstance", "AWS::DocDB::DBCluster", "AWS::EFS::FileSystem",
		"AWS::ElastiCache::ReplicationGroup", "AWS::Elasticsearch::Domain", "AWS::FSx::FileSystem",
		"AWS::HealthLake::FHIRDatastore", "AWS::ImageBuilder::Component", "AWS::Kendra::Index",
		"AWS::Kinesis::Stream", "AWS::KinesisVideo::Stream", "AWS::Location::GeofenceCollection",
		"AWS::Location::Tracker", "AWS::MWAA::Environment", "AWS::MemoryDB::Cluster", "AWS::Neptune::DBCluster",
		"AWS::OpenSearchServerless::SecurityPolicy", "AWS::OpenSearchService::Domain", "AWS::QLDB::Ledger",
		"AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Redshift::Cluster",
		"AWS::RedshiftServerless::Namespace", "AWS::SageMaker::Domain", "AWS::Timestream::Database",
	}, kmsKeyData...)},
	// logLoadBalancerAccessLogs
	"AWS-180": {reads: []string{
		"aws_alb", "aws_alb_listener", "aws_elastic_beanstalk_environment", "aws_elb", "aws_lb", "aws_lb_listener",
		"AWS::ElasticBeanstalk::Environment", "AWS::ElasticLoadBalancing::LoadBalancer",
		"AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::LoadBalancer",
	}},
	// logCloudFrontAccessLogs
	"AWS-181": {reads: []string{
		"aws_cloudfront_distribution", "aws_cloudwatch_log_delivery", "aws_cloudwatch_log_delivery_source",
		"AWS::CloudFront::Distribution", "AWS::Logs::Delivery", "AWS::Logs::DeliverySource",
	}},
	// logRedshiftAuditLogging
	"AWS-185": {reads: []string{
		"aws_redshift_cluster", "aws_redshift_logging", "aws_redshiftserverless_namespace",
		"AWS::Redshift::Cluster", "AWS::RedshiftServerless::Namespace",
	}},
	// logWAFLogging
	"AWS-189": {reads: []string{
		"aws_waf_web_acl", "aws_wafregional_web_acl", "aws_wafv2_web_acl",
		"aws_wafv2_web_acl_logging_configuration", "AWS::WAFv2::LoggingConfiguration", "AWS::WAFv2::WebACL",
	}},
	// logRoute53QueryLogging
	"AWS-190": {reads: []string{
		"aws_route53_query_log", "aws_route53_zone", "AWS::Route53::HostedZone",
	}},
	// checkLogBucketShortLifecycle
	"AWS-193": {reads: []string{
		"aws_alb", "aws_cloudfront_distribution", "aws_cloudtrail", "aws_config_delivery_channel", "aws_elb",
		"aws_flow_log", "aws_lb", "aws_s3_bucket", "aws_s3_bucket_lifecycle_configuration",
		"aws_s3_bucket_logging", "aws_wafv2_web_acl_logging_configuration", "AWS::CloudFront::Distribution",
		"AWS::CloudTrail::Trail", "AWS::Config::DeliveryChannel", "AWS::EC2::FlowLog",
		"AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::S3::Bucket",
		"AWS::WAFv2::LoggingConfiguration",
	}},
	// iamPrivilegeEscalation
	"AWS-203": {reads: iamIdentityPolicyReads},
	// netSearchServerlessPublic
	"AWS-205": {alone: true, reads: []string{
		"aws_opensearchserverless_security_policy", "AWS::OpenSearchServerless::SecurityPolicy",
	}},
	// netAPIMethodOpen
	"AWS-207": {reads: []string{
		"aws_api_gateway_method", "aws_api_gateway_rest_api", "aws_api_gateway_rest_api_policy",
		"aws_apigatewayv2_api", "aws_apigatewayv2_route", "aws_iam_policy", "aws_iam_policy_document",
		"AWS::ApiGateway::Method", "AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api",
		"AWS::ApiGatewayV2::Route",
	}},
	// dataLambdaEnvironmentKey
	"AWS-208": {alone: true, reads: []string{
		"aws_lambda_function", "AWS::Lambda::Function",
	}},
	// checkSQSPolicyAllActions
	"AWS-212": {reads: []string{
		"aws_iam_policy", "aws_iam_policy_document", "aws_sqs_queue", "aws_sqs_queue_policy",
		"AWS::SQS::QueuePolicy",
	}},
	// checkIAMReadEverySecret
	"AWS-215": {reads: []string{
		"aws_iam_group_policy", "aws_iam_group_policy_attachment", "aws_iam_group_policy_attachments_exclusive",
		"aws_iam_policy", "aws_iam_policy_attachment", "aws_iam_policy_document", "aws_iam_role",
		"aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_role_policy_attachments_exclusive",
		"aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_user_policy_attachments_exclusive",
		"aws_ssoadmin_managed_policy_attachment", "aws_ssoadmin_permission_set_inline_policy", "AWS::IAM::Group",
		"AWS::IAM::GroupPolicy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role",
		"AWS::IAM::RolePolicy", "AWS::IAM::User", "AWS::IAM::UserPolicy", "AWS::SSO::PermissionSet",
	}},
	// checkTrailS3DataEvents
	"AWS-216": {reads: trailTypes},
	// checkIoTPolicyWildcard
	"AWS-219": {reads: []string{
		"aws_iam_policy", "aws_iam_policy_document", "aws_iot_policy", "AWS::IoT::Policy",
	}},
	// checkWebACLWithoutRules
	"AWS-243": {reads: []string{
		"aws_waf_web_acl", "aws_wafregional_web_acl", "aws_wafv2_web_acl",
		"aws_wafv2_web_acl_rule_group_association", "AWS::WAF::WebACL", "AWS::WAFRegional::WebACL",
		"AWS::WAFv2::WebACL",
	}},
	// iamRoleCodeTakeover
	"AWS-252": {reads: iamIdentityPolicyReads},
	// checkDefaultSecurityGroupRules
	"AWS-253": {reads: []string{
		"aws_db_instance", "aws_db_subnet_group", "aws_default_security_group", "aws_default_vpc", "aws_instance",
		"aws_launch_template", "aws_network_interface", "aws_network_interface_sg_attachment", "aws_rds_cluster",
		"aws_security_group", "aws_security_group_rule", "aws_subnet", "aws_vpc",
		"aws_vpc_security_group_egress_rule", "aws_vpc_security_group_ingress_rule", "AWS::EC2::Instance",
		"AWS::EC2::LaunchTemplate", "AWS::EC2::NetworkInterface", "AWS::EC2::SecurityGroup",
		"AWS::EC2::SecurityGroupEgress", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::Subnet", "AWS::EC2::VPC",
		"AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::RDS::DBSubnetGroup",
	}},
	// checkBucketsOutsideDataEvents
	"AWS-254": {reads: []string{
		"aws_cloudtrail", "aws_s3_bucket", "AWS::CloudTrail::Trail", "AWS::S3::Bucket",
	}},
	// checkIAMEveryActionOnNamedResources
	"AWS-271": {reads: iamIdentityPolicyReads},
	// checkNetworkFirewallLogging
	"AWS-272": {reads: []string{
		"aws_networkfirewall_firewall", "aws_networkfirewall_logging_configuration",
		"AWS::NetworkFirewall::Firewall", "AWS::NetworkFirewall::LoggingConfiguration",
	}},
	// checkTrailS3WriteEvents
	"AWS-273": {reads: trailTypes},
	// mskWithoutCustomerKey
	"AWS-279": {reads: append([]string{
		"aws_msk_cluster", "AWS::MSK::Cluster",
	}, kmsKeyData...)},
	// performanceInsightsWithoutCustomerKey
	"AWS-280": {reads: append([]string{
		"aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance", "AWS::RDS::DBCluster",
		"AWS::RDS::DBInstance",
	}, kmsKeyData...)},
	// checkIAMShareAnyResource
	"AWS-293": {reads: iamIdentityPolicyReads},
	// checkIAMAnyUserCredentials
	"AWS-294": {reads: iamIdentityPolicyReads},
	// checkIAMWriteEveryBucket
	"AWS-295": {reads: iamIdentityPolicyReads},
	// checkCDNOriginSSLv3
	"AWS-301": {alone: true, reads: cloudFrontTypes},
	// checkAccessAnalyzer
	"AWS-303": {reads: []string{
		"aws_accessanalyzer_analyzer", "awscc_accessanalyzer_analyzer", "AWS::AccessAnalyzer::Analyzer",
	}},
	// imdsV1Allowed
	"AWS-311": {reads: []string{
		"aws_ami", "aws_appstream_fleet", "aws_ec2_instance_metadata_defaults", "aws_instance",
		"aws_launch_configuration", "aws_launch_template", "aws_sagemaker_notebook_instance", "aws_ssm_parameter",
		"AWS::AutoScaling::LaunchConfiguration", "AWS::EC2::LaunchTemplate", "AWS::SageMaker::NotebookInstance",
	}},
	// checkS3PolicyAllActions
	"AWS-320": {reads: []string{
		"aws_iam_policy", "aws_iam_policy_document", "aws_s3_bucket", "aws_s3_bucket_policy",
		"AWS::S3::BucketPolicy",
	}},
	// checkPGStatementLogging
	"AWS-325": {reads: []string{
		"aws_db_instance", "aws_db_parameter_group", "aws_docdb_cluster_parameter_group", "aws_rds_cluster",
		"aws_rds_cluster_instance", "aws_rds_cluster_parameter_group", "aws_redshift_parameter_group",
		"AWS::DocDB::DBClusterParameterGroup", "AWS::RDS::DBCluster", "AWS::RDS::DBClusterParameterGroup",
		"AWS::RDS::DBInstance", "AWS::RDS::DBParameterGroup", "AWS::Redshift::ClusterParameterGroup",
	}},
	// checkTrailManagementEvents
	"AWS-328": {reads: trailTypes},
	// checkAPIGatewayExecutionLogging
	"AWS-334": {reads: []string{
		"aws_api_gateway_method_settings", "aws_api_gateway_stage", "aws_apigatewayv2_api",
		"aws_apigatewayv2_stage", "AWS::ApiGateway::Deployment", "AWS::ApiGateway::Stage",
		"AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Stage",
	}},
	// checkAuroraMySQLAudit
	"AWS-346": {reads: []string{
		"aws_db_instance", "aws_db_option_group", "aws_rds_cluster", "aws_rds_cluster_parameter_group",
		"AWS::RDS::DBCluster", "AWS::RDS::DBClusterParameterGroup", "AWS::RDS::DBInstance",
		"AWS::RDS::OptionGroup",
	}},
	// cdnS3OriginWithoutAccessControl, checkCDNS3OriginAccess
	"AWS-350": {reads: []string{
		"aws_cloudfront_distribution", "aws_s3_bucket", "AWS::CloudFront::Distribution", "AWS::S3::Bucket",
	}},
	// checkIAMDecryptEveryKey
	"AWS-361": {reads: iamIdentityPolicyReads},
	// rdsWithoutIAMAuthentication
	"AWS-391": {reads: []string{
		"aws_db_instance", "aws_neptune_cluster", "aws_rds_cluster", "AWS::Neptune::DBCluster",
		"AWS::RDS::DBCluster", "AWS::RDS::DBInstance",
	}},
	// checkInternalListenerWithoutTLS
	"AWS-416": {reads: []string{
		"aws_alb", "aws_alb_listener", "aws_alb_listener_rule", "aws_elb", "aws_lb", "aws_lb_listener",
		"aws_lb_listener_rule", "AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::Listener",
		"AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::ElasticLoadBalancingV2::LoadBalancer",
	}},
	// checkResourcePolicyAllActions
	"AWS-464": {reads: resourcePolicyReads("aws_caller_identity")},
}

// declareReads gives the rules of rs that perRootReads names their
// declaration. A rule that declares already is a mistake: its declaration
// belongs in one place.
func declareReads(rs []*engine.Rule) {
	for _, r := range rs {
		d, ok := perRootReads[r.ID]
		if !ok {
			continue
		}
		if r.Reads != nil {
			panic("rule " + r.ID + " declares Reads twice")
		}
		r.Reads, r.Alone, r.ReadsReferenced = d.reads, d.alone, d.referenced
	}
}
