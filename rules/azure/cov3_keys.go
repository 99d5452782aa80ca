package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov3StoreKeyChecks extend AZURE-124 to Recovery Services vaults (backup
// data), Batch accounts and Azure AI services accounts.
var cov3StoreKeyChecks = []setting.Check{{
	Types:   []string{"azurerm_recovery_services_vault"},
	Judge:   setting.KeyNamed("encryption.key_id"),
	Problem: "backups are encrypted with a platform-managed key, not a customer-managed one",
}, {
	// key_vault_reference names the vault of a UserSubscription pool
	// allocation, not an encryption key: only encryption counts.
	Types:   []string{"azurerm_batch_account"},
	Judge:   setting.KeyNamed("encryption.key_vault_key_id"),
	Problem: "the account's data (job and task definitions, pool metadata) is encrypted with a Microsoft-managed key, not a customer-managed one",
}}

// cov3StoreKeys runs cov3StoreKeyChecks and judges AI services accounts,
// whose key may be attached by an azurerm_cognitive_account_customer_managed_key.
func cov3StoreKeys(p *engine.Pass) {
	for _, c := range cov3StoreKeyChecks {
		c.Run(p)
	}
	keyAttached(p, []string{"azurerm_cognitive_account"}, setting.KeyNamed("customer_managed_key.key_vault_key_id"),
		"cognitive_account_id", "azurerm_cognitive_account_customer_managed_key", "accounts",
		setting.KeyNamed("key_vault_key_id"),
		"data is encrypted with a Microsoft-managed key, not a customer-managed one")
}
