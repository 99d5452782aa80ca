package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov13rStorageDefaultNetworkReads are the types checkCov13rStorageDefaultNetwork reads (Rule.Reads).
var cov13rStorageDefaultNetworkReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_storage_account", "azurerm_storage_account_network_rules", "azurerm_storage_account_static_website"}

// checkCov13rStorageDefaultNetwork reports storage accounts left at
// Azure's default network access: public network access on and no network
// rules, inline or in an azurerm_storage_account_network_rules resource
// (whose default action AZURE-034 judges).
func checkCov13rStorageDefaultNetwork(p *engine.Pass) {
	armStorageDefaultNetwork.Check().Run(p) // azapi26_network.go
	unresolved := packUnresolvedStorageRules(p)
	for _, res := range p.KnownManaged("azurerm_storage_account") {
		b := res.Body
		on, pub, pubName := storagePublicAccess(b)
		if on == parser.False || len(packStorageRulesOf(p, res)) > 0 {
			continue
		}
		rules, hidden := setting.Blocks(b.Get("network_rules"))
		if setting.Undecided(p, res, "network_rules", hidden) || len(rules) > 0 {
			continue
		}
		// A static website is meant to be reached from anywhere.
		if site, hidden := setting.Blocks(b.Get("static_website")); hidden != nil || len(site) > 0 ||
			len(p.Referrers(res, "", "azurerm_storage_account_static_website")) > 0 {
			continue
		}
		if nr := unresolved[res.Root]; len(nr) > 0 {
			at := nr[0].Body.Get("storage_account_id")
			if setting.Unknown(at) == nil {
				at = nr[0].Body.Get("storage_account_name")
			}
			v := parser.Unknowable(at, nr[0].Address+" "+packAccountAttr(nr[0]))
			p.CannotTell(res, v.At, v.Detail)
			continue
		}
		if on == parser.Maybe {
			p.CannotTell(res, pub, parser.Unknowable(pub, pubName).Detail)
			continue
		}
		p.Report(res, nil, "%s accepts connections from all networks: it has no network rules and does not turn public network access off (Azure's default)", res.Address)
	}
}

// cov13rRules returns the rules of the Regula-measured coverage batch.
func cov13rRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-153", Check: checkCov13rStorageDefaultNetwork, Reads: cov13rStorageDefaultNetworkReads},
	}
}
