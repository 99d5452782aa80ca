package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// redisPublicNetworkAccessReads are the types checkRedisPublicNetworkAccess reads (Rule.Reads).
var redisPublicNetworkAccessReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_redis_cache"}

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
	armRedisPublic.Check().Run(p) // azapi26_more.go
}
