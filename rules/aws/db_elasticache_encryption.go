package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbUnencryptedElastiCache() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-022"}, setting.Check{
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
