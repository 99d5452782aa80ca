package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage17cRules are the rules the HashiCorp policy library's AWS
// services N to Z brought (session 17).
func coverage17cRules() []*engine.Rule {
	return []*engine.Rule{transferWithoutLogging(), accessPointPublicAccessBlockOff(), sagemakerWithoutNetworkIsolation()}
}

// sagemakerWithoutNetworkIsolation reports SageMaker models and model
// monitoring jobs whose containers may open network connections: network
// isolation is off by default, and a job or model outside a VPC then
// reaches the internet with nothing to limit it. One in a VPC is left to
// its security groups and routes.
func sagemakerWithoutNetworkIsolation() *engine.Rule {
	const problem = "its containers may send data anywhere on the network"
	return setting.Rule(engine.Rule{ID: "AWS-340"},
		setting.Check{
			Types: []string{"aws_sagemaker_model", "AWS::SageMaker::Model"},
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("enable_network_isolation", "EnableNetworkIsolation"), false),
				setting.MustBeSet(parser.A("vpc_config", "VpcConfig"))),
			Problem: problem,
		},
		setting.Check{
			Types: []string{"aws_sagemaker_data_quality_job_definition", "AWS::SageMaker::DataQualityJobDefinition",
				"AWS::SageMaker::ModelBiasJobDefinition", "AWS::SageMaker::ModelExplainabilityJobDefinition",
				"AWS::SageMaker::ModelQualityJobDefinition"},
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("network_config.enable_network_isolation", "NetworkConfig.EnableNetworkIsolation"), false),
				setting.MustBeSet(parser.A("network_config.vpc_config", "NetworkConfig.VpcConfig"))),
			Problem: problem,
		},
		setting.Check{
			// A schedule that defines its job inline; one naming a job
			// definition is judged on that definition.
			Types: []string{"AWS::SageMaker::MonitoringSchedule"},
			If:    setting.Not(setting.MustBeSet(parser.A("", "MonitoringScheduleConfig.MonitoringJobDefinition"))),
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("", "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation"), false),
				setting.MustBeSet(parser.A("", "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.VpcConfig"))),
			Problem: problem,
		})
}

// accessPointPublicAccessBlockOff reports S3 access points and
// Multi-Region Access Points that turn off one of their own Block Public
// Access settings; all four are on unless written false.
func accessPointPublicAccessBlockOff() *engine.Rule {
	settings := func(tf, cfn string) setting.Judge {
		var js []setting.Judge
		for _, s := range [][2]string{
			{"block_public_acls", "BlockPublicAcls"}, {"block_public_policy", "BlockPublicPolicy"},
			{"ignore_public_acls", "IgnorePublicAcls"}, {"restrict_public_buckets", "RestrictPublicBuckets"},
		} {
			js = append(js, setting.MustBeTrue(parser.A(tf+"."+s[0], cfn+"."+s[1]), true))
		}
		return setting.Either(js...)
	}
	const problem = "the access point lets a policy or ACL make the bucket's data public through it"
	return setting.Rule(engine.Rule{ID: "AWS-339"},
		setting.Check{
			Types:   []string{"aws_s3_access_point", "AWS::S3::AccessPoint"},
			Judge:   settings("public_access_block_configuration", "PublicAccessBlockConfiguration"),
			Problem: problem,
		},
		setting.Check{
			Types:   []string{"aws_s3control_multi_region_access_point", "AWS::S3::MultiRegionAccessPoint"},
			Judge:   settings("details.public_access_block", "PublicAccessBlockConfiguration"),
			Problem: problem,
		})
}

// transferWithoutLogging reports Transfer Family servers and connectors
// that write no logs to CloudWatch Logs: a server logs through its logging
// role (legacy per-server log group) or its structured log destinations, a
// connector through its logging role; none is set by default.
func transferWithoutLogging() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-338"},
		setting.Check{
			Types: []string{"aws_transfer_server", "AWS::Transfer::Server"},
			Judge: setting.Both(
				setting.MustBeSet(parser.A("logging_role", "LoggingRole")),
				setting.MustBeSet(parser.A("structured_log_destinations", "StructuredLogDestinations"))),
			Problem: "the server writes no logs of its users' sessions and file operations",
		},
		setting.Check{
			Types:   []string{"aws_transfer_connector", "AWS::Transfer::Connector"},
			Judge:   setting.MustBeSet(parser.A("logging_role", "LoggingRole")),
			Problem: "the connector writes no logs of the files it sends and receives",
		})
}
