package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packAKSPublicAPI() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-035",
		Name:     "aks-api-server-open-to-internet",
		Title:    "AKS cluster API server is reachable from the whole internet",
		Severity: engine.High,
		Description: "An azurerm_kubernetes_cluster is not a private cluster (private_cluster_enabled false or " +
			"absent, the default) and does not restrict its public API server to authorized IP ranges " +
			"(api_server_access_profile.authorized_ip_ranges in azurerm 3.x and 4.x, api_server_authorized_ip_ranges " +
			"in older versions): absent, empty, or including 0.0.0.0/0. The Kubernetes control plane is then " +
			"exposed to credential stuffing and to every future API server vulnerability. Clusters whose privacy " +
			"or ranges are not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Make the cluster private (private_cluster_enabled = true), or list the address ranges that administer it in api_server_access_profile.authorized_ip_ranges."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges",
			"https://learn.microsoft.com/en-us/azure/aks/private-clusters",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#api_server_access_profile",
		},
		Precision: "high",
		Check:     checkPackAKSPublicAPI,
	}
}

func checkPackAKSPublicAPI(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_kubernetes_cluster") {
		b := res.Body
		if !p.BodyKnown(res) {
			continue
		}
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
