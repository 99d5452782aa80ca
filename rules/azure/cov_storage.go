package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covStorageNestedPublic() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-103"}, setting.Check{
		Types:   []string{"azurerm_storage_account"},
		Judge:   nestedPublic,
		Problem: "containers may be made public",
	}, armSetting{
		// The ARM API (2023-01-01 and later; every new account since
		// late 2023) disallows anonymous access when the property is
		// absent, unlike azurerm, which sends true.
		Type:    "Microsoft.Storage/storageAccounts",
		Judge:   armFalse("properties.allowBlobPublicAccess", false),
		Problem: "containers may be made public",
	}.Check())
}

var (
	nestedPublicAttr = parser.A("allow_nested_items_to_be_public", "")
	blobPublicAttr   = parser.A("allow_blob_public_access", "")
)

// nestedPublic judges the account-wide block on public containers. azurerm
// 3.x and 4.x name it allow_nested_items_to_be_public and default it to
// true (the provider sends allowBlobPublicAccess = true when it is left
// out); azurerm 2.x named it allow_blob_public_access with a default of
// false. An account that writes the 2.x name is judged by it; any other by
// the current name and its default.
func nestedPublic(res *parser.Resource) parser.Verdict {
	if blobPublicAttr.Of(res) != nil && nestedPublicAttr.Of(res) == nil {
		return setting.MustBeFalse(blobPublicAttr, false)(res)
	}
	return setting.MustBeFalse(nestedPublicAttr, true)(res)
}
