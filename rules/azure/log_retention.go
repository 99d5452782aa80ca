package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
)

func logRetention() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-012",
		Name:     "log-retention-below-90-days",
		Title:    "Log Analytics workspace, log profile or storage logging keeps logs for less than 90 days",
		Severity: engine.Medium,
		Description: "A Log Analytics workspace keeps data 30 days unless retention_in_days says otherwise, " +
			"and a log profile with an enabled retention policy deletes the Activity Log after its days; " +
			"below 90 days, logs are gone before an investigation or an audit sample can reach them. A " +
			"log profile retention of 0 days, or a disabled retention policy, keeps the logs forever and " +
			"is not reported. Storage Analytics logging (a storage account's queue_properties logging block, or an " +
			"azurerm_storage_account_queue_properties) deletes its logs after retention_policy_days when that is " +
			"set; below 90 it is reported, unset (kept until deleted) it is not.",
		Remediation: engine.Remediation{Summary: "Set retention_in_days (or the log profile's retention days) to 90 or more; archive for a year or more."},
		Checklist:   []string{"LOG-5"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/azure-monitor/logs/data-retention-configure",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/log_analytics_workspace",
			"https://learn.microsoft.com/en-us/azure/storage/common/storage-analytics-logging",
		},
		Precision: "high",
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
