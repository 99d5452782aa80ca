package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func packOpenDataStore() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-034",
		Name:     "data-store-open-to-all-networks",
		Title:    "Key Vault, Cosmos DB account or storage account accepts connections from all networks",
		Severity: engine.High,
		Description: "A data store's public endpoint accepts connections from any network, guarded only by keys " +
			"and tokens: it should be reachable through private endpoints, or at least only from listed " +
			"networks. Reported are: an azurerm_key_vault with public network access (public_network_access_enabled " +
			"true or absent, the default) and no network_acls block or one with default_action \"Allow\"; an " +
			"azurerm_cosmosdb_account with public network access (the default) and neither an ip_range_filter " +
			"nor is_virtual_network_filter_enabled = true; an azurerm_storage_account with public network access " +
			"whose network rules say default_action = \"Allow\", inline (network_rules) or in an " +
			"azurerm_storage_account_network_rules resource that refers to it (by reference or literal id), which then decides. A storage " +
			"account with no network rules at all is open too (the default) but is not reported: only an " +
			"explicit \"Allow\" is, as many accounts back services that need their public endpoint. Key Vault " +
			"and Cosmos DB settings not known statically make undecided notes; storage accounts in a root module " +
			"holding network rules whose account cannot be resolved are not reported.",
		Remediation: engine.Remediation{Summary: "Disable public network access and use private endpoints, or set the default network action to Deny and list the subnets and address ranges that need access."},
		Checklist:   []string{"NET-3"},
		SOC2:        []string{"CC6.6"},
		Provider:    "azure",
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/key-vault/general/network-security",
			"https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-firewall",
			"https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#ip_range_filter",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules",
		},
		Precision: "high",
		Check:     checkPackOpenDataStore,
	}
}

const packStorageNetworkRules = "azurerm_storage_account_network_rules"

func checkPackOpenDataStore(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_key_vault", "azurerm_cosmosdb_account") {
		b := res.Body
		if !p.BodyKnown(res) {
			continue
		}
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
			if v := acls[0].Get("default_action"); v.IsAnyOf("Allow") {
				p.Report(res, v, "%s accepts connections from all networks (network_acls default_action = \"Allow\")", res.Address)
			}
			continue
		}
		vnet := b.Get("is_virtual_network_filter_enabled")
		if setting.Undecided(p, res, "is_virtual_network_filter_enabled", vnet) || !vnet.IsNull() && !vnet.IsFalse() {
			continue
		}
		if parser.Set(b.Get("ip_range_filter")) == parser.No {
			p.Report(res, nil, "%s accepts connections from all networks (public network access, no ip_range_filter, no virtual network filter)", res.Address)
		}
	}

	// Roots with network rules whose account is not known.
	unresolved := map[string]bool{}
	for _, nr := range p.ResourcesOfType(packStorageNetworkRules) {
		if p.Unresolved(nr, "storage_account_id") || p.Unresolved(nr, "storage_account_name") {
			unresolved[nr.Root] = true
		}
	}
	for _, res := range p.ResourcesOfType("azurerm_storage_account") {
		b := res.Body
		if unresolved[res.Root] || !p.BodyKnown(res) {
			continue
		}
		pub := b.Get("public_network_access_enabled")
		if !pub.IsNull() && !pub.IsTrue() {
			continue
		}
		if v := packStorageDefaultAction(p, res); v != nil && v.IsAnyOf("Allow") {
			p.Report(res, v, "%s accepts connections from all networks (network rules default_action = \"Allow\")", res.Address)
		}
	}
}

// packStorageDefaultAction returns the default_action value that governs a
// storage account: that of an azurerm_storage_account_network_rules
// referring to it, else that of its inline network_rules block, else nil.
// When several split resources refer to it, any that is not "Allow" wins.
func packStorageDefaultAction(p *engine.Pass, acct *parser.Resource) *parser.Value {
	var allow *parser.Value
	split := p.Referrers(acct, "", packStorageNetworkRules)
	// Or by a literal id ending in the account's name.
	if name, ok := acct.Body.Get("name").AsString(); ok {
		for _, nr := range p.InRoot(acct, packStorageNetworkRules) {
			id, ok := nr.Body.Get("storage_account_id").AsString()
			if ok && strings.HasSuffix(strings.ToLower(id), "/storageaccounts/"+strings.ToLower(name)) {
				split = append(split, nr)
			}
		}
	}
	for _, nr := range split {
		v := nr.Body.Get("default_action")
		if !v.IsAnyOf("Allow") {
			return nil
		}
		allow = v
	}
	if len(split) > 0 {
		return allow
	}
	rules, _ := setting.Blocks(acct.Body.Get("network_rules"))
	if len(rules) == 0 {
		return nil
	}
	return rules[0].Get("default_action")
}
