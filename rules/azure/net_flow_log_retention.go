package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// netFlowLogDisabled is AZURE-003: a flow log that is switched off writes
// no records (enabled is required in azurerm 3.x and defaults to true in
// 4.x). Its retention is AZURE-149.
func netFlowLogDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-003"}, setting.Check{
		Types:   []string{netFlowLog},
		Judge:   setting.MustBeTrue(parser.A("enabled", ""), true),
		Problem: "the flow log is disabled: no flow records are written",
	})
}

// netFlowLogShortRetention is AZURE-149: an enabled flow log whose
// retention policy deletes records before 90 days. A disabled retention
// policy, or 0 days, keeps them forever; a flow log that is off is
// AZURE-003's.
func netFlowLogShortRetention() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-149"}, setting.Check{
		Types:   []string{netFlowLog},
		Judge:   netFlowLogRetention,
		Problem: "flow records are deleted before 90 days",
	})
}

func netFlowLogRetention(fl *parser.Resource) parser.Verdict {
	return logWhileOn(retentionPolicyBelow(fl, logMinRetentionDays), fl.Body.Get("enabled"))
}
