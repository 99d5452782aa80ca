package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func glueEncryptionDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-154"}, setting.Check{
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

// athenaResultsNotManaged is Yes unless the workgroup keeps its results in
// Athena managed storage, which is always encrypted (an AWS owned key by
// default) and takes no client-side result settings.
var athenaResultsNotManaged = setting.Not(setting.MustBeFalse(parser.A("configuration.managed_query_results_configuration.enabled", ""), false))

func athenaResultsNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-155"}, setting.Check{
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
}
