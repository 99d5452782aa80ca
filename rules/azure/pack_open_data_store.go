package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const packStorageNetworkRules = "azurerm_storage_account_network_rules"

// packOpenDataStoreReads are the types checkPackOpenDataStore reads (Rule.Reads).
var packOpenDataStoreReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_cosmosdb_account", "azurerm_key_vault", "azurerm_storage_account", "azurerm_storage_account_network_rules"}

func checkPackOpenDataStore(p *engine.Pass) {
	runARM(p, armOpenStores...) // azapi26_network.go
	for _, res := range p.KnownResources("azurerm_key_vault", "azurerm_cosmosdb_account") {
		b := res.Body
		pub := b.Get("public_network_access_enabled")
		if setting.Undecided(p, res, "public_network_access_enabled", pub) || !pub.IsNull() && !pub.IsTrue() {
			continue
		}
		if res.Type == "azurerm_key_vault" {
			acls, hidden := setting.Blocks(b.Get("network_acls"))
			if setting.Undecided(p, res, "network_acls", hidden) {
				continue
			}
			if len(acls) == 0 {
				p.Report(res, nil, "%s accepts connections from all networks (public network access and no network_acls)", res.Address)
				continue
			}
			p.Judge(res, cov12OpenACL(acls[0], "network_acls ", ""), "accepts connections from all networks")
			continue
		}
		vnet := b.Get("is_virtual_network_filter_enabled")
		if setting.Undecided(p, res, "is_virtual_network_filter_enabled", vnet) || !vnet.IsNull() && !vnet.IsFalse() {
			continue
		}
		switch ipf := b.Get("ip_range_filter"); parser.Set(ipf) {
		case parser.No:
			p.Report(res, nil, "%s accepts connections from all networks (public network access, no ip_range_filter, no virtual network filter)", res.Address)
		case parser.CannotTell:
			p.CannotTell(res, ipf, parser.Unknowable(ipf, "ip_range_filter").Detail)
		default:
			p.Judge(res, cov12IPRulesAdmitAll(ipf, "ip_range_filter"), "accepts connections from all networks")
		}
	}

	unresolved := packUnresolvedStorageRules(p)
	claimed := map[*parser.Resource]bool{}
	for _, res := range p.KnownResources("azurerm_storage_account") {
		for _, nr := range packStorageRulesOf(p, res) {
			claimed[nr] = true
		}
		v := packStorageOpen(p, res, unresolved[res.Root])
		if v.Answer == parser.No {
			continue
		}
		// Public network access turned off makes the rules moot.
		on, pub, pubName := storagePublicAccess(res.Body)
		if on == parser.False {
			continue
		}
		if v.Answer == parser.Yes && on == parser.Maybe {
			v = parser.Unknowable(pub, pubName)
		}
		p.Judge(res, v, "accepts connections from all networks")
	}
	// Network rules whose account is not in the configuration (a module
	// input, an existing account) are judged on their own.
	for _, nr := range p.KnownResources(packStorageNetworkRules) {
		if !claimed[nr] {
			p.Judge(nr, cov12OpenACL(nr.Body, "", ""), "lets every network reach its storage account")
		}
	}
}

// packUnresolvedStorageRules returns, by root, the network rules resources
// whose account is not known: they may govern any account there.
func packUnresolvedStorageRules(p *engine.Pass) map[string][]*parser.Resource {
	unresolved := map[string][]*parser.Resource{}
	for _, nr := range p.ResourcesOfType(packStorageNetworkRules) {
		if cov7MayGovernOthers(p, nr, "storage_account_id") || cov7MayGovernOthers(p, nr, "storage_account_name") {
			unresolved[nr.Root] = append(unresolved[nr.Root], nr)
		}
	}
	return unresolved
}

// packStorageOpen judges the network rules that govern a storage account:
// Yes when their default action is "Allow", CannotTell when it or the
// rules' account cannot be told. Network rules in the account's root
// whose account is unknown (others) may govern it: when they could change
// the answer (the inline default is "Allow", or theirs may be), the
// account is undecided.
func packStorageOpen(p *engine.Pass, acct *parser.Resource, others []*parser.Resource) parser.Verdict {
	if split := packStorageRulesOf(p, acct); len(split) > 0 {
		// Any split resource that is not "Allow" wins.
		vs := make([]parser.Verdict, len(split))
		for i, nr := range split {
			vs[i] = cov12OpenACL(nr.Body, "", "")
		}
		return parser.Both(vs...)
	}
	v := parser.Decided
	rules, hidden := setting.Blocks(acct.Body.Get("network_rules"))
	switch {
	case hidden != nil:
		v = parser.Unknowable(hidden, "network_rules")
	case len(rules) > 0:
		v = cov12OpenACL(rules[0], "network_rules ", "")
	}
	for _, nr := range others {
		if v.Answer != parser.No || setting.MayBe(nr.Body.Get("default_action"), "Allow") {
			at := nr.Body.Get("storage_account_id")
			if setting.Unknown(at) == nil {
				at = nr.Body.Get("storage_account_name")
			}
			return parser.Unknowable(at, nr.Address+" "+packAccountAttr(nr))
		}
	}
	return v
}

// packStorageRulesOf returns the network rules resources that name the
// account, by reference or by a literal id ending in its name.
func packStorageRulesOf(p *engine.Pass, acct *parser.Resource) []*parser.Resource {
	split := p.Referrers(acct, "", packStorageNetworkRules)
	if name, ok := acct.Body.Get("name").AsString(); ok {
		for _, nr := range p.InRoot(acct, packStorageNetworkRules) {
			id, ok := nr.Body.Get("storage_account_id").AsString()
			if ok && strings.HasSuffix(strings.ToLower(id), "/storageaccounts/"+strings.ToLower(name)) {
				split = append(split, nr)
			}
		}
	}
	return split
}

// packAccountAttr names the attribute by which network rules name their
// account.
func packAccountAttr(nr *parser.Resource) string {
	if nr.Body.Get("storage_account_id") != nil {
		return "storage_account_id"
	}
	return "storage_account_name"
}
