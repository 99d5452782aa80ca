package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov27bRequireAppLogs is AZURE-114's test of a web app or slot without
// http_logs: a diagnostic setting must name it (covRequire), and one of
// those that do must enable a log category or category group. A setting
// that sends only metrics (enabled_metric AllMetrics), or turns every log
// off, keeps no record of the requests (a case of session 27's unseen
// Azure labs). Any log category counts: which of the app's categories the
// team keeps is its choice.
func cov27bRequireAppLogs(p *engine.Pass, app *parser.Resource, segment, problem string) {
	a := covDiagnostics(segment)
	found, _ := covAttached(p, app, a)
	if len(found) == 0 {
		covRequire(p, app, a, problem+" (no http_logs, no diagnostic setting)")
		return
	}
	exported, hidden := diagLogsExported(found, func(cats map[string]bool, group bool) bool {
		return group || len(cats) > 0
	})
	switch {
	case exported:
	case hidden != nil:
		p.CannotTell(app, hidden.At, hidden.Detail)
	default:
		p.Report(app, nil, "%s: %s (no http_logs, and its diagnostic settings enable no log category, only metrics or logs turned off)", app.Address, problem)
	}
}
