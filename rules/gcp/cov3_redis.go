package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3RedisTransit() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-130",
		Name:     "redis-transit-encryption-disabled",
		Title:    "Memorystore for Redis instance or cluster accepts unencrypted connections",
		Severity: engine.Medium,
		Description: "A google_redis_instance does not set transit_encryption_mode = \"SERVER_AUTHENTICATION\", or a " +
			"google_redis_cluster does not set transit_encryption_mode = " +
			"\"TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION\": the default of both is DISABLED, so cached data, " +
			"AUTH strings and commands cross the VPC in clear text. In-transit encryption can only be chosen " +
			"when the instance is created. A google_memorystore_instance (Valkey) is reported only when it sets " +
			"transit_encryption_mode = \"TRANSIT_ENCRYPTION_DISABLED\" explicitly. Values not known statically " +
			"become undecided notes.",
		Remediation: engine.Remediation{Summary: "Create the instance with transit_encryption_mode = \"SERVER_AUTHENTICATION\" (clusters: \"TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION\") and connect with TLS using the instance's server CA."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#transit_encryption_mode",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_cluster#transit_encryption_mode",
		},
		Precision: "very-high",
	}, setting.Check{
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
