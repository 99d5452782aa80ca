package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coverage7Rules are the seventh batch of coverage rules (GCP-148 and up),
// from misses on third-party samples.
func coverage7Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-148", Check: checkCov7PGStatementAudit},
	}
}

// checkCov7PGStatementAudit reports Cloud SQL for PostgreSQL instances
// that audit no statements: log_statement is "none" (its default) and
// pgaudit is off (its default). Either one records the DDL that changes
// schemas, roles and grants.
func checkCov7PGStatementAudit(p *engine.Pass) {
	postgresInstances(p, func(res *parser.Resource, flags map[string]*parser.Value) {
		p.Judge(res, parser.Both(
			parser.NoneOf(flags["log_statement"], "log_statement", "none", "ddl", "mod", "all"),
			parser.NoneOf(flags["cloudsql.enable_pgaudit"], "cloudsql.enable_pgaudit", "off", "on")),
			"PostgreSQL audits no statements (neither log_statement = ddl, mod or all, nor pgaudit)")
	})
}
