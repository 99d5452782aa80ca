package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covWebApps are the App Service web and function apps and their slots,
// in the azurerm 3.x/4.x resources and the legacy 2.x ones.
var covWebApps = []string{
	"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app_slot",
	"azurerm_windows_function_app_slot", "azurerm_app_service", "azurerm_app_service_slot",
	"azurerm_function_app", "azurerm_function_app_slot", "azurerm_logic_app_standard",
}

func covAppServiceAllowsHTTP() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-101",
		Name:     "app-service-allows-plaintext",
		Title:    "App Service web or function app accepts plain HTTP or plain FTP",
		Severity: engine.High,
		Description: "An App Service web app, function app, deployment slot or Logic App (Standard) does not set " +
			"https_only = true: its default is false, so the app answers plain HTTP and sessions, tokens and " +
			"form data cross the network unencrypted. Also reported is site_config.ftps_state = \"AllAllowed\", " +
			"which lets deployment credentials and code travel over plain FTP. The azurerm 3.x/4.x resources " +
			"default ftps_state to \"Disabled\"; the legacy azurerm_app_service and azurerm_function_app leave it " +
			"to Azure, so only an explicit \"AllAllowed\" is reported. Values not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Set https_only = true, and site_config.ftps_state to \"Disabled\" (or \"FtpsOnly\" when FTP deployment is still needed)."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https",
			"https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only",
		},
		Precision: "high",
	}, setting.Check{
		Types:   covWebApps,
		Judge:   setting.MustBeTrue(parser.A("https_only", ""), false),
		Problem: "the app accepts plain HTTP",
	}, setting.Check{
		Types:   covWebApps,
		Judge:   setting.MustNotBe(parser.A("site_config.ftps_state", ""), "", "AllAllowed"),
		Problem: "the app accepts plain FTP",
	})
}
