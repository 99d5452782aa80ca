package azure

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packPublicContainerReads are the types checkPackPublicContainer reads (Rule.Reads).
var packPublicContainerReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_storage_account", "azurerm_storage_container"}

func checkPackPublicContainer(p *engine.Pass) {
	checkARMPublicContainers(p) // azapi26_more.go
	for _, c := range p.ResourcesOfType("azurerm_storage_container") {
		v := c.Body.Get("container_access_type")
		unknownType := setting.Unknown(v)
		if unknownType == nil && !v.IsAnyOf("blob", "container") {
			continue
		}
		accounts := packContainerAccounts(p, c)
		if unknownType != nil {
			// Not known statically: it matters only where the account
			// may let containers be public.
			if len(accounts) == 0 || packAnyAccountAllows(accounts) {
				p.CannotTell(c, unknownType, parser.Unknowable(unknownType, "container_access_type").Detail)
			}
			continue
		}
		if len(accounts) == 0 {
			// The account's allow_nested_items_to_be_public (true by
			// default) decides, and it is not in the scanned code.
			p.CannotTell(c, v, fmt.Sprintf("container_access_type = %q opens the container to anonymous reads unless its storage account forbids public access, and the account is not in the scanned code", v.Str))
			continue
		}
		open, why := parser.True, (*parser.Value)(nil)
		for _, a := range accounts {
			t, u := packAccountAllowsPublic(a)
			if t < open {
				open, why = t, u
			}
		}
		switch open {
		case parser.True:
			p.Report(c, v, "%s allows anonymous public read access (container_access_type = %q) and %s does not forbid it",
				c.Address, v.Str, accounts[0].Address)
		case parser.Maybe:
			p.CannotTell(c, why, parser.Unknowable(why, "the storage account's allow_nested_items_to_be_public").Detail)
		}
	}
}

// packAnyAccountAllows reports whether any of the accounts lets
// containers be public or may.
func packAnyAccountAllows(accounts []*parser.Resource) bool {
	for _, a := range accounts {
		if t, _ := packAccountAllowsPublic(a); t != parser.False {
			return true
		}
	}
	return false
}

// packContainerAccounts returns the storage accounts a container is in:
// referred to by storage_account_id or storage_account_name, or named
// literally by storage_account_name in the same root.
func packContainerAccounts(p *engine.Pass, c *parser.Resource) []*parser.Resource {
	var out []*parser.Resource
	for _, attr := range []string{"storage_account_id", "storage_account_name"} {
		out = append(out, p.Referenced(c, attr, "azurerm_storage_account")...)
	}
	if len(out) > 0 {
		return out
	}
	if name, ok := c.Body.Get("storage_account_name").AsString(); ok {
		for _, a := range p.InRoot(c, "azurerm_storage_account") {
			if n, ok := a.Body.Get("name").AsString(); ok && n == name {
				out = append(out, a)
			}
		}
	}
	return out
}

// packAccountAllowsPublic tells whether a storage account lets containers
// be public: True when the flag is true, or absent (the azurerm 3.x and
// 4.x default); Maybe, with the unknown value, when it cannot be told.
func packAccountAllowsPublic(a *parser.Resource) (parser.Truth, *parser.Value) {
	if u := setting.Unknown(a.Body); u != nil {
		return parser.Maybe, u
	}
	for _, attr := range []string{"allow_nested_items_to_be_public", "allow_blob_public_access"} {
		v := a.Body.Get(attr)
		if v.IsNull() {
			continue
		}
		if u := setting.Unknown(v); u != nil {
			return parser.Maybe, u
		}
		if v.IsTrue() {
			return parser.True, nil
		}
		return parser.False, nil
	}
	return parser.True, nil
}
