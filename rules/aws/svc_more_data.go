package aws

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dynamoDBOwnedKeyOnly() *engine.Rule {
	// A table is always encrypted at rest (the AWS owned key by default, also
	// when server_side_encryption.enabled is false): the rule reports only
	// when the configuration requires customer managed keys.
	return setting.WithCustomerKeyOption(&engine.Rule{ID: "AWS-164"}, dynamoCustomerKey)
}

func secretsManagerDefaultKey() *engine.Rule {
	key := parser.A("kms_key_id", "KmsKeyId")
	check := setting.Check{
		Types:   []string{"aws_secretsmanager_secret", "AWS::SecretsManager::Secret"},
		Judge:   setting.Either(setting.MustBeSet(key), namesAWSManagedKey(key, "secretsmanager")),
		Problem: "the secret is encrypted only with the default key",
	}
	r := setting.Rule(engine.Rule{ID: "AWS-165"}, check)
	// The new Check reads more than the settings' types.
	setting.Undeclared(r)
	r.Check = func(p *engine.Pass) {
		check.Run(p)
		managedKeyLookups(p, check, key, "secretsmanager")
	}
	return r
}

// managedKeyLookups reports the Terraform resources of c whose key setting
// a is read from a data source that looks the AWS managed key of service
// up by its alias (data "aws_kms_key" key_id, data "aws_kms_alias" name):
// the same key as leaving the setting out, hidden behind an ARN only the
// plan knows.
func managedKeyLookups(p *engine.Pass, c setting.Check, a parser.Attr, service string) {
	alias := "alias/aws/" + service
	for _, res := range p.KnownResources(c.Types...) {
		if res.Format != parser.Terraform || !a.Exists(res) {
			continue
		}
		for _, ds := range p.Referenced(res, a.Name(res), "aws_kms_key", "aws_kms_alias") {
			by := "key_id"
			if ds.Type == "aws_kms_alias" {
				by = "name"
			}
			if s, ok := ds.Body.Get(by).AsString(); ok && ds.Data && strings.EqualFold(strings.TrimSpace(s), alias) {
				p.Report(res, a.Of(res), "%s: %s (%s comes from %s, which looks up the AWS managed key aws/%s)",
					res.Address, c.Problem, a.Name(res), ds.Address, service)
			}
		}
	}
}

// namesAWSManagedKey is Yes when the key setting a names the AWS managed key
// of service (aws/<service>) by its alias, bare or as an alias ARN: the
// same key as leaving the setting out.
func namesAWSManagedKey(a parser.Attr, service string) setting.Judge {
	alias := "alias/aws/" + service
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		v := a.Of(res)
		if s, ok := v.AsString(); ok {
			l := strings.ToLower(strings.TrimSpace(s))
			if l == alias || l == "aws/"+service || strings.HasSuffix(l, ":"+alias) {
				return parser.Bad(v, fmt.Sprintf("%s = %q names the AWS managed key aws/%s", a.Name(res), s, service))
			}
		} else if parts := v.KnownParts(); parts != nil {
			// An alias ARN built from the partition, region and account.
			if strings.HasSuffix(strings.ToLower(strings.TrimSpace(parts[len(parts)-1])), ":"+alias) {
				return parser.Bad(v, fmt.Sprintf("%s is an alias ARN of the AWS managed key aws/%s", a.Name(res), service))
			}
		}
		return parser.Decided // unknown or absent: MustBeSet judges those
	}
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

// The engine of a DMS endpoint, and its SSL mode.
var (
	dmsEngine  = parser.A("engine_name", "EngineName")
	dmsSSLMode = parser.A("ssl_mode", "SslMode")
)

// dmsDatabaseEndpoint is Yes for the endpoints of a database engine, and
// for those that leave the (required) engine out but write an SSL mode:
// only database engines take one, so the mode written is judged.
func dmsDatabaseEndpoint(res *parser.Resource) parser.Verdict {
	if dmsEngine.Of(res) == nil && dmsSSLMode.Of(res) != nil {
		return yes(nil)
	}
	return setting.Is(dmsEngine, "", dmsDatabaseEngines...)(res)
}

func dmsEndpointWithoutSSL() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-167"}, setting.Check{
		Types:   []string{"aws_dms_endpoint", "AWS::DMS::Endpoint"},
		If:      dmsDatabaseEndpoint,
		Judge:   setting.MustNotBe(dmsSSLMode, "none", "none"),
		Problem: "replicated data crosses the network unencrypted",
	}, setting.Check{
		Types: []string{"aws_dms_endpoint", "AWS::DMS::Endpoint"},
		If:    setting.Is(parser.A("engine_name", "EngineName"), "", "redis"),
		// A Redis target connects with TLS (ssl-encryption) unless told plaintext.
		Judge:   setting.MustNotBe(parser.A("redis_settings.ssl_security_protocol", "RedisSettings.SslSecurityProtocol"), "ssl-encryption", "plaintext"),
		Problem: "replicated data crosses the network to Redis unencrypted",
	})
}
