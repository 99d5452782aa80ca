package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dynamoDBOwnedKeyOnly() *engine.Rule {
	return setting.WithCustomerKeyOption(setting.Rule(engine.Rule{
		ID:       "AWS-164",
		Name:     "dynamodb-table-aws-owned-key",
		Title:    "DynamoDB table is encrypted only with an AWS owned key",
		Severity: engine.Low,
		Description: "A DynamoDB table does not turn on KMS server-side encryption (server_side_encryption.enabled / " +
			"SSESpecification.SSEEnabled absent or false). DynamoDB always encrypts tables at rest; by default with " +
			"an AWS owned key that the account cannot see, audit or revoke. With the setting on, the table uses the " +
			"AWS managed key aws/dynamodb or a customer managed key named in kms_key_arn (KMSMasterKeyId), whose use " +
			"is logged in CloudTrail. Report this when the configuration requires KMS keys for data stores; the " +
			"severity is low because the data is encrypted either way. Unknown values are notes. Where policy " +
			"requires customer managed keys, the option require-customer-key: true (rules.options.AWS-164 in " +
			".soc2lint.yaml) also reports tables on the AWS managed key aws/dynamodb (no kms_key_arn / KMSMasterKeyId).",
		Remediation: engine.Remediation{Summary: "Add server_side_encryption { enabled = true, kms_key_arn = <customer managed key> } (SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: ...})."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_dynamodb_table", "AWS::DynamoDB::Table"},
		Judge:   setting.MustBeTrue(parser.A("server_side_encryption.enabled", "SSESpecification.SSEEnabled"), false),
		Problem: "the table is encrypted only with a key the account does not control",
	}), dynamoCustomerKey.Run)
}

func secretsManagerDefaultKey() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-165",
		Name:     "secret-default-kms-key",
		Title:    "Secrets Manager secret is encrypted with the default aws/secretsmanager key",
		Severity: engine.Low,
		Description: "A Secrets Manager secret names no KMS key (kms_key_id / KmsKeyId absent or empty), so it is " +
			"encrypted with the AWS managed key aws/secretsmanager. The secret is encrypted either way; the default " +
			"key's policy cannot be changed, so it cannot limit decryption to the secret's consumers or be shared " +
			"with another account, and every principal allowed secretsmanager:GetSecretValue can read the value. " +
			"The severity is low for that reason. A key whose value is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Set kms_key_id (KmsKeyId) to a customer managed KMS key whose policy names the secret's consumers."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_secretsmanager_secret", "AWS::SecretsManager::Secret"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the secret is encrypted only with the default key",
	})
}

func ecsEFSVolumeWithoutTLS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-166",
		Name:     "ecs-efs-volume-without-tls",
		Title:    "ECS task definition mounts an EFS volume without encryption in transit",
		Severity: engine.Medium,
		Description: "An ECS task definition mounts an EFS file system (efs_volume_configuration / " +
			"EFSVolumeConfiguration) without transit_encryption = \"ENABLED\" (TransitEncryption: ENABLED). The " +
			"default is DISABLED, so the task's NFS traffic to the file system is not encrypted. Every volume of the " +
			"task definition is judged. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set transit_encryption = \"ENABLED\" (TransitEncryption: ENABLED) on every EFS volume, ideally with IAM authorization."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge: func(res *parser.Resource) parser.Verdict {
			volumes, cfg, mode := "volume", "efs_volume_configuration", "transit_encryption"
			if res.Format == parser.CloudFormation {
				volumes, cfg, mode = "Volumes", "EFSVolumeConfiguration", "TransitEncryption"
			}
			vols := res.Body.Get(volumes)
			if parser.Set(vols) == parser.CannotTell {
				return parser.Unknowable(vols, volumes)
			}
			var vs []parser.Verdict
			for _, vol := range vols.Items() {
				efs := parser.Lookup(vol, cfg)
				if parser.Set(efs) == parser.CannotTell {
					vs = append(vs, parser.Unknowable(efs, cfg))
					continue
				}
				if efs = parser.A(cfg, cfg).Block(&parser.Resource{Format: res.Format, Body: vol}); efs == nil {
					continue
				}
				v := parser.NoneOf(efs.Get(mode), cfg+"."+mode, "DISABLED", "ENABLED")
				if v.Answer == parser.Yes && v.At == nil {
					v.At = efs
				}
				vs = append(vs, v)
			}
			return parser.Either(vs...)
		},
		Problem: "NFS traffic to the EFS file system is not encrypted",
	})
}

// dmsDatabaseEngines are the DMS endpoint engines that take ssl_mode.
var dmsDatabaseEngines = []string{"mysql", "mariadb", "aurora", "postgres", "aurora-postgresql", "oracle",
	"sqlserver", "db2", "db2-zos", "sybase", "mongodb", "docdb", "redshift", "babelfish", "azuredb", "azure-sql-managed-instance"}

func dmsEndpointWithoutSSL() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-167",
		Name:     "dms-endpoint-without-ssl",
		Title:    "DMS endpoint connects to its database without SSL",
		Severity: engine.Medium,
		Description: "A Database Migration Service endpoint for a database engine (MySQL, MariaDB, Aurora, " +
			"PostgreSQL, Oracle, SQL Server, Db2, SAP ASE, MongoDB, DocumentDB, Redshift) leaves ssl_mode " +
			"(SslMode) at its default none, or sets it to none, so the replicated data crosses the network " +
			"unencrypted. Endpoints for S3, DynamoDB, Kinesis, Kafka, OpenSearch and other services do not take " +
			"this setting and are not judged; an endpoint whose engine is unknown is a note. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set ssl_mode (SslMode) to require, verify-ca or verify-full, with a certificate where the engine needs one."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint#ssl_mode",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"aws_dms_endpoint", "AWS::DMS::Endpoint"},
		If:      setting.Is(parser.A("engine_name", "EngineName"), "", dmsDatabaseEngines...),
		Judge:   setting.MustNotBe(parser.A("ssl_mode", "SslMode"), "none", "none"),
		Problem: "replicated data crosses the network unencrypted",
	})
}
