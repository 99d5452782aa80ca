package aws

import (
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// monitoringJobKeyChecks are AWS-151's checks of SageMaker model
// monitoring job definitions (gap24b): the ML storage volume of the
// monitoring job (job_resources.cluster_config.volume_kms_key_id,
// JobResources.ClusterConfig.VolumeKmsKeyId) and the results it writes to
// S3 (the output config's kms_key_id / KmsKeyId) name no KMS key.
// Terraform has only the data quality job definition; CloudFormation has
// four kinds, whose output configs are named after them.
func monitoringJobKeyChecks() []setting.Check {
	const results = "the monitoring job's results are written to S3 encrypted only with the AWS managed key aws/s3"
	return []setting.Check{{
		Types: []string{"aws_sagemaker_data_quality_job_definition", "AWS::SageMaker::DataQualityJobDefinition",
			"AWS::SageMaker::ModelQualityJobDefinition", "AWS::SageMaker::ModelBiasJobDefinition",
			"AWS::SageMaker::ModelExplainabilityJobDefinition"},
		Judge:   setting.MustBeSet(parser.A("job_resources.cluster_config.volume_kms_key_id", "JobResources.ClusterConfig.VolumeKmsKeyId")),
		Problem: "the monitoring job's ML storage volume is encrypted only with a key SageMaker manages",
	}, {
		Types:   []string{"aws_sagemaker_data_quality_job_definition", "AWS::SageMaker::DataQualityJobDefinition"},
		Judge:   setting.MustBeSet(parser.A("data_quality_job_output_config.kms_key_id", "DataQualityJobOutputConfig.KmsKeyId")),
		Problem: results,
	}, {
		Types:   []string{"AWS::SageMaker::ModelQualityJobDefinition"},
		Judge:   setting.MustBeSet(parser.A("", "ModelQualityJobOutputConfig.KmsKeyId")),
		Problem: results,
	}, {
		Types:   []string{"AWS::SageMaker::ModelBiasJobDefinition"},
		Judge:   setting.MustBeSet(parser.A("", "ModelBiasJobOutputConfig.KmsKeyId")),
		Problem: results,
	}, {
		Types:   []string{"AWS::SageMaker::ModelExplainabilityJobDefinition"},
		Judge:   setting.MustBeSet(parser.A("", "ModelExplainabilityJobOutputConfig.KmsKeyId")),
		Problem: results,
	}}
}
