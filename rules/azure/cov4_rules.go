package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage4Rules are the fourth batch of coverage rules (AZURE-133 and up).
func coverage4Rules() []*engine.Rule {
	return []*engine.Rule{
		cov4GatewayDiagnostics(),
		setting.Rule(engine.Rule{ID: "AZURE-134"}, setting.Check{
			Types: []string{
				"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set",
				"azurerm_windows_virtual_machine_scale_set", "azurerm_orchestrated_virtual_machine_scale_set",
				"azurerm_virtual_machine", "azurerm_virtual_machine_scale_set",
			},
			Judge:   secrettext.In("custom_data", "user_data", "user_data_base64", "os_profile.custom_data"),
			Problem: "the data a VM reads at boot holds a credential",
		}, goat25AppSettingsSecret),
		setting.Rule(engine.Rule{ID: "AZURE-135"}, append([]setting.Check{{
			Types:   covWebApps,
			Judge:   setting.MustBeFalse(parser.A("site_config.remote_debugging_enabled", ""), false),
			Problem: "a remote debugger can attach to the app",
		}}, armRemoteDebugging...)...), // azapi26_more.go
	}
}
