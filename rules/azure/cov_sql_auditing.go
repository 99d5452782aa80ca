package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const covSQLAuditPolicy = "azurerm_mssql_server_extended_auditing_policy"

// covSQLAuditingReads are the types checkCovSQLAuditing reads (Rule.Reads).
var covSQLAuditingReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_monitor_diagnostic_setting", "azurerm_mssql_database", "azurerm_mssql_database_extended_auditing_policy", "azurerm_mssql_server", "azurerm_mssql_server_extended_auditing_policy", "azurerm_sql_database", "azurerm_sql_server", "azurerm_synapse_sql_pool", "azurerm_synapse_sql_pool_extended_auditing_policy", "azurerm_synapse_workspace", "azurerm_synapse_workspace_extended_auditing_policy"}

// checkCovSQLAuditing is AZURE-111: a server without an extended auditing
// policy, or a policy that turns auditing off. Retention is AZURE-148's.
func checkCovSQLAuditing(p *engine.Pass) {
	covEachAuditPolicy(p, covJudgeAuditOff, true)
	checkARMSQLAuditing(p) // azapi26_audit.go
}

// covSQLAuditRetentionReads are the types checkCovSQLAuditRetention reads (Rule.Reads).
var covSQLAuditRetentionReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_monitor_diagnostic_setting", "azurerm_mssql_database", "azurerm_mssql_database_extended_auditing_policy", "azurerm_mssql_server", "azurerm_mssql_server_extended_auditing_policy", "azurerm_sql_database", "azurerm_sql_server", "azurerm_synapse_sql_pool", "azurerm_synapse_sql_pool_extended_auditing_policy", "azurerm_synapse_workspace", "azurerm_synapse_workspace_extended_auditing_policy"}

// checkCovSQLAuditRetention is AZURE-148: an auditing policy that keeps
// audit logs for less than 90 days.
func checkCovSQLAuditRetention(p *engine.Pass) {
	covEachAuditPolicy(p, covJudgeAuditRetention, false)
	runARM(p, armAuditRetention...) // azapi26_audit.go
}

// covEachAuditPolicy calls judge with every auditing policy and the
// resource it is written in; with missing, it also reports a server that
// has none.
func covEachAuditPolicy(p *engine.Pass, judge func(*engine.Pass, *parser.Resource, *parser.Value), missing bool) {
	// Policies are judged where they are written (Synapse policies have no
	// enabled setting: they are on while they exist).
	for _, pol := range p.ResourcesOfType(covSQLAuditPolicy, "azurerm_mssql_database_extended_auditing_policy",
		cov9SynapseAuditPolicy, covSynapsePoolPolicy) {
		if !pol.Data && p.BodyKnown(pol) {
			judge(p, pol, pol.Body)
		}
	}
	// A database's inline policy (azurerm 2.x) adds to its server's.
	for _, db := range p.KnownManaged("azurerm_mssql_database", "azurerm_sql_database") {
		inline := db.Body.Get("extended_auditing_policy")
		if !setting.Undecided(p, db, "extended_auditing_policy", inline) {
			for _, pol := range inline.Items() {
				judge(p, db, pol)
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
				judge(p, srv, pol)
			}
			continue
		}
		if missing {
			covRequire(p, srv, covAttachment{"server_id", covSQLAuditPolicy, "servers",
				"an extended auditing policy in this module names a server not known statically"},
				"the server is not audited (no extended auditing policy)")
		}
	}
	if !missing {
		return
	}
	// A Synapse workspace's SQL pools are audited by a workspace policy,
	// or each by a policy of its own.
	for _, ws := range p.KnownManaged("azurerm_synapse_workspace") {
		found, unresolved := covAttached(p, ws, covAttachment{"synapse_workspace_id", cov9SynapseAuditPolicy, "workspaces", ""})
		switch {
		case len(found) > 0:
		case unresolved:
			p.CannotTell(ws, nil, "an extended auditing policy in this module names a Synapse workspace not known statically")
		default:
			covSynapsePools(p, ws)
		}
	}
}

const (
	cov9SynapseAuditPolicy = "azurerm_synapse_workspace_extended_auditing_policy"
	covSynapsePoolPolicy   = "azurerm_synapse_sql_pool_extended_auditing_policy"
)

// covSynapsePools judges a Synapse workspace without a workspace auditing
// policy: its dedicated SQL pools are still audited when each has a policy
// of its own (a pool-level policy audits that pool as the workspace's
// would). The workspace is reported when it has no dedicated pool in the
// code or one of them has no policy, and undecided when a pool or a pool
// policy names what is not known statically.
func covSynapsePools(p *engine.Pass, ws *parser.Resource) {
	const problem = "the workspace's SQL pools are not audited (no extended auditing policy)"
	pools, maybe := covAttachedOrMaybe(p, ws, covAttachment{"synapse_workspace_id", "azurerm_synapse_sql_pool", "workspaces", ""})
	if len(pools) == 0 {
		if maybe {
			p.CannotTell(ws, nil, "a dedicated SQL pool in this module names a Synapse workspace not known statically")
			return
		}
		p.Report(ws, nil, "%s: %s", ws.Address, problem)
		return
	}
	tell := ""
	for _, pool := range pools {
		found, unresolved := covAttached(p, pool, covAttachment{"sql_pool_id", covSynapsePoolPolicy, "sqlpools", ""})
		switch {
		case len(found) > 0:
		case unresolved:
			tell = "an extended auditing policy in this module names a dedicated SQL pool not known statically"
		default:
			p.Report(ws, nil, "%s: %s, and its dedicated SQL pool %s has none of its own", ws.Address, problem, pool.Address)
			return
		}
	}
	if tell == "" && maybe {
		tell = "a dedicated SQL pool in this module names a Synapse workspace not known statically"
	}
	if tell != "" {
		p.CannotTell(ws, nil, tell)
	}
}

// covJudgeAuditOff reports a policy that turns auditing off; res is the
// resource it is written in.
func covJudgeAuditOff(p *engine.Pass, res *parser.Resource, pol *parser.Value) {
	p.Judge(res, parser.NotTrue(pol.Get("enabled"), "enabled", true), "auditing is turned off")
}

// covJudgeAuditRetention reports a policy that keeps audit logs for 1 to
// 89 days (0, the default, keeps them forever); a policy that turns
// auditing off keeps nothing and is AZURE-111's.
func covJudgeAuditRetention(p *engine.Pass, res *parser.Resource, pol *parser.Value) {
	days := pol.Get("retention_in_days")
	if n, ok := days.AsInt(); ok && n <= 0 {
		return
	}
	v := parser.Below(days, "retention_in_days", -1, logMinRetentionDays)
	p.Judge(res, logWhileOn(v, pol.Get("enabled")), "audit logs are deleted before 90 days")
}
