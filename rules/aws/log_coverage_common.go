package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Helpers of the LOG-2..LOG-5 coverage rules (log_*.go, AWS-180 onwards).

// coverageLogRules returns the AWS rules that answer LOG-2 (logs forwarded),
// LOG-3 (alerts), LOG-4 (inventory) and LOG-5 (retention) service by
// service.
func coverageLogRules() []*engine.Rule {
	return []*engine.Rule{
		logLoadBalancerAccessLogs(),
		logCloudFrontAccessLogs(),
		logAPIGatewayAccessLogs(),
		logRDSLogExports(),
		logDocDBNeptuneLogExports(),
		logRedshiftAuditLogging(),
		logOpenSearchLogs(),
		logMSKBrokerLogs(),
		logEKSControlPlaneLogs(),
		logWAFLogging(),
		logRoute53QueryLogging(),
		logTrailToCloudWatch(),
		logConfigRecordsAll(),
		{ID: "AWS-193", Check: checkLogBucketShortLifecycle},
		logSecurityAlarms(),
	}
}

// logSaying keeps j's answer and replaces the detail of a Yes with detail,
// for judgements combined from several settings whose joined details would
// read poorly.
func logSaying(j setting.Judge, detail string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v := j(res)
		if v.Answer == parser.Yes {
			v.Detail = detail
		}
		return v
	}
}

// logAttached tells whether a resource of one of types names target
// through attribute attr (a logging configuration naming the web ACL it
// logs, a query log naming its zone): Yes when one refers to it, CannotTell
// when none does but one in the same root names something the graph cannot
// resolve (a variable without a value, an ARN built from a computed id),
// No otherwise. For a CannotTell, by is the resource that names something
// unresolved and at its attribute.
func logAttached(p *engine.Pass, target *parser.Resource, attr string, types ...string) (a parser.Answer, by *parser.Resource, at *parser.Value) {
	if len(p.Referrers(target, attr, types...)) > 0 {
		return parser.Yes, nil, nil
	}
	for _, r := range p.InRoot(target, types...) {
		v := r.Body.Get(attr)
		if v.IsNull() {
			continue
		}
		if len(p.Referenced(r, attr)) == 0 && !logNamesOther(v) {
			return parser.CannotTell, r, v
		}
	}
	return parser.No, nil, nil
}

// logNamesOther reports whether v is a known literal (an ARN or a name
// written out): it cannot name a resource of the scan whose identifiers are
// computed, so it is taken to name something else.
func logNamesOther(v *parser.Value) bool {
	_, ok := v.AsString()
	return ok
}

// logJudgeAttached reports target unless a resource of types attaches to it
// through attr; problem is the finding's message, detail its detail.
// logJudgeConfigured is logJudgeAttached for a target whose logging is a
// configuration resource naming it: attr of type typ in Terraform, cfnAttr
// of type cfnType in CloudFormation.
func logJudgeConfigured(p *engine.Pass, target *parser.Resource, problem, attr, typ, cfnAttr, cfnType string) {
	if target.Format == parser.CloudFormation {
		attr, typ = cfnAttr, cfnType
	}
	logJudgeAttached(p, target, problem, "no "+typ+" names it", attr, typ)
}

func logJudgeAttached(p *engine.Pass, target *parser.Resource, problem, detail, attr string, types ...string) {
	switch a, by, at := logAttached(p, target, attr, types...); a {
	case parser.No:
		p.Judge(target, parser.Bad(nil, detail), problem)
	case parser.CannotTell:
		p.CannotTell(target, at, by.Address+" names a resource that cannot be resolved statically ("+attr+")")
	}
}
