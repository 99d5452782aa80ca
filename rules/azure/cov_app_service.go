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
	return setting.Rule(engine.Rule{ID: "AZURE-101"}, setting.Check{
		Types:   covWebApps,
		Judge:   setting.MustBeTrue(parser.A("https_only", ""), false),
		Problem: "the app accepts plain HTTP",
	}, armSetting{
		// ARM: httpsOnly defaults to false (azapi26_mapping.go).
		Type:    "Microsoft.Web/sites",
		Judge:   armTrue("properties.httpsOnly", false),
		Problem: "the app accepts plain HTTP",
	}.Check(), armSetting{
		Type:    "Microsoft.Web/sites/slots",
		Judge:   armTrue("properties.httpsOnly", false),
		Problem: "the app accepts plain HTTP",
	}.Check(), armSetting{
		// Container Apps redirect HTTP to HTTPS unless allowInsecure.
		Type:    "Microsoft.App/containerApps",
		Judge:   armFalse("properties.configuration.ingress.allowInsecure", false),
		Problem: "the app accepts plain HTTP",
	}.Check(), setting.Check{
		Types:   []string{"azurerm_container_app"},
		Judge:   setting.MustBeFalse(parser.A("ingress.allow_insecure_connections", ""), false),
		Problem: "the app accepts plain HTTP",
	}, setting.Check{
		// Azure Spring Apps: https_only defaults to false, on the public
		// endpoint and on the app's assigned test and private endpoints.
		Types:   []string{"azurerm_spring_cloud_app"},
		Judge:   setting.MustBeTrue(parser.A("https_only", ""), false),
		Problem: "the app accepts plain HTTP",
	}, setting.Check{
		// The Spring Cloud Gateway and API portal of an Enterprise tier
		// service: https_only and https_only_enabled default to false.
		Types:   []string{"azurerm_spring_cloud_gateway"},
		Judge:   setting.MustBeTrue(parser.A("https_only", ""), false),
		Problem: "the gateway accepts plain HTTP",
	}, setting.Check{
		Types:   []string{"azurerm_spring_cloud_api_portal"},
		Judge:   setting.MustBeTrue(parser.A("https_only_enabled", ""), false),
		Problem: "the API portal accepts plain HTTP",
	})
}

// covAppServiceAllowsFTP is the deployment channel of the same apps: plain
// FTP, a concept of its own (an app may serve HTTPS only and still take
// deployments over FTP, or the reverse).
//
// The azurerm 3.x/4.x resources default ftps_state to Disabled; the legacy
// 2.x ones leave it to Azure, which creates an app with FTP and FTPS both
// allowed (AllAllowed).
func covAppServiceAllowsFTP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-146"}, setting.Check{
		Types:   covWebAppsCurrent,
		Judge:   setting.MustNotBe(parser.A("site_config.ftps_state", ""), "", "AllAllowed"),
		Problem: "the app accepts deployments over plain FTP",
	}, setting.Check{
		Types:   covWebAppsLegacy,
		Judge:   setting.MustNotBe(parser.A("site_config.ftps_state", ""), "AllAllowed", "AllAllowed"),
		Problem: "the app accepts deployments over plain FTP",
	}, armSetting{
		// ARM leaves ftpsState to App Service's default, AllAllowed, as
		// the legacy resources do; a sites/config "web" resource is
		// judged on what it writes.
		Type:    "Microsoft.Web/sites",
		Judge:   armNot("properties.siteConfig.ftpsState", "AllAllowed", "AllAllowed"),
		Problem: "the app accepts deployments over plain FTP",
	}.Check(), armSetting{
		Type:    "Microsoft.Web/sites/slots",
		Judge:   armNot("properties.siteConfig.ftpsState", "AllAllowed", "AllAllowed"),
		Problem: "the app accepts deployments over plain FTP",
	}.Check(), armSetting{
		Type:    "Microsoft.Web/sites/config",
		Names:   []string{"web"},
		Judge:   armNot("properties.ftpsState", "", "AllAllowed"),
		Problem: "the app accepts deployments over plain FTP",
	}.Check(), armSetting{
		Type:    "Microsoft.Web/sites/slots/config",
		Names:   []string{"web"},
		Judge:   armNot("properties.ftpsState", "", "AllAllowed"),
		Problem: "the app accepts deployments over plain FTP",
	}.Check())
}

// covWebAppsLegacy are the azurerm 2.x App Service resources of covWebApps,
// which leave site settings they do not write to Azure's defaults;
// covWebAppsCurrent are the others.
var covWebAppsLegacy = []string{"azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_function_app_slot"}
var covWebAppsCurrent = append(covWebApps[:8:8], "azurerm_logic_app_standard")
