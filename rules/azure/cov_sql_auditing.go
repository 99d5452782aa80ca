package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const covSQLAuditPolicy = "azurerm_mssql_server_extended_auditing_policy"

func checkCovSQLAuditing(p *engine.Pass) {
	// Policies are judged where they are written.
	for _, pol := range p.ResourcesOfType(covSQLAuditPolicy, "azurerm_mssql_database_extended_auditing_policy") {
		if !pol.Data && p.BodyKnown(pol) {
			covJudgeAuditPolicy(p, pol, pol.Body)
		}
	}
	// A database's inline policy (azurerm 2.x) adds to its server's.
	for _, db := range p.KnownManaged("azurerm_mssql_database", "azurerm_sql_database") {
		inline := db.Body.Get("extended_auditing_policy")
		if !setting.Undecided(p, db, "extended_auditing_policy", inline) {
			for _, pol := range inline.Items() {
				covJudgeAuditPolicy(p, db, pol)
			}
		}
	}
	for _, srv := range p.KnownManaged("azurerm_mssql_server", "azurerm_sql_server") {
		inline := srv.Body.Get("extended_auditing_policy")
		if setting.Undecided(p, srv, "extended_auditing_policy", inline) {
			continue
		}
		if items := inline.Items(); len(items) > 0 {
			for _, pol := range items {
				covJudgeAuditPolicy(p, srv, pol)
			}
			continue
		}
		covRequire(p, srv, covAttachment{"server_id", covSQLAuditPolicy, "servers",
			"an extended auditing policy in this module names a server not known statically"},
			"the server is not audited (no extended auditing policy)")
	}
}

// covJudgeAuditPolicy reports a policy that is disabled or keeps logs for
// less than 90 days; res is the resource it is written in.
func covJudgeAuditPolicy(p *engine.Pass, res *parser.Resource, pol *parser.Value) {
	if v := pol.Get("enabled"); v.IsFalse() {
		p.Report(res, v, "%s: auditing is turned off (enabled = false)", res.Address)
		return
	}
	v := pol.Get("retention_in_days")
	if n, ok := v.AsInt(); ok && n > 0 && n < logMinRetentionDays {
		p.Report(res, v, "%s: audit logs are kept %d days, less than %d (retention_in_days)", res.Address, n, logMinRetentionDays)
	} else {
		setting.Undecided(p, res, "retention_in_days", v)
	}
}
