package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov16Rules are the rules of session 16's follow-ups.
func cov16Rules() []*engine.Rule {
	return []*engine.Rule{storageSASExpiry()}
}

// storageSASExpiry is AZURE-168: a storage account with no SAS expiration
// policy (sas_policy, none by default) that still accepts Shared Key
// authorization, so account SAS tokens can be signed with any expiry.
// Without Shared Key (shared_access_key_enabled = false, AZURE-166's
// setting) no account or service SAS can be used, and the policy does not
// matter.
func storageSASExpiry() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-168"}, setting.Check{
		Types: []string{"azurerm_storage_account"},
		Judge: setting.Both(
			setting.MustBeSet(parser.A("sas_policy.expiration_period", "")),
			setting.MustBeFalse(parser.A("shared_access_key_enabled", ""), true)),
		Problem: "the storage account has no SAS expiration policy: account SAS tokens can be issued without an expiry limit while Shared Key authorization is allowed",
	})
}
