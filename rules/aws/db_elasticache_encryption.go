package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbUnencryptedElastiCache() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-022",
		Name:     "elasticache-not-encrypted-at-rest",
		Title:    "ElastiCache replication group is not encrypted at rest",
		Severity: engine.High,
		Description: "An ElastiCache (Redis OSS or Valkey) replication group is created without encryption at " +
			"rest (at_rest_encryption_enabled / AtRestEncryptionEnabled absent or false). Cached data, " +
			"backups and swap files are then stored unencrypted, and the setting cannot be changed on an " +
			"existing group. For Redis OSS the default is false. For Valkey, AWS enables encryption at rest " +
			"by default, so an absent setting is not reported when the engine is known to be valkey. A " +
			"secondary member of a global datastore inherits the setting and is not reported.",
		Remediation: engine.Remediation{Summary: "Set at_rest_encryption_enabled = true (AtRestEncryptionEnabled: true); the group must be recreated."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup"},
		// A member of a global datastore gets its encryption from the primary.
		Unless: []parser.Attr{parser.A("global_replication_group_id", "GlobalReplicationGroupId")},
		// Turned off explicitly; or left out on Redis OSS, whose default is
		// off (Valkey encrypts by default; an unknown engine cannot be told).
		Judge: setting.Either(
			setting.MustBeTrue(elastiCacheAtRest, true),
			setting.Both(setting.MustBeTrue(elastiCacheAtRest, false), setting.Is(parser.A("engine", "Engine"), "redis", "redis"))),
		Problem: "cache data is not encrypted at rest",
	})
}

var elastiCacheAtRest = parser.A("at_rest_encryption_enabled", "AtRestEncryptionEnabled")
