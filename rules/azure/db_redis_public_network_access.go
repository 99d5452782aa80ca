package azure

import (
	"github.com/soc2lint/soc2lint/engine"
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
			"(subnet_id set) is not reported unless public access is explicitly enabled.",
		Remediation: engine.Remediation{Summary: "Set public_network_access_enabled = false and connect through a private endpoint."},
		Checklist:   []string{"NET-3"},
		SOC2:        []string{"CC6.6"},
		Provider:    "azure",
		Links: []string{
			"https://learn.microsoft.com/azure/azure-cache-for-redis/cache-private-link",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#public_network_access_enabled",
		},
		Precision: "high",
		Check:     checkRedisPublicNetworkAccess,
	}
}

func checkRedisPublicNetworkAccess(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_redis_cache") {
		b := res.Body
		if !p.BodyKnown(res) {
			continue
		}
		v := b.Get("public_network_access_enabled")
		if on, ok := v.AsBool(); ok && on {
			p.Report(res, v, "%s allows public network access (public_network_access_enabled = true)", res.Address)
		} else if v.IsNull() && b.Get("subnet_id").IsNull() {
			p.Report(res, nil, "%s allows public network access (public_network_access_enabled defaults to true)", res.Address)
		}
	}
}
