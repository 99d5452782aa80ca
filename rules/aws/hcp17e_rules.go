package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage17eRules are the rules the HashiCorp policy library's database
// audit log tests brought (session 17, follow-up of hcp17c).
func coverage17eRules() []*engine.Rule {
	return []*engine.Rule{{ID: "AWS-346", Check: checkAuroraMySQLAudit}}
}

var (
	auroraLogExports = parser.A("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")
	auroraEngineMode = parser.A("engine_mode", "EngineMode")
)

const auroraAuditProblem = "the Aurora MySQL cluster's audit log is not produced or not exported"

// checkAuroraMySQLAudit is AWS-346: an Aurora MySQL cluster records its
// audit log only when its DB cluster parameter group sets
// server_audit_logging on (the default is off) and names events in
// server_audit_events (no events, no audit records), and the log reaches
// CloudWatch Logs only with audit in its log exports. The parameters are
// cluster-level: the instances' DB parameter groups do not hold them.
func checkAuroraMySQLAudit(p *engine.Pass) {
	exported := mustInclude(auroraLogExports, "audit")
	for _, c := range p.KnownManaged("aws_rds_cluster", "AWS::RDS::DBCluster") {
		if e, ok := pgInstanceEngine.Of(c).AsString(); !ok || !strings.EqualFold(strings.TrimSpace(e), "aurora-mysql") {
			continue
		}
		if m, ok := auroraEngineMode.Of(c).AsString(); ok && strings.EqualFold(strings.TrimSpace(m), "serverless") {
			continue // Aurora Serverless v1 has no log exports of its own to set (AWS-183 leaves it too)
		}
		group := clusterGroupVerdict(p, c, rdsClusterGroupTypes, auroraAuditParams, "server_audit_logging off")
		judgeAuditSources(p, c, group, exported(c), auroraAuditProblem)
	}
	checkMySQLInstanceAudit(p, exported)
}

// The settings of an RDS for MySQL or MariaDB instance's audit log.
var (
	rdsOptionGroup   = parser.A("option_group_name", "OptionGroupName")
	rdsOptionGroups  = []string{"aws_db_option_group", "AWS::RDS::OptionGroup"}
	mysqlAuditEngine = []string{"mysql", "mariadb"}
)

const mysqlAuditProblem = "the MySQL or MariaDB database's audit log is not produced or not exported"

// checkMySQLInstanceAudit judges RDS for MySQL and MariaDB instances: the
// audit log exists only when the instance's option group holds the
// MARIADB_AUDIT_PLUGIN option (the default option group has none), and
// reaches CloudWatch Logs only with audit in its log exports. Instances of
// an Aurora cluster (DBClusterIdentifier) are the cluster's.
func checkMySQLInstanceAudit(p *engine.Pass, exported func(*parser.Resource) parser.Verdict) {
	for _, db := range p.KnownManaged("aws_db_instance", "AWS::RDS::DBInstance") {
		if parser.AnySet(db.Body.Get("DBClusterIdentifier")) {
			continue
		}
		ev := pgInstanceEngine.Of(db)
		if e, ok := ev.AsString(); ok && slices.Contains(mysqlAuditEngine, strings.ToLower(strings.TrimSpace(e))) {
			judgeAuditSources(p, db, optionGroupAudit(p, db), exported(db), mysqlAuditProblem)
		} else if ev != nil && ev.Kind == parser.Unknown && auditSourcesVerdict(optionGroupAudit(p, db), exported(db)).Answer == parser.Yes {
			// An engine not known (a module input without a value) decides
			// the answer only where a MySQL or MariaDB instance would be
			// reported: then it is undecided.
			p.Judge(db, parser.Unknowable(ev, pgInstanceEngine.Name(db)), mysqlAuditProblem)
		}
	}
}

// judgeAuditSources judges a database whose audit log needs both a group
// that produces it and an export that forwards it: a known gap in either
// is the finding (the group's first), then an undecided group, then the
// export's verdict.
func judgeAuditSources(p *engine.Pass, db *parser.Resource, group, exports parser.Verdict, problem string) {
	p.Judge(db, auditSourcesVerdict(group, exports), problem)
}

// auditSourcesVerdict is the verdict judgeAuditSources reports.
func auditSourcesVerdict(group, exports parser.Verdict) parser.Verdict {
	switch {
	case group.Answer == parser.Yes, group.Answer == parser.CannotTell && exports.Answer != parser.Yes:
		return group
	default:
		return exports
	}
}

// optionGroupAudit judges the option group of a MySQL or MariaDB instance:
// Yes when it is the default (not set, or a default: name) or a group of
// the code without MARIADB_AUDIT_PLUGIN, undecided when it is elsewhere.
func optionGroupAudit(p *engine.Pass, db *parser.Resource) parser.Verdict {
	name, gv := rdsOptionGroup.Name(db), rdsOptionGroup.Of(db)
	if gs := p.Referenced(db, name, rdsOptionGroups...); len(gs) > 0 {
		v := optionGroupHasAuditPlugin(gs[0])
		if v.Answer == parser.Yes {
			return parser.Bad(gv, name+" names "+gs[0].Address+", which has no MARIADB_AUDIT_PLUGIN option")
		}
		return v
	}
	s, named := gv.AsString()
	switch {
	case parser.Set(gv) == parser.No:
		return parser.Bad(nil, name+" is not set: the default option group has no MARIADB_AUDIT_PLUGIN option, so no audit log is written")
	case named && strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "default:"):
		return parser.Bad(gv, name+" = "+s+": a default option group has no MARIADB_AUDIT_PLUGIN option, so no audit log is written")
	}
	return pgOutsideGroup(gv, name, "option group")
}

// optionGroupHasAuditPlugin is Yes when an option group of the code holds
// no MARIADB_AUDIT_PLUGIN option (Terraform option blocks, CloudFormation
// OptionConfigurations), undecided when an option's name is not known.
func optionGroupHasAuditPlugin(g *parser.Resource) parser.Verdict {
	opts, key := g.Body.Get("option"), "option_name"
	if g.Format == parser.CloudFormation {
		opts, key = g.Body.Get("OptionConfigurations"), "OptionName"
	}
	if u := setting.Unknown(opts); u != nil {
		return parser.Unknowable(u, "the options of "+g.Address)
	}
	for _, o := range opts.Items() {
		n := o.Get(key)
		if n.IsAnyOf("MARIADB_AUDIT_PLUGIN") {
			return parser.Decided
		}
		if u := setting.Unknown(n); u != nil {
			return parser.Unknowable(u, key)
		}
	}
	return parser.Verdict{Answer: parser.Yes}
}

// auroraAuditParams judges one Aurora MySQL cluster parameter group.
func auroraAuditParams(g *parser.Resource) parser.Verdict {
	on, unknown := dbParameter(g, "server_audit_logging")
	if on == nil {
		if unknown != nil {
			return parser.Unknowable(unknown, "parameters")
		}
		return parser.Bad(nil, "server_audit_logging is not set (the default is off)")
	}
	s, ok := on.AsString()
	if !ok {
		if parser.Set(on) == parser.CannotTell {
			return parser.Unknowable(on, "server_audit_logging")
		}
		return parser.Bad(on, "server_audit_logging has no value (the default is off)")
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "on", "true":
	default:
		return parser.Bad(on, "server_audit_logging = "+s+": Advanced Auditing is off")
	}
	ev, unknown := dbParameter(g, "server_audit_events")
	if ev == nil && unknown != nil {
		return parser.Unknowable(unknown, "parameters")
	}
	es, ok := ev.AsString()
	if ev != nil && !ok && parser.Set(ev) == parser.CannotTell {
		return parser.Unknowable(ev, "server_audit_events")
	}
	if strings.Trim(es, " ,") == "" {
		if ev != nil {
			return parser.Bad(ev, "server_audit_events names no events: auditing is on but records nothing")
		}
		return parser.Bad(on, "server_audit_events is not set: auditing is on but records nothing")
	}
	return parser.Decided
}
