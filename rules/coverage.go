package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

// The coverage matrix of docs/rules/README.md: for each checklist item and
// service, the rules that judge it in each column (AWS Terraform, AWS
// CloudFormation, Azure, GCP), so that a missing cell shows.

// Column is one column of the coverage matrix: a cloud and, for AWS, a
// format.
type Column int

// The columns, in the order the matrix shows them.
const (
	AWSTerraform Column = iota
	AWSCloudFormation
	Azure
	GCP
	numColumns
)

var columnNames = [numColumns]string{"AWS Terraform", "AWS CloudFormation", "Azure", "GCP"}

func (c Column) String() string {
	if c >= 0 && c < numColumns {
		return columnNames[c]
	}
	return fmt.Sprintf("column(%d)", int(c))
}

// ColumnOf returns the column of a resource type, from its provider prefix
// ("aws_", "AWS::", "azurerm_", "google_"); false for other types.
func ColumnOf(resourceType string) (Column, bool) {
	switch {
	case strings.HasPrefix(resourceType, "AWS::"):
		return AWSCloudFormation, true
	case strings.HasPrefix(resourceType, "aws_"), strings.HasPrefix(resourceType, "awscc_"):
		return AWSTerraform, true
	case strings.HasPrefix(resourceType, "azurerm_"), strings.HasPrefix(resourceType, "azuread_"), strings.HasPrefix(resourceType, "azapi_"):
		return Azure, true
	case strings.HasPrefix(resourceType, "google_"):
		return GCP, true
	}
	return 0, false
}

// Account is the service of account-level controls: findings that a root
// module or template declares no trail, detector or policy at all.
const Account = "Account and organization"

// ProviderConfiguration is the service of provider blocks (credentials
// written into a provider "aws" block, for one).
const ProviderConfiguration = "Provider configuration"

// services names, by resource type prefix, the service a resource type
// belongs to, in terms that hold across clouds, so that a row compares like
// with like (an RDS instance, an Azure SQL server and a Cloud SQL instance
// are all relational databases). The longest matching prefix wins; a type
// that matches none is its own service (see ServiceOf).
var services = map[string][]string{
	Account: {"google_project", "google_folder_organization_policy", "google_project_organization_policy", "google_project_service", "aws_organizations_", "aws_account_", "aws_ebs_encryption_by_default", "aws_s3_account_", "aws_iam_account_", "Custom::PasswordPolicy",
		"AWS::Organizations::", "azurerm_subscription", "azurerm_resource_group", "azurerm_management_group", "google_organization_policy", "google_org_policy"},
	"Identity and access": {"aws_ssoadmin_", "AWS::SSO::", "google_cloud_identity_", "aws_iam_", "AWS::IAM::", "azurerm_role_", "azurerm_pim_", "azurerm_user_assigned_identity", "azuread_",
		"google_project_iam_", "google_folder_iam_", "google_organization_iam_", "google_service_account", "google_iam_"},
	"Audit trail": {"awscc_cloudtrail_", "aws_cloudtrail", "AWS::CloudTrail::", "azurerm_monitor_log_profile", "azurerm_monitor_diagnostic_setting",
		"google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"},
	"Configuration inventory": {"awscc_config_", "aws_config_", "AWS::Config::", "google_cloud_asset_"},
	"Threat detection": {"awscc_guardduty_", "awscc_securityhub_", "aws_guardduty_", "AWS::GuardDuty::", "aws_securityhub_", "AWS::SecurityHub::",
		"azurerm_security_center_", "azurerm_advanced_threat_protection", "google_scc_"},
	"Alerting": {"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm", "aws_cloudwatch_log_metric_filter", "aws_cloudwatch_event_", "AWS::CloudWatch::",
		"AWS::Events::", "aws_scheduler_", "AWS::Scheduler::", "AWS::Logs::MetricFilter", "azurerm_monitor_activity_log_alert", "azurerm_monitor_metric_alert",
		"azurerm_monitor_action_group", "google_logging_metric", "google_monitoring_"},
	"Log storage": {"aws_xray_", "AWS::XRay::", "azurerm_application_insights", "aws_cloudwatch_log_", "AWS::Logs::", "azurerm_log_analytics_", "google_logging_"},
	"Networks and firewalls": {"aws_default_subnet", "aws_default_vpc", "aws_default_route_table", "aws_route", "aws_eip", "aws_internet_gateway", "aws_egress_only_internet_gateway", "aws_nat_gateway", "aws_ec2_transit_gateway", "aws_vpn_", "aws_ec2_client_vpn_", "AWS::EC2::ClientVpn", "AWS::EC2::EIP", "AWS::EC2::InternetGateway", "AWS::EC2::NatGateway", "AWS::EC2::Route", "AWS::EC2::TransitGateway", "AWS::EC2::VPN", "azurerm_firewall", "azurerm_nat_gateway", "azurerm_private_endpoint", "azurerm_route", "google_compute_address", "google_compute_global_address", "google_compute_network_firewall_policy", "google_compute_region_network_firewall_policy", "google_compute_vpn_", "google_compute_router", "aws_security_group", "aws_default_security_group", "aws_vpc", "aws_subnet", "aws_network_acl",
		"aws_flow_log", "aws_default_network_acl", "aws_db_security_group", "aws_redshift_security_group", "aws_networkfirewall_", "AWS::NetworkFirewall::",
		"AWS::EC2::SecurityGroup", "aws_network_interface", "AWS::EC2::NetworkInterface", "AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::NetworkAcl", "AWS::EC2::FlowLog",
		"AWS::RDS::DBSecurityGroup", "AWS::Redshift::ClusterSecurityGroup",
		"azurerm_network_security_", "azurerm_virtual_network", "azurerm_subnet", "azurerm_network_watcher",
		"azurerm_public_ip", "azurerm_network_interface",
		"google_compute_firewall", "google_compute_network", "google_compute_subnetwork", "google_compute_route"},
	"Virtual machines": {"aws_lightsail_instance", "AWS::Lightsail::Instance", "aws_spot_instance_request", "aws_spot_fleet_request", "AWS::EC2::SpotFleet", "aws_ec2_instance_metadata_defaults", "aws_ssm_document", "AWS::SSM::Document", "azurerm_orchestrated_virtual_machine_scale_set", "google_compute_project_metadata", "google_compute_region_instance_template", "aws_instance", "aws_launch_template", "aws_launch_configuration", "aws_autoscaling_",
		"AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::", "azurerm_linux_virtual_machine",
		"azurerm_windows_virtual_machine", "azurerm_virtual_machine", "google_compute_instance"},
	"Block storage":  {"aws_ami", "aws_ec2_image_block_public_access", "aws_dlm_", "AWS::DLM::", "aws_imagebuilder_", "AWS::ImageBuilder::", "azurerm_snapshot", "google_compute_image", "google_compute_machine_image", "google_compute_region_disk", "google_compute_snapshot", "aws_ebs_", "AWS::EC2::Volume", "AWS::EC2::SnapshotBlockPublicAccess", "azurerm_managed_disk", "azurerm_disk_", "google_compute_disk"},
	"Object storage": {"azurerm_data_lake_", "aws_s3_", "aws_s3control_", "AWS::S3::", "aws_glacier_", "azurerm_storage_", "google_storage_"},
	"Relational databases": {"google_alloydb_", "aws_db_", "aws_rds_", "AWS::RDS::", "aws_lightsail_database", "AWS::Lightsail::Database", "azurerm_mssql_", "azurerm_sql_", "azurerm_postgresql_",
		"azurerm_mysql_", "azurerm_mariadb_", "google_sql_"},
	"NoSQL and graph databases": {"aws_docdb", "aws_neptune", "aws_dynamodb", "aws_dax_", "AWS::DocDB", "AWS::Neptune",
		"AWS::DynamoDB::", "AWS::DAX::", "aws_keyspaces_", "AWS::Cassandra::", "aws_timestream", "AWS::Timestream::",
		"aws_qldb_", "AWS::QLDB::", "AWS::ManagedBlockchain::", "aws_location_", "AWS::Location::",
		"azurerm_cosmosdb_", "google_bigtable_", "google_firestore_", "google_spanner_"},
	"Data warehouses": {"aws_redshift", "AWS::Redshift::", "AWS::RedshiftServerless::", "azurerm_synapse_", "google_bigquery_"},
	"Caches":          {"google_memcache_", "aws_elasticache_", "AWS::ElastiCache::", "aws_memorydb_", "AWS::MemoryDB::", "azurerm_redis_", "azurerm_managed_redis", "google_redis_", "google_memorystore_"},
	"Search":          {"aws_opensearch", "aws_elasticsearch", "aws_cloudsearch_", "AWS::OpenSearchService::", "AWS::OpenSearchServerless::", "AWS::Elasticsearch::", "aws_kendra_", "AWS::Kendra::", "azurerm_search_"},
	"Queues, topics and streams": {"azurerm_eventgrid_", "google_eventarc_", "aws_sqs_", "aws_sns_", "aws_ses_", "aws_sesv2_", "aws_kinesis", "aws_msk_", "aws_mskconnect_", "aws_mq_", "AWS::SQS::", "AWS::SNS::", "AWS::SES::",
		"AWS::Kinesis::", "AWS::KinesisFirehose::", "AWS::MSK::", "AWS::KafkaConnect::", "AWS::AmazonMQ::", "azurerm_servicebus_",
		"azurerm_eventhub", "azurerm_iothub", "aws_iot_", "AWS::IoT::", "google_pubsub_", "aws_pinpoint_", "AWS::Pinpoint::", "aws_connect_", "AWS::Connect::", "aws_customerprofiles_", "AWS::CustomerProfiles::"},
	"File systems": {"aws_efs_", "aws_fsx_", "AWS::EFS::", "AWS::FSx::", "google_filestore_", "aws_transfer_", "AWS::Transfer::", "aws_datasync_", "AWS::DataSync::"},
	"Keys and secrets": {"azurerm_automation_variable_", "aws_acm_", "AWS::CertificateManager::", "aws_kms_", "aws_secretsmanager_", "aws_ssm_parameter", "AWS::KMS::", "AWS::SecretsManager::",
		"AWS::SSM::Parameter", "azurerm_key_vault", "azurerm_app_configuration", "google_kms_", "google_secret_manager_", "google_apikeys_"},
	"Load balancers": {"google_compute_region_ssl_policy", "google_compute_target_", "google_compute_region_target_", "google_compute_region_url_map", "aws_lb", "aws_alb", "aws_elb", "aws_load_balancer_", "aws_globalaccelerator_", "AWS::ElasticLoadBalancing::", "AWS::ElasticLoadBalancingV2::",
		"azurerm_application_gateway", "azurerm_lb", "google_compute_backend_service", "google_compute_ssl_policy",
		"google_compute_target_https_proxy", "google_compute_target_ssl_proxy", "google_compute_url_map",
		"google_compute_global_forwarding_rule", "google_compute_forwarding_rule", "google_compute_region_backend_service"},
	"CDN": {"aws_cloudfront_", "AWS::CloudFront::", "azurerm_cdn_", "azurerm_frontdoor"},
	"API gateways": {"aws_api_gateway_", "aws_apigatewayv2_", "AWS::ApiGateway::", "AWS::ApiGatewayV2::", "aws_appsync_",
		"AWS::AppSync::", "azurerm_api_management", "google_api_gateway_"},
	"WAF": {"aws_waf", "AWS::WAF::", "AWS::WAFv2::", "AWS::WAFRegional::", "azurerm_web_application_firewall_policy",
		"google_compute_security_policy", "google_compute_region_security_policy"},
	"DNS":        {"aws_route53", "AWS::Route53::", "azurerm_dns_", "azurerm_private_dns_", "google_dns_"},
	"Kubernetes": {"aws_eks_", "AWS::EKS::", "azurerm_kubernetes_", "google_container_", "azurerm_service_fabric_"},
	"Functions and apps": {"aws_amplify_", "AWS::Amplify::", "aws_sfn_", "AWS::StepFunctions::", "aws_apprunner_", "AWS::AppRunner::", "aws_elastic_beanstalk_", "AWS::ElasticBeanstalk::", "azurerm_logic_app_", "azurerm_service_plan", "aws_lambda_", "AWS::Lambda::", "azurerm_function_app", "azurerm_linux_function_app",
		"azurerm_windows_function_app", "azurerm_app_service", "azurerm_linux_web_app", "azurerm_windows_web_app",
		"azurerm_automation_account", "azurerm_spring_cloud_",
		"google_cloudfunctions", "google_cloud_run_", "google_app_engine_", "google_workflows_"},
	"Containers": {"aws_ecs_", "aws_ecr_", "AWS::ECS::", "AWS::ECR::", "aws_batch_", "AWS::Batch::", "aws_appmesh_", "AWS::AppMesh::", "azurerm_container_", "google_artifact_registry_"},
	"Backup":     {"aws_backup_", "AWS::Backup::", "azurerm_recovery_services_", "azurerm_backup_"},
	"Analytics and ML": {"azurerm_kusto_", "google_data_fusion_", "azurerm_cognitive_", "azurerm_ai_services", "azurerm_machine_learning_", "azurerm_data_factory", "azurerm_batch_", "azurerm_stream_analytics_", "azurerm_databricks_", "google_vertex_ai_", "google_dataflow_", "aws_glue_", "aws_athena_", "aws_quicksight_", "aws_emr_", "aws_sagemaker_", "AWS::Glue::", "AWS::Athena::", "AWS::QuickSight::", "AWS::HealthLake::", "azurerm_healthcare_", "aws_elastictranscoder_",
		"AWS::EMR::", "AWS::SageMaker::", "aws_mwaa_", "AWS::MWAA::", "google_composer_", "google_dataproc_", "google_notebooks_", "google_workbench_", "google_tpu_", "google_dialogflow_", "aws_bedrock", "AWS::Bedrock", "aws_appflow_", "AWS::AppFlow::"},
	"Database migration": {"aws_dms_", "AWS::DMS::", "azurerm_database_migration_", "google_database_migration_service_"},
	"Build and deployment": {"aws_codebuild_", "AWS::CodeBuild::", "aws_codeartifact_", "AWS::CodeArtifact::", "AWS::CodeStar::", "aws_codepipeline", "AWS::CodePipeline::",
		"aws_cloudformation_", "AWS::CloudFormation::", "google_cloudbuild_", "aws_opsworks_", "AWS::OpsWorks::"},
	"Virtual desktops":   {"aws_workspaces_", "AWS::WorkSpaces::", "aws_workspacesweb_", "AWS::WorkSpacesWeb::", "aws_appstream_", "AWS::AppStream::", "google_workstations_"},
	"Identity providers": {"aws_cognito_", "AWS::Cognito::", "aws_directory_service_", "AWS::DirectoryService::"},
	// azapi_resource and azapi_update_resource write any ARM type; a rule
	// that judges some of them (by their type attribute) is placed here.
	"Any ARM type (azapi)": {"azapi_"},
}

// servicePrefixes is services as (prefix, service) pairs, longest prefix
// first.
var servicePrefixes = func() [][2]string {
	var out [][2]string
	for svc, prefixes := range services {
		for _, p := range prefixes {
			out = append(out, [2]string{p, svc})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i][0]) != len(out[j][0]) {
			return len(out[i][0]) > len(out[j][0])
		}
		return out[i][0] < out[j][0]
	})
	return out
}()

// ServiceOf returns the service a resource type belongs to: the service
// of its longest known prefix, else its own namespace ("AWS::Foo::Bar" is
// "Foo", "aws_foo_bar" is "foo"). "(account)", the place of account-level
// findings, is Account; a provider block is ProviderConfiguration.
func ServiceOf(resourceType string) string {
	if svc, ok := KnownService(resourceType); ok {
		return svc
	}
	if rest, ok := strings.CutPrefix(resourceType, "AWS::"); ok {
		svc, _, _ := strings.Cut(rest, "::")
		return svc
	}
	_, rest, _ := strings.Cut(resourceType, "_")
	svc, _, _ := strings.Cut(rest, "_")
	return svc
}

// KnownService returns the service of a resource type's longest known
// prefix, and false when no prefix of the services table matches: such a
// type would show in the matrix as a raw namespace of its own.
func KnownService(resourceType string) (string, bool) {
	switch resourceType {
	case "(account)":
		return Account, true
	case "aws", "azurerm", "azuread", "google", "google-beta":
		// A provider block: its credentials and settings.
		return ProviderConfiguration, true
	}
	for _, p := range servicePrefixes {
		if strings.HasPrefix(resourceType, p[0]) {
			return p[1], true
		}
	}
	return "", false
}

// Judged is where a rule was seen to judge: the columns and resource types
// of the findings it raises on its own bad fixtures.
type Judged struct {
	Column Column
	Type   string
	// Every is true for a rule that judges every resource alike, such as
	// the required-tags rules (their fixtures name the tags): the matrix
	// places it in AllServices rather than by type.
	Every bool
}

// AllServices is the service of rules that judge every resource alike.
const AllServices = "All services"

// CoverageMatrix renders the coverage matrix: one row per checklist item
// and service with at least one rule, the rule ids of each column in its
// cells ("–" when none). judged maps a rule id to where it judges.
func CoverageMatrix(items []ChecklistItem, rs []*engine.Rule, judged map[string][]Judged) string {
	type row struct{ item, service string }
	cells := map[row]*[numColumns][]string{}
	for _, r := range rs {
		for _, j := range judged[r.ID] {
			svc := ServiceOf(j.Type)
			if j.Every {
				svc = AllServices
			}
			for _, item := range r.Checklist {
				k := row{item, svc}
				c := cells[k]
				if c == nil {
					c = &[numColumns][]string{}
					cells[k] = c
				}
				if !slices.Contains(c[j.Column], r.ID) {
					c[j.Column] = append(c[j.Column], r.ID)
				}
			}
		}
	}
	var b strings.Builder
	b.WriteString("| Checklist item | Service |")
	for c := Column(0); c < numColumns; c++ {
		fmt.Fprintf(&b, " %s |", c)
	}
	b.WriteString("\n|---|---|" + strings.Repeat("---|", int(numColumns)) + "\n")
	for _, it := range items {
		var svcs []string
		for k := range cells {
			if k.item == it.ID {
				svcs = append(svcs, k.service)
			}
		}
		sort.Strings(svcs)
		if len(svcs) == 0 {
			fmt.Fprintf(&b, "| %s | (no rule) |%s\n", it.ID, strings.Repeat(" – |", int(numColumns)))
			continue
		}
		for _, svc := range svcs {
			fmt.Fprintf(&b, "| %s | %s |", it.ID, svc)
			for _, ids := range cells[row{it.ID, svc}] {
				if len(ids) == 0 {
					b.WriteString(" – |")
					continue
				}
				slices.SortFunc(ids, compareIDs)
				fmt.Fprintf(&b, " %s |", strings.Join(ids, ", "))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// compareIDs orders rule ids by provider, then number.
func compareIDs(a, b string) int {
	pa, na, _ := strings.Cut(a, "-")
	pb, nb, _ := strings.Cut(b, "-")
	if pa != pb {
		return strings.Compare(pa, pb)
	}
	if len(na) != len(nb) {
		return len(na) - len(nb)
	}
	return strings.Compare(na, nb)
}
