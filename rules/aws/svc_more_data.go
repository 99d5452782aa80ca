package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dynamoDBOwnedKeyOnly() *engine.Rule {
	return setting.WithCustomerKeyOption(setting.Rule(engine.Rule{ID: "AWS-164"}, setting.Check{
		Types:   []string{"aws_dynamodb_table", "AWS::DynamoDB::Table"},
		Judge:   setting.MustBeTrue(parser.A("server_side_encryption.enabled", "SSESpecification.SSEEnabled"), false),
		Problem: "the table is encrypted only with a key the account does not control",
	}), dynamoCustomerKey.Run)
}

func secretsManagerDefaultKey() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-165"}, setting.Check{
		Types:   []string{"aws_secretsmanager_secret", "AWS::SecretsManager::Secret"},
		Judge:   setting.MustBeSet(parser.A("kms_key_id", "KmsKeyId")),
		Problem: "the secret is encrypted only with the default key",
	})
}

func ecsEFSVolumeWithoutTLS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-166"}, setting.Check{
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
	return setting.Rule(engine.Rule{ID: "AWS-167"}, setting.Check{
		Types:   []string{"aws_dms_endpoint", "AWS::DMS::Endpoint"},
		If:      setting.Is(parser.A("engine_name", "EngineName"), "", dmsDatabaseEngines...),
		Judge:   setting.MustNotBe(parser.A("ssl_mode", "SslMode"), "none", "none"),
		Problem: "replicated data crosses the network unencrypted",
	}, setting.Check{
		Types: []string{"aws_dms_endpoint", "AWS::DMS::Endpoint"},
		If:    setting.Is(parser.A("engine_name", "EngineName"), "", "redis"),
		// A Redis target connects with TLS (ssl-encryption) unless told plaintext.
		Judge:   setting.MustNotBe(parser.A("redis_settings.ssl_security_protocol", "RedisSettings.SslSecurityProtocol"), "ssl-encryption", "plaintext"),
		Problem: "replicated data crosses the network to Redis unencrypted",
	})
}
