package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageMiss18Rules are the rules session 18's known misses brought.
func coverageMiss18Rules() []*engine.Rule {
	return []*engine.Rule{sagemakerInterContainerPlaintext()}
}

// sagemakerInterContainerPlaintext is AWS-376: a SageMaker model monitoring
// job spread over several instances that does not encrypt the traffic
// between them (off by default). A job on one instance has no traffic
// between instances, and is not judged.
func sagemakerInterContainerPlaintext() *engine.Rule {
	const problem = "the job's instances exchange the data they analyse unencrypted"
	// distributed is Yes when the job runs on more than one instance (one
	// when not written).
	distributed := func(a parser.Attr) setting.Judge {
		return setting.Not(setting.AtLeast(a, 1, 2))
	}
	const inline = "MonitoringScheduleConfig.MonitoringJobDefinition."
	return setting.Rule(engine.Rule{ID: "AWS-376"},
		setting.Check{
			Types: []string{"aws_sagemaker_data_quality_job_definition", "AWS::SageMaker::DataQualityJobDefinition",
				"AWS::SageMaker::ModelBiasJobDefinition", "AWS::SageMaker::ModelExplainabilityJobDefinition",
				"AWS::SageMaker::ModelQualityJobDefinition"},
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("network_config.enable_inter_container_traffic_encryption",
					"NetworkConfig.EnableInterContainerTrafficEncryption"), false),
				distributed(parser.A("job_resources.cluster_config.instance_count", "JobResources.ClusterConfig.InstanceCount"))),
			Problem: problem,
		},
		setting.Check{
			// A schedule that defines its job inline; one naming a job
			// definition is judged on that definition.
			Types: []string{"AWS::SageMaker::MonitoringSchedule"},
			If:    setting.Not(setting.MustBeSet(parser.A("", "MonitoringScheduleConfig.MonitoringJobDefinition"))),
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("", inline+"NetworkConfig.EnableInterContainerTrafficEncryption"), false),
				distributed(parser.A("", inline+"MonitoringResources.ClusterConfig.InstanceCount"))),
			Problem: problem,
		})
}
