package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
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
		exports := exported(c)
		switch {
		case group.Answer == parser.Yes:
			p.Judge(c, group, auroraAuditProblem)
		case exports.Answer == parser.Yes:
			p.Judge(c, exports, auroraAuditProblem)
		case group.Answer == parser.CannotTell:
			p.Judge(c, group, auroraAuditProblem)
		default:
			p.Judge(c, exports, auroraAuditProblem)
		}
	}
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
