package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/tagging"
)

// tagTerraformTypes are common taggable aws resource types. Any other type
// is checked when some resource of it writes tags.
var tagTerraformTypes = []string{
	"aws_instance", "aws_launch_template", "aws_ebs_volume", "aws_ebs_snapshot", "aws_ami",
	"aws_s3_bucket", "aws_efs_file_system", "aws_fsx_lustre_file_system", "aws_fsx_windows_file_system",
	"aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_elasticache_replication_group",
	"aws_elasticache_cluster", "aws_redshift_cluster", "aws_docdb_cluster", "aws_neptune_cluster",
	"aws_opensearch_domain", "aws_elasticsearch_domain", "aws_dax_cluster",
	"aws_vpc", "aws_subnet", "aws_security_group", "aws_internet_gateway", "aws_nat_gateway", "aws_eip",
	"aws_route_table", "aws_network_acl", "aws_vpc_endpoint", "aws_ec2_transit_gateway",
	"aws_lb", "aws_alb", "aws_elb", "aws_lb_target_group", "aws_cloudfront_distribution",
	"aws_kms_key", "aws_secretsmanager_secret", "aws_ssm_parameter", "aws_acm_certificate",
	"aws_sqs_queue", "aws_sns_topic", "aws_kinesis_stream", "aws_kinesis_firehose_delivery_stream",
	"aws_msk_cluster", "aws_mq_broker",
	"aws_lambda_function", "aws_sfn_state_machine", "aws_api_gateway_rest_api", "aws_apigatewayv2_api",
	"aws_ecs_cluster", "aws_ecs_service", "aws_ecs_task_definition", "aws_ecr_repository",
	"aws_eks_cluster", "aws_eks_node_group", "aws_emr_cluster", "aws_sagemaker_notebook_instance",
	"aws_cloudwatch_log_group", "aws_cloudtrail", "aws_iam_role", "aws_iam_user",
	"aws_route53_zone", "aws_backup_vault", "aws_wafv2_web_acl", "aws_codebuild_project",
}

// tagCloudFormationTypes are common taggable CloudFormation types.
var tagCloudFormationTypes = []string{
	"AWS::EC2::Instance", "AWS::EC2::Volume", "AWS::S3::Bucket", "AWS::EFS::FileSystem",
	"AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::DynamoDB::Table", "AWS::ElastiCache::ReplicationGroup",
	"AWS::ElastiCache::CacheCluster", "AWS::Redshift::Cluster", "AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster",
	"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::DAX::Cluster",
	"AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::SecurityGroup", "AWS::EC2::InternetGateway",
	"AWS::EC2::NatGateway", "AWS::EC2::EIP", "AWS::EC2::RouteTable", "AWS::EC2::NetworkAcl", "AWS::EC2::TransitGateway",
	"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer",
	"AWS::ElasticLoadBalancingV2::TargetGroup", "AWS::CloudFront::Distribution",
	"AWS::KMS::Key", "AWS::SecretsManager::Secret", "AWS::SSM::Parameter", "AWS::CertificateManager::Certificate",
	"AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::Kinesis::Stream", "AWS::KinesisFirehose::DeliveryStream",
	"AWS::MSK::Cluster", "AWS::AmazonMQ::Broker",
	"AWS::Lambda::Function", "AWS::StepFunctions::StateMachine", "AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api",
	"AWS::ECS::Cluster", "AWS::ECS::Service", "AWS::ECS::TaskDefinition", "AWS::ECR::Repository",
	"AWS::EKS::Cluster", "AWS::EKS::Nodegroup", "AWS::EMR::Cluster", "AWS::SageMaker::NotebookInstance",
	"AWS::AutoScaling::AutoScalingGroup", "AWS::Logs::LogGroup", "AWS::CloudTrail::Trail",
	"AWS::IAM::Role", "AWS::IAM::User", "AWS::Route53::HostedZone", "AWS::Backup::BackupVault",
	"AWS::WAFv2::WebACL", "AWS::CodeBuild::Project",
}

// tagCloudFormationProperty names the tag property of the types whose
// property is not Tags.
var tagCloudFormationProperty = map[string]string{
	"AWS::EFS::FileSystem":     "FileSystemTags",
	"AWS::Route53::HostedZone": "HostedZoneTags",
	"AWS::Backup::BackupVault": "BackupVaultTags",
}

// tagUncheckedTypes take tags in a form of their own that default tags do
// not reach.
var tagUncheckedTypes = map[string]bool{"aws_autoscaling_group": true}

func tagIsAWS(r *parser.Resource) bool {
	if r.Format == parser.CloudFormation {
		return strings.HasPrefix(r.Type, "AWS::")
	}
	return strings.HasPrefix(r.Type, "aws_") && !tagUncheckedTypes[r.Type]
}

// tagAttr is the attribute or property that holds a resource's tags.
func tagAttr(r *parser.Resource) string {
	if r.Format == parser.CloudFormation {
		if a, ok := tagCloudFormationProperty[r.Type]; ok {
			return a
		}
		return "Tags"
	}
	return "tags"
}

// tagSpec reads an AWS resource's tags: those it writes, and in Terraform
// what a plan computed (tags_all) and the default_tags of its providers;
// in CloudFormation the tags of the stacks that nest it, which
// CloudFormation propagates. Resources SAM generates get the SAM
// resource's tags and are not judged.
var tagSpec = tagging.Spec{
	Noun:    "tags",
	Curated: append(append([]string(nil), tagTerraformTypes...), tagCloudFormationTypes...),
	Keep:    tagIsAWS,
	Attrs:   func(r *parser.Resource) []string { return []string{tagAttr(r)} },
	Read: func(p *engine.Pass, res *parser.Resource, keys *tagging.Keys) (*parser.Value, bool) {
		written := res.Body.Get(tagAttr(res))
		keys.Add(written)
		if res.Format == parser.CloudFormation {
			if tagGeneratedBySAM(res) {
				return nil, false
			}
			tagParentStacks(p, res, keys)
			return written, true
		}
		keys.Add(res.Body.Get("tags_all"))
		for _, prov := range tagging.Providers(p, res, "aws") {
			tagging.AddDefaults(keys, prov, "default_tags", "tags")
		}
		return written, true
	},
}

// tagParentStacks adds the Tags of the AWS::CloudFormation::Stack
// resources that nest res: CloudFormation propagates them to the nested
// stack's resources. A parent that cannot be found makes the keys unknown.
func tagParentStacks(p *engine.Pass, res *parser.Resource, keys *tagging.Keys) {
	if len(res.Calls) == 0 {
		return
	}
	stacks := engine.Memo(p, "tag-stacks", func() map[string][]*parser.Resource {
		m := map[string][]*parser.Resource{}
		for _, r := range p.All() {
			if r.Format == parser.CloudFormation && r.Type == "AWS::CloudFormation::Stack" {
				k := r.Root + "\x00" + r.Address
				m[k] = append(m[k], r)
			}
		}
		return m
	})
	for _, c := range res.Calls {
		parents := stacks[res.Root+"\x00"+c.Note]
		if len(parents) == 0 {
			keys.Hide(nil, "the stack that nests it ("+c.Note+") is not in the scan")
			return
		}
		for _, st := range parents {
			keys.Add(st.Body.Get("Tags"))
		}
	}
}

// tagGeneratedBySAM reports whether res is a resource SAM generates beside
// the one a SAM resource becomes (its role, stage, URL...), or an implicit
// API: SAM propagates the SAM resource's tags to them.
func tagGeneratedBySAM(res *parser.Resource) bool { return res.Generated != "" }
