package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage12mRules are the rules added from the KICS Terraform AWS queries
// of folders m..z (issue 9, session 12).
func coverage12mRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-273", Check: checkTrailS3WriteEvents},
		redisCacheClusterUnencrypted(),
	}
}

// checkTrailS3WriteEvents is AWS-273: a trail that records S3 object
// events for reads only (read_write_type ReadOnly, readOnly = true) while
// no trail of its root records object writes: uploads, overwrites and
// deletions of objects leave no audit record. A root none of whose trails
// records S3 object events at all is AWS-216's.
func checkTrailS3WriteEvents(p *engine.Pass) {
	trails := p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail")
	events := map[*parser.Resource]selectorEvents{}
	for _, t := range trails {
		events[t] = trailS3ObjectEvents(t)
	}
	for _, t := range trails {
		ev := events[t]
		if !ev.reads || ev.writes {
			continue
		}
		covered := false
		for _, other := range p.InRoot(t, "aws_cloudtrail", "AWS::CloudTrail::Trail") {
			if o, ok := events[other]; ok && other != t && (o.writes || o.hidden != nil) {
				covered = true
			}
		}
		switch {
		case covered:
		case ev.hidden != nil:
			p.CannotTell(t, ev.hidden, parser.Unknowable(ev.hidden, trailSelectors.Name(t)).Detail)
		default:
			p.Report(t, nil, "%s records S3 object-level events for reads only, and no trail of the configuration records object writes: uploads, overwrites and deletions of objects leave no audit trail", t.Address)
		}
	}
}

// redisCacheClusterUnencrypted is AWS-274: a Redis OSS cache cluster
// created on its own (aws_elasticache_cluster without
// replication_group_id, AWS::ElastiCache::CacheCluster). ElastiCache
// encrypts at rest only replication groups, and CreateCacheCluster has no
// at-rest setting, so its backups and swap files are stored unencrypted
// whatever else is written. A cluster that joins a replication group gets
// the group's encryption (AWS-022's question); Memcached keeps nothing on
// disk.
func redisCacheClusterUnencrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-274"}, setting.Check{
		Types:   []string{"aws_elasticache_cluster", "AWS::ElastiCache::CacheCluster"},
		Unless:  []parser.Attr{parser.A("replication_group_id", "")},
		Judge:   setting.Is(parser.A("engine", "Engine"), "", "redis", "Redis"),
		Problem: "a Redis OSS cache cluster outside a replication group cannot be encrypted at rest: its backups and swap files are stored unencrypted",
	})
}
