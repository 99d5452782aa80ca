package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func checkCovAppServiceLogs(p *engine.Pass) {
	for _, app := range p.KnownManaged("azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service") {
		http := parser.A("logs.http_logs", "").Of(app)
		if setting.Undecided(p, app, "logs.http_logs", http) || len(http.Items()) > 0 {
			continue
		}
		covRequire(p, app, covDiagnostics("sites"), "HTTP requests to the app are not logged (no http_logs, no diagnostic setting)")
	}
}
