package aws

import (
	"fmt"
	"strings"

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
	"alias/aws/ecr", "aws/ecr", "alias/aws/ebs", "aws/ebs",
	"alias/aws/kafka", "aws/kafka", "alias/aws/rds", "aws/rds", "alias/aws/secretsmanager", "aws/secretsmanager",
}

// customerKey judges the KMS key setting v of res, which must name a
// customer managed key: Yes when it is absent, empty or an AWS managed key's
// alias (bare or as an alias ARN), No when it is computed only from keys
// the configuration creates.
func customerKey(p *engine.Pass, res *parser.Resource, v *parser.Value, name string) parser.Verdict {
	if parser.ComputedFrom(v, declaredKeys(p, res)) {
		return parser.Decided
	}
	if verdict, ok := keyReadByAlias(p, v, name); ok {
		return verdict
	}
	return parser.Either(parser.NotSet(v, name), parser.OneOf(v, name, "", awsManagedKeyAliases...), awsManagedAlias(v, name))
}

// awsManagedAlias is Yes when v names a key by an alias under alias/aws/,
// which KMS reserves for AWS managed keys: the bare alias of any service,
// or its ARN (arn:aws:kms:REGION:ACCOUNT:alias/aws/s3), known or built
// from unknown partition, Region and account (Fn::Sub, a template).
func awsManagedAlias(v *parser.Value, name string) parser.Verdict {
	if s, ok := v.AsString(); ok && v.Kind == parser.String {
		if _, managed := kmsAlias(s); managed {
			return parser.Bad(v, fmt.Sprintf("%s = %q names an AWS managed key", name, s))
		}
	} else if parts := v.KnownParts(); parts != nil {
		last := strings.ToLower(parts[len(parts)-1])
		if i := strings.Index(last, ":alias/aws/"); i >= 0 && len(last) > i+len(":alias/aws/") {
			return parser.Bad(v, fmt.Sprintf("%s is the alias ARN of the AWS managed key %s", name, parts[len(parts)-1][i+len(":alias/"):]))
		}
	}
	return parser.Decided
}

// kmsAlias reports whether s names a KMS key by an alias (alias/NAME or
// its ARN), and whether that alias is under alias/aws/, which KMS reserves
// for AWS managed keys.
func kmsAlias(s string) (alias, awsManaged bool) {
	l := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(l, "alias/aws/") || strings.HasPrefix(l, "arn:") && strings.Contains(l, ":alias/aws/"):
		return true, true
	case strings.HasPrefix(l, "alias/") || strings.HasPrefix(l, "arn:") && strings.Contains(l, ":alias/"):
		return true, false
	}
	return false, false
}

// keyReadByAlias judges a key setting v that only KMS data sources give
// (aws_kms_key by its key_id, aws_kms_alias by its name) when each names
// the key by a known alias: an alias under alias/aws/ is an AWS managed
// key (Yes); any other alias is one the account created, which can only
// point at a customer managed key (No). ok is false when v comes from
// anything else, or from a data source that names its key otherwise (a
// key ID or ARN, which may be an AWS managed key's).
func keyReadByAlias(p *engine.Pass, v *parser.Value, name string) (verdict parser.Verdict, ok bool) {
	refs := v.Refs()
	if v == nil || v.Kind != parser.Unknown || len(refs) == 0 {
		return parser.Decided, false
	}
	sources := map[string]*parser.Resource{}
	for _, ds := range p.DataSourcesOfType("aws_kms_key", "aws_kms_alias") {
		sources[ds.Address] = ds
	}
	var managed *parser.Value
	for _, ref := range refs {
		ds := sources[ref]
		if ds == nil {
			return parser.Decided, false
		}
		arg := ds.Body.Get("key_id")
		if ds.Type == "aws_kms_alias" {
			arg = ds.Body.Get("name")
		}
		s, known := arg.AsString()
		if !known || arg.Kind != parser.String {
			return parser.Decided, false
		}
		switch alias, awsManaged := kmsAlias(s); {
		case awsManaged:
			managed = arg
		case !alias:
			return parser.Decided, false
		}
	}
	if managed != nil {
		return parser.Bad(v, fmt.Sprintf("%s is read from a data source that names the AWS managed key %q", name, managed.Str)), true
	}
	return parser.Decided, true
}

// declaredKeys returns whether a reference made by res names a KMS key or
// alias the configuration creates: always a customer managed key (an alias
// cannot be created under alias/aws/ and can only point at a customer
// managed key). A data source may read an AWS managed key, so it is not
// one. Terraform references are addresses; a template's are logical ids,
// resolved through the graph to the resource they name.
func declaredKeys(p *engine.Pass, res *parser.Resource) func(ref string) bool {
	if res.Format != parser.CloudFormation {
		return func(addr string) bool { return keyTypes[parser.ResourceType(addr)] }
	}
	return func(id string) bool {
		found := false
		for _, e := range p.EdgesFrom(res) {
			if e.Kind != engine.Reference || e.To.Local != id || e.To.Kind != "" {
				continue
			}
			if !keyTypes[e.To.Type] {
				return false
			}
			found = true
		}
		return found
	}
}

// keyTypes are the resource types that create customer managed keys or
// their aliases.
var keyTypes = map[string]bool{
	"aws_kms_key": true, "aws_kms_external_key": true, "aws_kms_replica_key": true,
	"aws_kms_replica_external_key": true, "aws_kms_alias": true,
	"AWS::KMS::Key": true, "AWS::KMS::ReplicaKey": true, "AWS::KMS::Alias": true,
}

// dynamoCustomerKey is AWS-164 under require-customer-key.
func dynamoCustomerKey(p *engine.Pass) {
	setting.Check{
		Types: []string{"aws_dynamodb_table", "AWS::DynamoDB::Table"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("server_side_encryption.enabled", "SSESpecification.SSEEnabled"), false),
			keyJudge(p, parser.A("server_side_encryption.kms_key_arn", "SSESpecification.KMSMasterKeyId"))),
		Problem: "the table is not encrypted with a customer managed KMS key, which the configuration requires",
	}.Run(p)
}

// ledgerKey judges a QLDB ledger's kms_key (KmsKey): not set, or the
// AWS_OWNED_KMS_KEY keyword, is a key AWS owns.
func ledgerKey(p *engine.Pass) setting.Judge {
	a := parser.A("kms_key", "KmsKey")
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		if parser.ComputedFrom(v, declaredKeys(p, res)) {
			return parser.Decided
		}
		verdict := parser.Either(customerKey(p, res, v, a.Name(res)), parser.OneOf(v, a.Name(res), "", "AWS_OWNED_KMS_KEY"))
		if verdict.Answer == parser.Yes && verdict.At == nil {
			verdict.At = a.Nearest(res)
		}
		return verdict
	}
}

// keyJudge is customerKey as a setting.Judge for pass p.
func keyJudge(p *engine.Pass, a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		v := customerKey(p, res, a.Of(res), a.Name(res))
		if v.Answer == parser.Yes && v.At == nil {
			v.At = a.Nearest(res)
		}
		return v
	}
}

func dataStoreWithoutCustomerKey() *engine.Rule {
	// These stores are always encrypted at rest: the rule reports only when
	// the configuration requires customer managed keys.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-169", Formerly: []string{"AWS-327", "AWS-371"}}, func(p *engine.Pass) {
		for _, c := range []setting.Check{{
			Types:   []string{"aws_redshiftserverless_namespace", "AWS::RedshiftServerless::Namespace"},
			Judge:   keyJudge(p, parser.A("kms_key_id", "KmsKeyId")),
			Problem: "the namespace is encrypted with an AWS owned key, not a customer managed one",
		}, {
			Types:   []string{"aws_memorydb_cluster", "AWS::MemoryDB::Cluster"},
			Judge:   keyJudge(p, parser.A("kms_key_arn", "KmsKeyId")),
			Problem: "the cluster is encrypted with an AWS owned key, not a customer managed one",
		}, {
			// CloudFormation has no MemoryDB snapshot resource.
			Types:   []string{"aws_memorydb_snapshot"},
			Judge:   keyJudge(p, parser.A("kms_key_arn", "")),
			Problem: "the snapshot is encrypted with an AWS owned key, not a customer managed one",
		}, {
			// The secret RDS keeps a managed master password in is
			// encrypted with aws/secretsmanager unless it names a key.
			Types:   []string{"aws_db_instance", "aws_rds_cluster", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"},
			If:      setting.MustBeFalse(parser.A("manage_master_user_password", "ManageMasterUserPassword"), false), // Yes when true
			Judge:   keyJudge(p, parser.A("master_user_secret_kms_key_id", "MasterUserSecret.KmsKeyId")),
			Problem: "the secret of the master password RDS manages is encrypted with the AWS managed key aws/secretsmanager, not a customer managed one",
		}, {
			Types:   []string{"aws_redshift_cluster", "AWS::Redshift::Cluster"},
			If:      setting.MustBeFalse(parser.A("manage_master_password", "ManageMasterPassword"), false), // Yes when true
			Judge:   keyJudge(p, parser.A("master_password_secret_kms_key_id", "MasterPasswordSecretKmsKeyId")),
			Problem: "the secret of the master password Redshift manages is encrypted with the AWS managed key aws/secretsmanager, not a customer managed one",
		}, {
			Types:   []string{"aws_timestreamwrite_database", "AWS::Timestream::Database"},
			Judge:   keyJudge(p, parser.A("kms_key_id", "KmsKeyId")),
			Problem: "the database is encrypted with an AWS managed key, not a customer managed one",
		}, {
			// A ledger without a key, or with the AWS_OWNED_KMS_KEY keyword,
			// is encrypted with a key AWS owns.
			Types:   []string{"aws_qldb_ledger", "AWS::QLDB::Ledger"},
			Judge:   ledgerKey(p),
			Problem: "the ledger is encrypted with an AWS owned key, not a customer managed one",
		}, {
			Types: []string{"aws_keyspaces_table", "AWS::Cassandra::Table"},
			Judge: setting.MustBeOneOf(parser.A("encryption_specification.type", "EncryptionSpecification.EncryptionType"),
				"AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KMS_KEY"),
			Problem: "the table is encrypted with an AWS owned key, not a customer managed one",
		}, {
			Types:   []string{"aws_opensearchserverless_security_policy", "AWS::OpenSearchServerless::SecurityPolicy"},
			If:      setting.Is(parser.A("type", "Type"), "", "encryption"),
			Judge:   searchServerlessOwnedKey,
			Problem: "the collections it covers are encrypted with an AWS owned key, not a customer managed one",
		}} {
			c.Run(p)
		}
		for _, c := range agentAndLakeKeyChecks(p) {
			c.Run(p)
		}
		for _, c := range gap24bKeyChecks(p) {
			c.Run(p)
		}
		for _, c := range left25KeyChecks(p) {
			c.Run(p)
		}
		for _, s := range managedKeyStores {
			setting.Check{
				Types:   s.types,
				If:      s.if_,
				Judge:   keyJudge(p, s.key),
				Problem: s.what + " encrypted with an AWS managed key, not a customer managed one, which the configuration requires",
			}.Run(p)
		}
	})
}

// agentAndLakeKeyChecks are AWS-169's checks of Bedrock AgentCore memories
// and gateways and CloudTrail Lake event data stores (formerly AWS-327), and
// of Bedrock agents, guardrails and knowledge base data sources, encrypted
// with a key AWS owns unless they name one.
func agentAndLakeKeyChecks(p *engine.Pass) []setting.Check {
	return []setting.Check{{
		Types:   []string{"aws_bedrockagentcore_memory", "AWS::BedrockAgentCore::Memory"},
		Judge:   keyJudge(p, parser.A("encryption_key_arn", "EncryptionKeyArn")),
		Problem: "the agent's memory is encrypted with a key AWS owns, not a customer managed one, which the configuration requires",
	}, {
		Types:   []string{"aws_bedrockagentcore_gateway", "AWS::BedrockAgentCore::Gateway"},
		Judge:   keyJudge(p, parser.A("kms_key_arn", "KmsKeyArn")),
		Problem: "the gateway's data is encrypted with a key AWS owns, not a customer managed one, which the configuration requires",
	}, {
		// Bedrock agents, guardrails and knowledge base data sources
		// (cdk-nag's Bedrock*KMSKeyConfigured).
		Types:   []string{"aws_bedrockagent_agent", "AWS::Bedrock::Agent"},
		Judge:   keyJudge(p, parser.A("customer_encryption_key_arn", "CustomerEncryptionKeyArn")),
		Problem: "the agent's resources are encrypted with a key AWS owns, not a customer managed one, which the configuration requires",
	}, {
		Types:   []string{"aws_bedrock_guardrail", "AWS::Bedrock::Guardrail"},
		Judge:   keyJudge(p, parser.A("kms_key_arn", "KmsKeyArn")),
		Problem: "the guardrail is encrypted with a key AWS owns, not a customer managed one, which the configuration requires",
	}, {
		Types:   []string{"aws_bedrockagent_data_source", "AWS::Bedrock::DataSource"},
		Judge:   keyJudge(p, parser.A("server_side_encryption_configuration.kms_key_arn", "ServerSideEncryptionConfiguration.KmsKeyArn")),
		Problem: "the data ingested from this source is stored, while the knowledge base processes it, under a key AWS owns, not a customer managed one, which the configuration requires",
	}, {
		Types:   []string{"aws_cloudtrail_event_data_store", "AWS::CloudTrail::EventDataStore"},
		Judge:   keyJudge(p, parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the stored events are encrypted with a key AWS owns, not a customer managed one, which the configuration requires",
	}}
}

// searchServerlessOwnedKey judges an OpenSearch Serverless encryption
// policy: a JSON object whose AWSOwnedKey true encrypts the collections its
// rules match with a key AWS owns; false comes with a KmsARN of the
// account's own key.
func searchServerlessOwnedKey(res *parser.Resource) parser.Verdict {
	pol := parser.A("policy", "Policy")
	pv := pol.Of(res)
	if pv == nil || pv.Kind == parser.Unknown {
		return parser.Unknowable(pv, pol.Name(res))
	}
	docs, ok := searchNetworkRules(pv)
	if !ok || len(docs) != 1 || docs[0].Kind != parser.Object {
		return parser.Verdict{Answer: parser.CannotTell, At: pv, Detail: pol.Name(res) + ": not a JSON encryption policy this linter can read"}
	}
	v := parser.NotFalse(docs[0].Get("AWSOwnedKey"), "AWSOwnedKey", false)
	if v.Answer == parser.Yes {
		v.At = pv
	}
	return v
}
