package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

func logRetention() *engine.Rule {
	return &engine.Rule{
		ID: "AZURE-012",
		Check: func(p *engine.Pass) {
			checkLogRetention(p)
			cov3StorageLogRetention(p) // cov3_storage_logs.go
		},
	}
}

func checkLogRetention(p *engine.Pass) {
	for _, w := range p.ResourcesOfType("azurerm_log_analytics_workspace") {
		if !p.BodyKnown(w) {
			continue
		}
		v := w.Body.Get("retention_in_days")
		if v.IsNull() {
			def := "the default 30 days"
			if sku, ok := w.Body.Get("sku").AsString(); ok && strings.EqualFold(sku, "Free") {
				def = "7 days (Free tier)"
			}
			p.Report(w, nil, "%s keeps logs for %s, less than %d (retention_in_days not set)", w.Address, def, logMinRetentionDays)
		} else if days, ok := v.AsInt(); ok && days < logMinRetentionDays {
			p.Report(w, v, "%s keeps logs for %d days, less than %d (retention_in_days)", w.Address, days, logMinRetentionDays)
		}
	}
	for _, lp := range p.ResourcesOfType("azurerm_monitor_log_profile") {
		for _, rp := range lp.Body.Get("retention_policy").Items() {
			if on, ok := rp.Get("enabled").AsBool(); !ok || !on {
				continue
			}
			v := rp.Get("days")
			if days, ok := v.AsInt(); ok && days > 0 && days < logMinRetentionDays {
				p.Report(lp, v, "%s keeps the Activity Log for %d days, less than %d (retention_policy days)", lp.Address, days, logMinRetentionDays)
			}
		}
	}
}
