package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func glueEncryptionDisabled() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AWS-154"}, setting.Check{
		Types:   glueCatalogTypes,
		Judge:   glueCatalogJudge,
		Problem: "catalog metadata or connection passwords are not encrypted",
	}, setting.Check{
		Types:   glueSecurityConfigTypes,
		Judge:   glueSecurityConfigJudge,
		Problem: "job output or job bookmarks are not encrypted by the security configuration",
	})
	// Under require-customer-key, each store the catalog or a security
	// configuration encrypts must use a customer managed key: a catalog in
	// SSE-KMS without a key uses the AWS managed aws/glue key, SSE-S3 uses
	// keys S3 owns, and CloudWatch Logs encrypts a job's logs with a key of
	// its own unless the configuration names one.
	return setting.WithCustomerKeyOption(r, func(p *engine.Pass) {
		setting.Check{
			Types: glueCatalogTypes,
			Judge: setting.Either(glueCatalogJudge,
				keyJudge(p, parser.A("data_catalog_encryption_settings.encryption_at_rest.sse_aws_kms_key_id",
					"DataCatalogEncryptionSettings.EncryptionAtRest.SseAwsKmsKeyId")),
				keyJudge(p, parser.A("data_catalog_encryption_settings.connection_password_encryption.aws_kms_key_id",
					"DataCatalogEncryptionSettings.ConnectionPasswordEncryption.KmsKeyId"))),
			Problem: "catalog metadata or connection passwords are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
		setting.Check{
			Types: glueSecurityConfigTypes,
			Judge: setting.Either(glueSecurityConfigJudge,
				setting.MustBeOneOf(parser.A("encryption_configuration.s3_encryption.s3_encryption_mode",
					"EncryptionConfiguration.S3Encryptions.S3EncryptionMode"), "DISABLED", "SSE-KMS"),
				keyJudge(p, parser.A("encryption_configuration.s3_encryption.kms_key_arn",
					"EncryptionConfiguration.S3Encryptions.KmsKeyArn")),
				keyJudge(p, parser.A("encryption_configuration.job_bookmarks_encryption.kms_key_arn",
					"EncryptionConfiguration.JobBookmarksEncryption.KmsKeyArn")),
				setting.MustBeOneOf(parser.A("encryption_configuration.cloudwatch_encryption.cloudwatch_encryption_mode",
					"EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode"), "DISABLED", "SSE-KMS"),
				keyJudge(p, parser.A("encryption_configuration.cloudwatch_encryption.kms_key_arn",
					"EncryptionConfiguration.CloudWatchEncryption.KmsKeyArn"))),
			Problem: "job output, job bookmarks or job logs are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
	})
}

var (
	glueCatalogTypes        = []string{"aws_glue_data_catalog_encryption_settings", "AWS::Glue::DataCatalogEncryptionSettings"}
	glueSecurityConfigTypes = []string{"aws_glue_security_configuration", "AWS::Glue::SecurityConfiguration"}
	glueCatalogJudge        = setting.Either(
		setting.MustNotBe(parser.A("data_catalog_encryption_settings.encryption_at_rest.catalog_encryption_mode",
			"DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode"), "DISABLED", "DISABLED"),
		setting.MustBeTrue(parser.A("data_catalog_encryption_settings.connection_password_encryption.return_connection_password_encrypted",
			"DataCatalogEncryptionSettings.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted"), false))
	glueSecurityConfigJudge = setting.Either(
		setting.MustNotBe(parser.A("encryption_configuration.s3_encryption.s3_encryption_mode",
			"EncryptionConfiguration.S3Encryptions.S3EncryptionMode"), "DISABLED", "DISABLED"),
		setting.MustNotBe(parser.A("encryption_configuration.job_bookmarks_encryption.job_bookmarks_encryption_mode",
			"EncryptionConfiguration.JobBookmarksEncryption.JobBookmarksEncryptionMode"), "DISABLED", "DISABLED"))
)

// athenaResultsNotManaged is Yes unless the workgroup keeps its results in
// Athena managed storage, which is always encrypted (an AWS owned key by
// default) and takes no client-side result settings.
var athenaResultsNotManaged = setting.Not(setting.MustBeFalse(parser.A("configuration.managed_query_results_configuration.enabled", ""), false))

func athenaResultsNotEncrypted() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AWS-155"}, setting.Check{
		Types: []string{"aws_athena_workgroup", "AWS::Athena::WorkGroup"},
		// Whether clients may override these settings is AWS-255's.
		Judge: setting.Both(
			setting.MustBeSet(parser.A("configuration.result_configuration.encryption_configuration.encryption_option",
				"WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption")),
			athenaResultsNotManaged),
		Problem: "query results are not encrypted by the workgroup",
	}, setting.Check{
		// The database's own DDL results; a named workgroup applies its
		// settings, judged on the workgroup.
		Types:   []string{"aws_athena_database"},
		Unless:  []parser.Attr{parser.A("workgroup", "")},
		Judge:   setting.MustBeSet(parser.A("encryption_configuration", "")),
		Problem: "the results of the queries that create and change the database are not encrypted by Athena",
	})
	// Under require-customer-key, results must also be encrypted with a
	// customer managed KMS key: SSE_S3 uses keys S3 owns, and SSE_KMS or
	// CSE_KMS with an AWS managed alias (aws/s3) a key AWS manages. Results
	// in Athena managed storage are left out, as above.
	workgroupOption := parser.A("configuration.result_configuration.encryption_configuration.encryption_option",
		"WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption")
	return setting.WithCustomerKeyOption(r, func(p *engine.Pass) {
		setting.Check{
			Types: []string{"aws_athena_workgroup", "AWS::Athena::WorkGroup"},
			If:    athenaResultsNotManaged,
			Judge: setting.Either(
				setting.MustBeSet(workgroupOption),
				setting.MustNotBe(workgroupOption, "", "SSE_S3"),
				keyJudge(p, parser.A("configuration.result_configuration.encryption_configuration.kms_key_arn",
					"WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.KmsKey"))),
			Problem: "query results are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
		setting.Check{
			Types:  []string{"aws_athena_database"},
			Unless: []parser.Attr{parser.A("workgroup", "")},
			Judge: setting.Either(
				setting.MustBeSet(parser.A("encryption_configuration", "")),
				setting.MustNotBe(parser.A("encryption_configuration.encryption_option", ""), "", "SSE_S3"),
				keyJudge(p, parser.A("encryption_configuration.kms_key", ""))),
			Problem: "the database's query results are not encrypted with a customer managed KMS key, which the configuration requires",
		}.Run(p)
	})
}
