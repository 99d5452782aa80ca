package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Customer managed keys: the option require-customer-key of AWS-006,
// AWS-164 and AWS-169 (setting.WithCustomerKeyOption); AWS-169 covers the
// data stores that are always encrypted but use an AWS owned key unless
// told otherwise.

// awsManagedKeyAliases name the AWS managed keys of the services whose
// rules take require-customer-key, which the account cannot manage, rotate
// on its own schedule or revoke.
var awsManagedKeyAliases = []string{
	"alias/aws/s3", "aws/s3", "alias/aws/dynamodb", "aws/dynamodb",
	"alias/aws/sqs", "aws/sqs", "alias/aws/sns", "aws/sns", "alias/aws/redshift", "aws/redshift",
	"alias/aws/ecr", "aws/ecr",
}

// customerKey judges a KMS key setting that must name a customer managed
// key: Yes when it is absent, empty or an AWS managed key's alias.
func customerKey(v *parser.Value, name string) parser.Verdict {
	if parser.ComputedFrom(v, declaredKey) {
		return parser.Decided
	}
	return parser.Either(parser.NotSet(v, name), parser.OneOf(v, name, "", awsManagedKeyAliases...))
}

// declaredKey reports whether addr is a KMS key or alias the configuration
// creates: always a customer managed key (an alias cannot be created under
// alias/aws/). A data source may read an AWS managed key, so it is not one.
func declaredKey(addr string) bool {
	switch parser.ResourceType(addr) {
	case "aws_kms_key", "aws_kms_external_key", "aws_kms_replica_key", "aws_kms_replica_external_key", "aws_kms_alias":
		return true
	}
	return false
}

// dynamoCustomerKey is AWS-164 under require-customer-key.
var dynamoCustomerKey = setting.Check{
	Types: []string{"aws_dynamodb_table", "AWS::DynamoDB::Table"},
	Judge: setting.Either(
		setting.MustBeTrue(parser.A("server_side_encryption.enabled", "SSESpecification.SSEEnabled"), false),
		keyJudge(parser.A("server_side_encryption.kms_key_arn", "SSESpecification.KMSMasterKeyId"))),
	Problem: "the table is not encrypted with a customer managed KMS key, which the configuration requires",
}

// keyJudge is customerKey as a setting.Judge.
func keyJudge(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		v := customerKey(a.Of(res), a.Name(res))
		if v.Answer == parser.Yes && v.At == nil {
			v.At = a.Nearest(res)
		}
		return v
	}
}

func dataStoreWithoutCustomerKey() *engine.Rule {
	// These stores are always encrypted at rest: the rule reports only when
	// the configuration requires customer managed keys.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-169"}, setting.Rule(engine.Rule{}, setting.Check{
		Types:   []string{"aws_redshiftserverless_namespace", "AWS::RedshiftServerless::Namespace"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the namespace is encrypted with an AWS owned key, not a customer managed one",
	}, setting.Check{
		Types:   []string{"aws_memorydb_cluster", "AWS::MemoryDB::Cluster"},
		Judge:   setting.MustBeSet(parser.A("kms_key_arn", "KmsKeyId")),
		Problem: "the cluster is encrypted with an AWS owned key, not a customer managed one",
	}, setting.Check{
		Types:   []string{"aws_timestreamwrite_database", "AWS::Timestream::Database"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the database is encrypted with an AWS managed key, not a customer managed one",
	}, setting.Check{
		Types: []string{"aws_keyspaces_table", "AWS::Cassandra::Table"},
		Judge: setting.MustBeOneOf(parser.A("encryption_specification.type", "EncryptionSpecification.EncryptionType"),
			"AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KMS_KEY"),
		Problem: "the table is encrypted with an AWS owned key, not a customer managed one",
	}).Check)
}
