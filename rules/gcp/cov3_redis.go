package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3RedisTransit() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-130"}, setting.Check{
		Types:   []string{"google_redis_instance"},
		Judge:   setting.MustBeOneOf(parser.A("transit_encryption_mode", ""), "DISABLED", "SERVER_AUTHENTICATION"),
		Problem: "connections to the cache are not encrypted",
	}, setting.Check{
		Types: []string{"google_redis_cluster"},
		Judge: setting.MustBeOneOf(parser.A("transit_encryption_mode", ""), "TRANSIT_ENCRYPTION_MODE_DISABLED",
			"TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"),
		Problem: "connections to the cache cluster are not encrypted",
	}, setting.Check{
		Types:   []string{"google_memorystore_instance"},
		Judge:   setting.MustNotBe(parser.A("transit_encryption_mode", ""), "", "TRANSIT_ENCRYPTION_DISABLED"),
		Problem: "connections to the cache are not encrypted",
	})
}
