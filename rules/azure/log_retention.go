package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// logRetentionReads are the types logRetention reads (Rule.Reads).
var logRetentionReads = []string{"azurerm_log_analytics_workspace", "azurerm_monitor_log_profile", "azurerm_storage_account", "azurerm_storage_account_queue_properties"}

func logRetention() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-012",
		Reads: logRetentionReads,
		Alone: true,
		Check: func(p *engine.Pass) {
			checkLogRetention(p)
			cov3StorageLogRetention(p) // cov3_storage_logs.go
		},
	}
}

func checkLogRetention(p *engine.Pass) {
	for _, c := range logRetentionChecks {
		c.Run(p)
	}
}

var logRetentionChecks = []setting.Check{{
	Types:   []string{"azurerm_log_analytics_workspace"},
	Judge:   workspaceRetention,
	Problem: "logs are deleted before 90 days",
}, {
	Types:   []string{"azurerm_monitor_log_profile"},
	Judge:   logProfileRetention,
	Problem: "the Activity Log archive is deleted before a year",
}}

// logArchiveRetentionDays is how long an archive of logs must keep them:
// the year of history an audit covers (LOG-5), as AWS-193 and GCP-135 ask
// of log buckets.
const logArchiveRetentionDays = 365

// workspaceRetention judges retention_in_days, whose default is 30 days
// (7 on the Free tier).
func workspaceRetention(w *parser.Resource) parser.Verdict {
	def := int64(30)
	if sku, ok := w.Body.Get("sku").AsString(); ok && strings.EqualFold(sku, "Free") {
		def = 7
	}
	return parser.Below(w.Body.Get("retention_in_days"), "retention_in_days", def, logMinRetentionDays)
}

// logProfileRetention judges a log profile's retention policy. A log
// profile's storage account is the Activity Log's archive (the Activity
// Log itself keeps 90 days), so its retention is held to a year; a profile
// that only streams to an event hub keeps nothing to retain.
func logProfileRetention(lp *parser.Resource) parser.Verdict {
	if lp.Body.Get("storage_account_id").IsNull() {
		return parser.Decided
	}
	return retentionPolicyBelow(lp, logArchiveRetentionDays)
}

// retentionPolicyBelow judges an enabled retention_policy block (a log
// profile's, a flow log's) keeping fewer than min days; a disabled one,
// or 0 days, keeps the logs forever.
func retentionPolicyBelow(res *parser.Resource, min int64) parser.Verdict {
	days := parser.A("retention_policy.days", "").Of(res)
	if n, ok := days.AsInt(); ok && n <= 0 {
		return parser.Decided
	}
	return parser.Both(parser.Below(days, "retention_policy days", -1, min),
		parser.NotFalse(parser.A("retention_policy.enabled", "").Of(res), "retention_policy enabled", false))
}
