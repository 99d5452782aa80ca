package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coverage7Rules are the seventh batch of coverage rules (GCP-148 and up),
// from misses on third-party samples.
func coverage7Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-148", Check: checkCov7PGStatementAudit, Reads: cov7PGStatementAuditReads, Alone: true},
	}
}

// cov7PGStatementAuditReads are the types checkCov7PGStatementAudit reads (Rule.Reads).
var cov7PGStatementAuditReads = []string{"google_sql_database_instance"}

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

// cov7SQLTransport judges one ip_configuration of a Cloud SQL instance:
// Yes when ssl_mode is ALLOW_UNENCRYPTED_AND_ENCRYPTED, or require_ssl is
// false without an ssl_mode, on any instance; or when neither is written
// (or ssl_mode is SSL_MODE_UNSPECIFIED) and the instance has a public IP
// (ipv4_enabled defaults to true), since unencrypted connections are then
// allowed by default.
func cov7SQLTransport(ip *parser.Value) parser.Verdict {
	mode, req := ip.Get("ssl_mode"), ip.Get("require_ssl")
	if mode.IsAnyOf("SSL_MODE_UNSPECIFIED") {
		mode = nil
	}
	switch {
	case !mode.IsNull():
		return parser.OneOf(mode, "ssl_mode", "", "ALLOW_UNENCRYPTED_AND_ENCRYPTED")
	case !req.IsNull():
		return parser.NotTrue(req, "require_ssl", true)
	}
	v := parser.NotFalse(ip.Get("ipv4_enabled"), "ipv4_enabled", true)
	if v.Answer == parser.Yes {
		v.Detail = "a public IP (ipv4_enabled) and no ssl_mode or require_ssl: unencrypted connections are allowed by default"
	}
	return v
}
