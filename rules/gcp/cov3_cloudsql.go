package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov3PGQuietFlags are PostgreSQL flags whose values, when set, drop
// messages a security investigation needs; the defaults (WARNING, DEFAULT)
// keep them.
var cov3PGQuietFlags = []struct {
	name  string
	quiet []string
	why   string
}{
	{"log_min_messages", []string{"error", "log", "fatal", "panic"}, "warnings are not logged"},
	{"log_error_verbosity", []string{"terse"}, "error details and context are not logged"},
}

func cov3SQLLogLevels() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-134",
		Name:     "cloudsql-postgres-log-level-too-quiet",
		Title:    "Cloud SQL for PostgreSQL instance raises log_min_messages above WARNING or makes error messages terse",
		Severity: engine.Low,
		Description: "A google_sql_database_instance whose database_version is POSTGRES_* sets the database flag " +
			"log_min_messages to ERROR, LOG, FATAL or PANIC (warnings, such as failed permission checks that " +
			"do not abort, are then not written to the log), or log_error_verbosity to TERSE (the DETAIL, HINT " +
			"and CONTEXT of errors are dropped). The defaults (WARNING and DEFAULT) are what the CIS Google " +
			"Cloud benchmark asks for and are not reported; more verbose values are fine. Instances whose " +
			"engine or flags are not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove the flags (or set log_min_messages = \"warning\" and log_error_verbosity = \"default\")."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://cloud.google.com/sql/docs/postgres/flags",
			"https://www.postgresql.org/docs/current/runtime-config-logging.html#RUNTIME-CONFIG-LOGGING-WHEN",
		},
		Precision: "very-high",
		Check:     checkCov3SQLLogLevels,
	}
}

func checkCov3SQLLogLevels(p *engine.Pass) {
	postgresInstances(p, func(res *parser.Resource, flags map[string]*parser.Value) {
		for _, f := range cov3PGQuietFlags {
			if v := flags[f.name]; v != nil {
				p.Judge(res, parser.OneOf(v, f.name, "", f.quiet...), "PostgreSQL logs too little: "+f.why)
			}
		}
	})
}
