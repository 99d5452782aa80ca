package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

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
