package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cacheInTransitEncryptionDisabled() *engine.Rule {
	transit := parser.A("transit_encryption_enabled", "TransitEncryptionEnabled")
	return setting.Rule(engine.Rule{
		ID:       "AWS-142",
		Name:     "cache-in-transit-encryption-disabled",
		Title:    "ElastiCache or MemoryDB cluster accepts unencrypted connections",
		Severity: engine.High,
		Description: "An in-memory data store accepts clients without TLS: an ElastiCache (Redis OSS or Valkey) " +
			"replication group without in-transit encryption (transit_encryption_enabled / " +
			"TransitEncryptionEnabled absent or false; the API and provider default is false), or with " +
			"transit_encryption_mode \"preferred\", which accepts plaintext beside TLS; an ElastiCache Memcached " +
			"cluster without transit_encryption_enabled (default false); or a MemoryDB cluster with tls_enabled = " +
			"false (TLSEnabled: false; the default is true). Cached sessions, tokens and data then cross the " +
			"network in clear text. Secondary members of a global datastore inherit the setting and are not " +
			"reported; ElastiCache Serverless always uses TLS. Unknown values are notes, not findings.",
		Remediation: engine.Remediation{Summary: "Set transit_encryption_enabled = true (TransitEncryptionEnabled: true) with mode required, or keep MemoryDB's tls_enabled at true."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled",
			"https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html",
		},
		Precision: "high",
	}, setting.Check{
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
