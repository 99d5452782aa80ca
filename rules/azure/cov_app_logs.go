package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covAppServiceLogs() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-114",
		Name:     "app-service-http-logs-missing",
		Title:    "App Service web app keeps no HTTP logs",
		Severity: engine.Low,
		Description: "An App Service web app (azurerm_linux_web_app, azurerm_windows_web_app or the legacy " +
			"azurerm_app_service) has neither a logs block with http_logs (to the file system or a storage " +
			"account) nor an azurerm_monitor_diagnostic_setting naming it (by reference or literal id): requests " +
			"to the app, with their client addresses and status codes, are not kept for an investigation. " +
			"Function apps, which log through Application Insights, are not judged. An app is undecided when a " +
			"diagnostic setting in its root names a target not known statically.",
		Remediation: engine.Remediation{Summary: "Send the AppServiceHTTPLogs category to Log Analytics with a diagnostic setting, or enable http_logs in the logs block."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/app-service/troubleshoot-diagnostic-logs",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#http_logs",
		},
		Precision: "medium",
		Check:     checkCovAppServiceLogs,
	}
}

func checkCovAppServiceLogs(p *engine.Pass) {
	for _, app := range p.ResourcesOfType("azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service") {
		if app.Data || !p.BodyKnown(app) {
			continue
		}
		http := parser.A("logs.http_logs", "").Of(app)
		if setting.Undecided(p, app, "logs.http_logs", http) || len(http.Items()) > 0 {
			continue
		}
		covRequire(p, app, covDiagnostics("sites"), "HTTP requests to the app are not logged (no http_logs, no diagnostic setting)")
	}
}
