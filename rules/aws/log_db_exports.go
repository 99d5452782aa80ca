package aws

import (
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
		Types:   []string{"aws_neptune_cluster", "AWS::Neptune::DBCluster"},
		Judge:   mustInclude(parser.A("enable_cloudwatch_logs_exports", "EnableCloudwatchLogsExports"), "audit"),
		Problem: problem,
	}, setting.Check{
		Types:   []string{"aws_docdb_cluster_parameter_group", "AWS::DocDB::DBClusterParameterGroup"},
		Judge:   docDBAuditLogsOff,
		Problem: "clusters using the parameter group record no audit events",
	})
	others := r.Check
	r.Check = func(p *engine.Pass) {
		checkDocDBClusterAudit(p, problem)
		others(p)
	}
	// The cluster check reads the parameter group a cluster names.
	r.Reads = append(r.Reads, "aws_docdb_cluster", "AWS::DocDB::DBCluster")
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
	exported := mustInclude(docDBLogExports, "audit")
	for _, c := range p.KnownManaged("aws_docdb_cluster", "AWS::DocDB::DBCluster") {
		if v := exported(c); v.Answer != parser.No {
			p.Judge(c, v, problem)
			continue
		}
		p.Judge(c, docDBClusterGroupAudit(p, c), "the cluster's audit log records no events")
	}
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
