package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Stores that AWS always encrypts with a key of its own: the finding is
// only that no customer managed key is named, which the title says.

func cloudTrailWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-149"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KMSKeyId")),
		Problem: "log files are encrypted only with the bucket's S3-managed key",
	})
}

func logGroupWithoutKMS() *engine.Rule {
	// CloudWatch Logs always encrypts log data at rest: the rule reports
	// only when the configuration requires customer managed keys.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-150"}, setting.Check{
		Types:   []string{"aws_cloudwatch_log_group", "AWS::Logs::LogGroup"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "log data is encrypted only with the service's own key, and the configuration requires customer managed keys",
	}.Run)
}

func sageMakerWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-151"}, append([]setting.Check{{
		Types:   []string{"aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the notebook's volumes are encrypted only with a key SageMaker manages",
	}, {
		Types:   []string{"aws_sagemaker_endpoint_configuration", "AWS::SageMaker::EndpointConfig"},
		Judge:   setting.MustBeSet(parser.A("kms_key_arn", "KmsKeyId")),
		Problem: "the endpoint's volumes are encrypted only with a key SageMaker manages",
	}}, monitoringJobKeyChecks()...)...)
}

func backupVaultWithoutKMS() *engine.Rule {
	// AWS Backup always encrypts recovery points (with the AWS managed key
	// aws/backup when the vault names none): the rule reports only when the
	// configuration requires customer managed keys, as AWS-150 and AWS-159.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-152"}, setting.Check{
		Types:   []string{"aws_backup_vault", "AWS::Backup::BackupVault"},
		Judge:   setting.MustBeSet(parser.A("kms_key_arn", "EncryptionKeyArn")),
		Problem: "recovery points are encrypted only with the AWS managed key aws/backup, and the configuration requires customer managed keys",
	}.Run)
}

func ecrRepositoryWithoutKMS() *engine.Rule {
	// ECR always encrypts images at rest (AES256 by default): the rule
	// reports only when the configuration requires customer managed keys.
	// KMS without a key uses the AWS managed key aws/ecr.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-159"}, func(p *engine.Pass) {
		setting.Check{
			Types: []string{"aws_ecr_repository", "AWS::ECR::Repository"},
			Judge: setting.Either(
				setting.MustBeOneOf(parser.A("encryption_configuration.encryption_type", "EncryptionConfiguration.EncryptionType"), "AES256", "KMS", "KMS_DSSE"),
				keyJudge(p, parser.A("encryption_configuration.kms_key", "EncryptionConfiguration.KmsKey"))),
			Problem: "images are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
	})
}
