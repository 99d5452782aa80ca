package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbRedisPublicNetworkAccess() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-021",
		Name:     "redis-cache-public-network-access",
		Title:    "Azure Cache for Redis allows public network access",
		Severity: engine.High,
		Description: "An azurerm_redis_cache has public network access enabled (public_network_access_enabled " +
			"is true, the default): its endpoint is reachable from the internet, guarded only by access keys " +
			"and optional firewall rules. Caches hold session and application data and should be reachable " +
			"only privately, through a private endpoint. A Premium cache injected into a virtual network " +
			"(subnet_id set) is not reported unless public access is explicitly enabled; a value not known statically " +
			"is an undecided note.",
		Remediation: engine.Remediation{Summary: "Set public_network_access_enabled = false and connect through a private endpoint."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/azure-cache-for-redis/cache-private-link",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#public_network_access_enabled",
		},
		Precision: "high",
		Check:     checkRedisPublicNetworkAccess,
	}
}

func checkRedisPublicNetworkAccess(p *engine.Pass) {
	pub := parser.A("public_network_access_enabled", "")
	setting.Check{
		Types: []string{"azurerm_redis_cache"},
		Judge: func(res *parser.Resource) parser.Verdict {
			// Public access defaults to on, except for a cache injected
			// into a virtual network (subnet_id, which may be unknown).
			def := !parser.AnySet(parser.A("subnet_id", "").Of(res))
			return parser.NotFalse(pub.Of(res), pub.Name(res), def)
		},
		Problem: "allows public network access",
	}.Run(p)
}
