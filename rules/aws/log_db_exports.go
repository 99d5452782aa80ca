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
	return setting.Rule(engine.Rule{
		ID:       "AWS-183",
		Name:     "rds-log-exports-disabled",
		Title:    "RDS or Aurora database publishes no logs to CloudWatch Logs",
		Severity: engine.Medium,
		Description: "An RDS DB instance or an Aurora / Multi-AZ DB cluster exports none of its engine logs " +
			"(audit, error, general, slow query, postgresql, alert, listener, trace, agent) to CloudWatch Logs: " +
			"enabled_cloudwatch_logs_exports (EnableCloudwatchLogsExports) is absent or empty, the default. The " +
			"logs then stay on the instance, rotate away within days, and are lost with it. Instances that belong " +
			"to an Aurora cluster (db_cluster_identifier / DBClusterIdentifier) take the cluster's setting and are " +
			"not reported, nor are Aurora Serverless v1 clusters, which cannot export logs this way. Which log " +
			"types to export depends on the engine and is not judged.",
		Remediation: engine.Remediation{Summary: "List the engine's logs in enabled_cloudwatch_logs_exports (EnableCloudwatchLogsExports), such as [\"postgresql\"] or [\"audit\", \"error\", \"slowquery\"]."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
			"https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.CloudWatch.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#enabled_cloudwatch_logs_exports",
		},
		Precision: "high",
	}, setting.Check{
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
	const problem = "the cluster publishes no audit logs to CloudWatch Logs"
	return setting.Rule(engine.Rule{
		ID:       "AWS-184",
		Name:     "docdb-neptune-log-exports-disabled",
		Title:    "DocumentDB or Neptune cluster publishes no logs to CloudWatch Logs",
		Severity: engine.Medium,
		Description: "A DocumentDB cluster (enabled_cloudwatch_logs_exports, EnableCloudwatchLogsExports: audit, " +
			"profiler) or a Neptune cluster (enable_cloudwatch_logs_exports, EnableCloudwatchLogsExports: audit, " +
			"slowquery) exports no logs to CloudWatch Logs; none are exported by default. Without the audit log, " +
			"connections and data definition changes leave no trace. DocumentDB also needs audit_logs enabled in " +
			"its cluster parameter group for the audit log to carry events; that parameter is not judged here.",
		Remediation: engine.Remediation{Summary: "Export the audit log: enabled_cloudwatch_logs_exports = [\"audit\"] for DocumentDB, enable_cloudwatch_logs_exports = [\"audit\"] for Neptune (EnableCloudwatchLogsExports: [audit])."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
			"https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#enabled_cloudwatch_logs_exports",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#enable_cloudwatch_logs_exports",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"aws_docdb_cluster", "AWS::DocDB::DBCluster"},
		Judge:   setting.MustBeSet(parser.A("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")),
		Problem: problem,
	}, setting.Check{
		Types:   []string{"aws_neptune_cluster", "AWS::Neptune::DBCluster"},
		Judge:   setting.MustBeSet(parser.A("enable_cloudwatch_logs_exports", "EnableCloudwatchLogsExports")),
		Problem: problem,
	})
}

func logRedshiftAuditLogging() *engine.Rule {
	r := &engine.Rule{
		ID:       "AWS-185",
		Name:     "redshift-audit-logging-disabled",
		Title:    "Redshift cluster or serverless namespace has no audit logging",
		Severity: engine.Medium,
		Description: "A Redshift provisioned cluster or Redshift Serverless namespace does not deliver its audit " +
			"logs (connection, user and user activity logs) to S3 or CloudWatch Logs; audit logging is off by " +
			"default. A Terraform cluster logs when its legacy logging block has enable = true or when an " +
			"aws_redshift_logging resource names it; a CloudFormation cluster when it sets LoggingProperties; a " +
			"namespace when log_exports (LogExports) lists a log. An aws_redshift_logging whose cluster cannot be " +
			"resolved statically leaves the clusters of its root undecided.",
		Remediation: engine.Remediation{Summary: "Turn on audit logging: an aws_redshift_logging resource (LoggingProperties in CloudFormation) to S3 or CloudWatch Logs, or log_exports on a serverless namespace."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
			"https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-audit-logging.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_logging",
		},
		Precision: "high",
	}
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
		for _, c := range p.ResourcesOfType("aws_redshift_cluster") {
			if c.Data || !p.BodyKnown(c) {
				continue
			}
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
