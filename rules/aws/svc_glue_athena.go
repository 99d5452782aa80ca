package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func glueEncryptionDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-154",
		Name:     "glue-encryption-disabled",
		Title:    "Glue Data Catalog or security configuration leaves data unencrypted",
		Severity: engine.Medium,
		Description: "The Glue Data Catalog's encryption settings turn metadata encryption off " +
			"(catalog_encryption_mode / CatalogEncryptionMode DISABLED, the default when absent in CloudFormation) " +
			"or return connection passwords unencrypted (return_connection_password_encrypted / " +
			"ReturnConnectionPasswordEncrypted false, the CloudFormation default), so table definitions and the " +
			"passwords of JDBC connections are readable by anyone with catalog read access; or a Glue security " +
			"configuration leaves job output in S3 (s3_encryption_mode / S3EncryptionMode) or job bookmarks " +
			"(job_bookmarks_encryption_mode / JobBookmarksEncryptionMode) DISABLED, the default. A DISABLED " +
			"CloudWatch mode is not reported, since CloudWatch Logs encrypts log data by default. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set the catalog's encryption mode to SSE-KMS with return_connection_password_encrypted = true, and SSE-KMS or SSE-S3 / CSE-KMS modes in security configurations."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html",
			"https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_glue_data_catalog_encryption_settings", "AWS::Glue::DataCatalogEncryptionSettings"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("data_catalog_encryption_settings.encryption_at_rest.catalog_encryption_mode",
				"DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode"), "DISABLED", "DISABLED"),
			setting.MustBeTrue(parser.A("data_catalog_encryption_settings.connection_password_encryption.return_connection_password_encrypted",
				"DataCatalogEncryptionSettings.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted"), false)),
		Problem: "catalog metadata or connection passwords are not encrypted",
	}, setting.Check{
		Types: []string{"aws_glue_security_configuration", "AWS::Glue::SecurityConfiguration"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("encryption_configuration.s3_encryption.s3_encryption_mode",
				"EncryptionConfiguration.S3Encryptions.S3EncryptionMode"), "DISABLED", "DISABLED"),
			setting.MustNotBe(parser.A("encryption_configuration.job_bookmarks_encryption.job_bookmarks_encryption_mode",
				"EncryptionConfiguration.JobBookmarksEncryption.JobBookmarksEncryptionMode"), "DISABLED", "DISABLED")),
		Problem: "job output or job bookmarks are not encrypted by the security configuration",
	})
}

func athenaResultsNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-155",
		Name:     "athena-results-encryption-not-enforced",
		Title:    "Athena workgroup does not encrypt query results",
		Severity: engine.Low,
		Description: "An Athena workgroup sets no encryption option for query results " +
			"(configuration.result_configuration.encryption_configuration.encryption_option / " +
			"WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption), or lets clients " +
			"override the workgroup's settings (enforce_workgroup_configuration / EnforceWorkGroupConfiguration " +
			"false). Query results then get only whatever default encryption their bucket has (SSE-S3 for buckets " +
			"since 2023), without a key the workgroup controls, and clients may write results elsewhere. The " +
			"severity is low because S3 encrypts new objects by default. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set the workgroup's result encryption option to SSE_KMS (or SSE_S3) and keep enforce_workgroup_configuration true."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_athena_workgroup", "AWS::Athena::WorkGroup"},
		Judge: setting.Either(
			setting.MustBeSet(parser.A("configuration.result_configuration.encryption_configuration.encryption_option",
				"WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption")),
			setting.MustBeTrue(parser.A("configuration.enforce_workgroup_configuration",
				"WorkGroupConfiguration.EnforceWorkGroupConfiguration"), true)),
		Problem: "query results are not encrypted by the workgroup",
	})
}
