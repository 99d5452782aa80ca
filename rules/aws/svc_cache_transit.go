package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cacheInTransitEncryptionDisabled() *engine.Rule {
	transit := parser.A("transit_encryption_enabled", "TransitEncryptionEnabled")
	return setting.Rule(engine.Rule{ID: "AWS-142"}, setting.Check{
		Types:  []string{"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup"},
		Unless: attrs("global_replication_group_id", "GlobalReplicationGroupId"),
		Judge: setting.Either(
			setting.MustBeTrue(transit, false),
			setting.MustNotBe(parser.A("transit_encryption_mode", "TransitEncryptionMode"), "", "preferred")),
		Problem: cachePlaintext,
	}, setting.Check{
		Types:   []string{"aws_elasticache_cluster", "AWS::ElastiCache::CacheCluster"},
		If:      setting.Is(parser.A("engine", "Engine"), "", "memcached"),
		Judge:   setting.MustBeTrue(transit, false),
		Problem: cachePlaintext,
	}, setting.Check{
		Types:   []string{"aws_memorydb_cluster", "AWS::MemoryDB::Cluster"},
		Judge:   setting.MustBeTrue(parser.A("tls_enabled", "TLSEnabled"), true),
		Problem: cachePlaintext,
	})
}

const cachePlaintext = "clients may connect without TLS"
