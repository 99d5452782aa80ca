package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage14cRules are the rules the session 14 sample of Trivy's AWS
// check examples (services f to z) showed missing: customer managed keys
// for data that AWS always encrypts with a key of its own, reported only
// when the configuration requires customer managed keys.
func coverage14cRules() []*engine.Rule {
	return []*engine.Rule{mskWithoutCustomerKey(), performanceInsightsWithoutCustomerKey()}
}

// mskWithoutCustomerKey is AWS-279: MSK encrypts broker storage at rest
// with the AWS managed key aws/kafka unless a key is named.
func mskWithoutCustomerKey() *engine.Rule {
	key := parser.A("encryption_info.encryption_at_rest_kms_key_arn", "EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId")
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-279"}, func(p *engine.Pass) {
		setting.Check{
			Types:   []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
			Judge:   keyJudge(p, key),
			Problem: "the brokers' storage is encrypted with the AWS managed key aws/kafka, not a customer managed one, which the configuration requires",
		}.Run(p)
	})
}

// performanceInsightsWithoutCustomerKey is AWS-280: Performance Insights
// keeps the statements a database runs, encrypted with the AWS managed key
// aws/rds unless a key is named; only a database that turns it on is
// judged.
func performanceInsightsWithoutCustomerKey() *engine.Rule {
	check := func(p *engine.Pass, types []string, enabled, key parser.Attr) {
		setting.Check{
			Types: types,
			// MustBeFalse answers Yes when Performance Insights is on.
			If:      setting.MustBeFalse(enabled, false),
			Judge:   keyJudge(p, key),
			Problem: "Performance Insights data is encrypted with the AWS managed key aws/rds, not a customer managed one, which the configuration requires",
		}.Run(p)
	}
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-280"}, func(p *engine.Pass) {
		check(p, []string{"aws_db_instance", "aws_rds_cluster_instance", "AWS::RDS::DBInstance"},
			parser.A("performance_insights_enabled", "EnablePerformanceInsights"),
			parser.A("performance_insights_kms_key_id", "PerformanceInsightsKMSKeyId"))
		check(p, []string{"aws_rds_cluster", "AWS::RDS::DBCluster"},
			parser.A("performance_insights_enabled", "PerformanceInsightsEnabled"),
			parser.A("performance_insights_kms_key_id", "PerformanceInsightsKmsKeyId"))
	})
}
