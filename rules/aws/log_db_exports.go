package aws

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Database logs: RDS and Aurora log exports, DocumentDB and Neptune audit
// logs, Redshift audit logging.

func logRDSLogExports() *engine.Rule {
	exports := setting.MustBeSet(parser.A("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports"))
	const problem = "the database publishes no logs to CloudWatch Logs"
	return setting.Rule(engine.Rule{ID: "AWS-183"}, setting.Check{
		Types:   []string{"aws_db_instance", "AWS::RDS::DBInstance"},
		Unless:  []parser.Attr{parser.A("db_cluster_identifier", "DBClusterIdentifier")},
		Judge:   exports,
		Problem: problem,
	}, setting.Check{
		Types:   []string{"aws_rds_cluster", "AWS::RDS::DBCluster"},
		If:      setting.Not(setting.Is(parser.A("engine_mode", "EngineMode"), "", "serverless")),
		Judge:   exports,
		Problem: problem,
	})
}

func logDocDBNeptuneLogExports() *engine.Rule {
	const problem = "the cluster publishes no audit log to CloudWatch Logs"
	r := setting.Rule(engine.Rule{ID: "AWS-184"}, setting.Check{
		Types:   []string{"aws_docdb_cluster_parameter_group", "AWS::DocDB::DBClusterParameterGroup"},
		Judge:   docDBAuditLogsOff,
		Problem: "clusters using the parameter group record no audit events",
	}, setting.Check{
		Types:   neptuneClusterGroupTypes,
		Judge:   neptuneAuditLogOff,
		Problem: "clusters using the parameter group record no audit events",
	})
	others := r.Check
	r.Check = func(p *engine.Pass) {
		checkDocDBClusterAudit(p, problem)
		checkNeptuneClusterAudit(p, problem)
		others(p)
	}
	// The cluster checks read the parameter group a cluster names.
	r.Reads = append(r.Reads, "aws_docdb_cluster", "AWS::DocDB::DBCluster", "aws_neptune_cluster", "AWS::Neptune::DBCluster")
	r.Alone = false
	return r
}

var (
	docDBLogExports = parser.A("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")
)

// checkDocDBClusterAudit judges DocumentDB clusters: the audit log reaches
// CloudWatch Logs only with audit in the log exports, and carries events
// only when the cluster parameter group turns audit_logs on (disabled in
// the default group and when a group leaves it out).
func checkDocDBClusterAudit(p *engine.Pass, problem string) {
	checkClusterAudit(p, problem, docDBLogExports, docDBClusterGroupAudit, "aws_docdb_cluster", "AWS::DocDB::DBCluster")
}

// checkClusterAudit judges the clusters of the given types: problem when
// exports does not include audit, else the cluster parameter group's
// verdict (group) on whether audit events are recorded.
func checkClusterAudit(p *engine.Pass, problem string, exports parser.Attr, group func(*engine.Pass, *parser.Resource) parser.Verdict, types ...string) {
	exported := mustInclude(exports, "audit")
	for _, c := range p.KnownManaged(types...) {
		if v := exported(c); v.Answer != parser.No {
			p.Judge(c, v, problem)
			continue
		}
		p.Judge(c, group(p, c), "the cluster's audit log records no events")
	}
}

// Neptune writes audit events only when its cluster parameter group sets
// neptune_enable_audit_log to 1 (0 in the default group and when a group
// leaves it out).
var (
	neptuneClusterGroupTypes = []string{"aws_neptune_cluster_parameter_group", "AWS::Neptune::DBClusterParameterGroup"}
	neptuneLogExports        = parser.A("enable_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")
	neptuneClusterGroup      = parser.A("neptune_cluster_parameter_group_name", "DBClusterParameterGroupName")
)

// checkNeptuneClusterAudit judges Neptune clusters: the audit log reaches
// CloudWatch Logs only with audit in the log exports, and carries events
// only when the cluster parameter group turns neptune_enable_audit_log on.
func checkNeptuneClusterAudit(p *engine.Pass, problem string) {
	checkClusterAudit(p, problem, neptuneLogExports, neptuneClusterGroupAudit, "aws_neptune_cluster", "AWS::Neptune::DBCluster")
}

// neptuneClusterGroupAudit judges the cluster parameter group a Neptune
// cluster names on neptune_enable_audit_log.
func neptuneClusterGroupAudit(p *engine.Pass, c *parser.Resource) parser.Verdict {
	return namedGroupVerdict(p, c, neptuneClusterGroup, neptuneClusterGroupTypes, func(g *parser.Resource) parser.Verdict {
		switch v, unknown := dbParameter(g, "neptune_enable_audit_log"); {
		case v == nil && unknown != nil:
			return parser.Unknowable(unknown, g.Address+" parameters")
		case v == nil:
			return parser.Bad(nil, "neptune_enable_audit_log is not set (0 by default)")
		}
		return neptuneAuditLogOff(g)
	}, "neptune_enable_audit_log at 0")
}

// neptuneAuditLogOff judges a Neptune cluster parameter group that sets
// neptune_enable_audit_log to anything but 1. A group that does not name
// the parameter is not reported itself: the clusters using it are.
func neptuneAuditLogOff(res *parser.Resource) parser.Verdict {
	v, _ := dbParameter(res, "neptune_enable_audit_log")
	if v == nil {
		return parser.Decided
	}
	s, ok := v.AsString()
	switch {
	case !ok && parser.Set(v) == parser.CannotTell:
		return parser.Unknowable(v, "neptune_enable_audit_log")
	case ok && strings.TrimSpace(s) != "1":
		return parser.Bad(v, "neptune_enable_audit_log = "+strconv.Quote(s))
	}
	return parser.Decided
}

// docDBClusterGroupAudit judges the cluster parameter group a DocumentDB
// cluster uses: a group of the code must set audit_logs to something other
// than disabled or none (disabled when left out); no group or a default.*
// group leaves it disabled; a group outside the code is a note.
func docDBClusterGroupAudit(p *engine.Pass, c *parser.Resource) parser.Verdict {
	return clusterGroupVerdict(p, c, docDBClusterGroupTypes, func(g *parser.Resource) parser.Verdict {
		switch v, unknown := dbParameter(g, "audit_logs"); {
		case v == nil && unknown != nil:
			return parser.Unknowable(unknown, g.Address+" parameters")
		case v == nil:
			return parser.Bad(nil, "audit_logs is not set (disabled by default)")
		}
		return docDBAuditLogsOff(g)
	}, "audit_logs disabled")
}

func logRedshiftAuditLogging() *engine.Rule {
	r := &engine.Rule{ID: "AWS-185"}
	namespaces := setting.Check{
		Types:   []string{"aws_redshiftserverless_namespace", "AWS::RedshiftServerless::Namespace"},
		Judge:   setting.MustBeSet(parser.A("log_exports", "LogExports")),
		Problem: "the namespace exports no audit logs",
	}
	cfn := setting.Check{
		Types:   []string{"AWS::Redshift::Cluster"},
		Judge:   setting.MustBeSet(parser.A("", "LoggingProperties")),
		Problem: "the cluster writes no audit logs",
	}
	legacy := setting.MustBeTrue(parser.A("logging.enable", ""), false)
	r.Check = func(p *engine.Pass) {
		cfn.Run(p)
		namespaces.Run(p)
		for _, c := range p.KnownManaged("aws_redshift_cluster") {
			v := legacy(c)
			if v.Answer != parser.Yes {
				p.Judge(c, v, "the cluster writes no audit logs")
				continue
			}
			logJudgeRedshiftLogging(p, c, v)
		}
	}
	return r
}

// logJudgeRedshiftLogging reports cluster c, whose own logging block is off
// (verdict v), unless an aws_redshift_logging resource names it by
// reference or by its cluster_identifier.
func logJudgeRedshiftLogging(p *engine.Pass, c *parser.Resource, v parser.Verdict) {
	if len(p.Referrers(c, "cluster_identifier", "aws_redshift_logging")) > 0 {
		return
	}
	name, named := c.Body.Get("cluster_identifier").AsString()
	for _, l := range p.InRoot(c, "aws_redshift_logging") {
		id := l.Body.Get("cluster_identifier")
		if id.IsNull() || len(p.Referenced(l, "cluster_identifier")) > 0 {
			continue
		}
		s, ok := id.AsString()
		switch {
		case ok && named && s == name:
			return
		case !ok || !named:
			p.CannotTell(c, id, l.Address+" names a cluster that cannot be resolved statically (cluster_identifier)")
			return
		}
	}
	p.Judge(c, v, "the cluster writes no audit logs")
}
