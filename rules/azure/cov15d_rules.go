package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov15dRules are the rules that earlier sessions left to the lead's
// decision (session 15).
func cov15dRules() []*engine.Rule {
	return []*engine.Rule{storageSharedKey()}
}

// storageSharedKey is AZURE-166: a storage account that accepts Shared Key
// authorization (shared_access_key_enabled, default true), so that its two
// account keys, and the SAS tokens signed with them, keep working beside
// Microsoft Entra ID.
func storageSharedKey() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-166"}, setting.Check{
		Types:   []string{"azurerm_storage_account"},
		Judge:   setting.MustBeFalse(parser.A("shared_access_key_enabled", ""), true),
		Problem: "the storage account accepts Shared Key authorization: its account keys, long-lived credentials with full access to all its data, keep working beside Microsoft Entra ID",
	}, armSetting{
		// ARM: "the default value is null, which is equivalent to true".
		Type:    "Microsoft.Storage/storageAccounts",
		Judge:   armFalse("properties.allowSharedKeyAccess", true),
		Problem: "the storage account accepts Shared Key authorization: its account keys, long-lived credentials with full access to all its data, keep working beside Microsoft Entra ID",
	}.Check())
}
