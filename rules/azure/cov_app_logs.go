package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covAppServiceLogsReads are the types checkCovAppServiceLogs reads (Rule.Reads).
var covAppServiceLogsReads = []string{"azapi_resource", "azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_function_app_slot", "azurerm_linux_function_app", "azurerm_linux_function_app_slot", "azurerm_linux_web_app", "azurerm_linux_web_app_slot", "azurerm_monitor_diagnostic_setting", "azurerm_windows_function_app", "azurerm_windows_function_app_slot", "azurerm_windows_web_app", "azurerm_windows_web_app_slot"}

func checkCovAppServiceLogs(p *engine.Pass) {
	for _, app := range p.KnownManaged("azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service") {
		http := parser.A("logs.http_logs", "").Of(app)
		if setting.Undecided(p, app, "logs.http_logs", http) || len(http.Items()) > 0 {
			continue
		}
		cov27bRequireAppLogs(p, app, "sites", "HTTP requests to the app are not logged")
	}
	// A deployment slot is a live app of its own (staging, canary) with its
	// own logs block and its own diagnostic settings (.../sites/x/slots/y).
	for _, slot := range p.KnownManaged("azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_app_service_slot") {
		http := parser.A("logs.http_logs", "").Of(slot)
		if setting.Undecided(p, slot, "logs.http_logs", http) || len(http.Items()) > 0 {
			continue
		}
		cov27bRequireAppLogs(p, slot, "slots", "HTTP requests to the slot are not logged")
	}
	// Function apps log executions through the built-in logging to
	// their storage account unless it is turned off (default on).
	setting.Check{
		Types: []string{"azurerm_linux_function_app", "azurerm_windows_function_app",
			"azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot"},
		Judge:   setting.MustBeTrue(parser.A("builtin_logging_enabled", ""), true),
		Problem: "the function app's built-in execution logging is turned off",
	}.Run(p)
	setting.Check{
		Types:   []string{"azurerm_function_app", "azurerm_function_app_slot"},
		Judge:   setting.MustBeTrue(parser.A("enable_builtin_logging", ""), true),
		Problem: "the function app's built-in execution logging is turned off",
	}.Run(p)
}
