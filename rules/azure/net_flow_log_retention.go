package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

func netFlowLogRetention() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-003",
		Name:     "flow-log-disabled-or-short-retention",
		Title:    "Network Watcher flow log is disabled or keeps logs for less than 90 days",
		Severity: engine.Low,
		Description: "A Network Watcher flow log is switched off (enabled = false), or its retention policy deletes " +
			"flow records after fewer than 90 days. Intrusions are often found weeks after they start; flow " +
			"records must still be there when an investigation or an audit sample reaches them. A retention " +
			"policy of 0 days, or a disabled retention policy, keeps the records forever and is not reported. " +
			"Traffic analytics settings are not judged.",
		Remediation: engine.Remediation{Summary: "Set enabled = true and retention_policy { enabled = true, days = 90 } or more (0 keeps records forever)."},
		Checklist:   []string{"NET-2", "LOG-5"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log",
		},
		Precision: "very-high",
		Check:     checkNetFlowLogRetention,
	}
}

// netMinRetentionDays is the shortest flow log retention SOC 2 auditors
// accept for readily available logs.
const netMinRetentionDays = 90

func checkNetFlowLogRetention(p *engine.Pass) {
	for _, fl := range p.ResourcesOfType(netFlowLog) {
		if on, ok := fl.Body.Get("enabled").AsBool(); ok && !on {
			p.Report(fl, fl.Body.Get("enabled"), "%s is disabled (enabled = false): no flow records are written", fl.Address)
			continue
		}
		for _, rp := range fl.Body.Get("retention_policy").Items() {
			if on, ok := rp.Get("enabled").AsBool(); !ok || !on {
				continue
			}
			days := rp.Get("days")
			if n, ok := days.AsInt(); ok && n > 0 && n < netMinRetentionDays {
				p.Report(fl, days, "%s keeps flow records for %d days, less than %d", fl.Address, n, netMinRetentionDays)
			}
		}
	}
}
