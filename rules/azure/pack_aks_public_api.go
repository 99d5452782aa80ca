package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packAKSPublicAPIReads are the types checkPackAKSPublicAPI reads (Rule.Reads).
var packAKSPublicAPIReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_kubernetes_cluster"}

func checkPackAKSPublicAPI(p *engine.Pass) {
	armAKSPublicAPI.Check().Run(p) // azapi26_network.go
	for _, res := range p.KnownResources("azurerm_kubernetes_cluster") {
		b := res.Body
		priv := b.Get("private_cluster_enabled")
		profiles, hidden := setting.Blocks(b.Get("api_server_access_profile"))
		if setting.Undecided(p, res, "private_cluster_enabled", priv) || !priv.IsNull() && !priv.IsFalse() ||
			setting.Undecided(p, res, "api_server_access_profile", hidden) {
			continue
		}
		lists := []*parser.Value{b.Get("api_server_authorized_ip_ranges")}
		for _, prof := range profiles {
			lists = append(lists, prof.Get("authorized_ip_ranges"))
		}
		restricted := false
		var world, unknown *parser.Value
		for _, l := range lists {
			cidrs, u := setting.Elems(l)
			if unknown == nil {
				unknown = u
			}
			for _, cidr := range cidrs {
				switch {
				case parser.Set(cidr) == parser.No:
				case netexposure.IsWorldCIDR(cidr):
					world = cidr
				default:
					restricted = true
				}
			}
		}
		switch {
		case world != nil:
			p.Report(res, world, "%s authorizes %s to reach its API server", res.Address, world.Str)
		case setting.Undecided(p, res, "authorized_ip_ranges", unknown), restricted:
		case !priv.IsNull():
			p.Report(res, priv, "%s exposes its API server to the internet (not private, no authorized IP ranges)", res.Address)
		default:
			p.Report(res, nil, "%s exposes its API server to the internet (not private, no authorized IP ranges)", res.Address)
		}
	}
}
