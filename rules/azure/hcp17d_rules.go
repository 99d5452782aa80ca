package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// hcp17dRules are the rules added from the HashiCorp policy library slice
// (session 17, AZURE-169 and up).
func hcp17dRules() []*engine.Rule {
	return []*engine.Rule{
		// azurerm 3.x spells the switch enable_rbac_authorization, 4.x
		// rbac_authorization_enabled; both default to false (access policies).
		setting.Rule(engine.Rule{ID: "AZURE-169"}, setting.Check{
			Types: []string{"azurerm_key_vault"},
			Judge: setting.Both(
				setting.MustBeTrue(parser.A("rbac_authorization_enabled", ""), false),
				setting.MustBeTrue(parser.A("enable_rbac_authorization", ""), false)),
			Problem: "authorizes access to its keys, secrets and certificates with access policies, which anyone allowed to update the vault can rewrite, instead of Azure RBAC",
		}, armSetting{
			// ARM: absent means false (access policies).
			Type:    "Microsoft.KeyVault/vaults",
			Judge:   armTrue("properties.enableRbacAuthorization", false),
			Problem: "authorizes access to its keys, secrets and certificates with access policies, which anyone allowed to update the vault can rewrite, instead of Azure RBAC",
		}.Check()),
	}
}
