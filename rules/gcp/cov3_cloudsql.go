package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov3PGQuietFlags are PostgreSQL flags whose values, when set, drop
// messages a security investigation needs; the defaults (WARNING, DEFAULT,
// ERROR) keep them.
var cov3PGQuietFlags = []struct {
	name  string
	quiet []string
	why   string
}{
	{"log_min_messages", []string{"error", "log", "fatal", "panic"}, "warnings are not logged"},
	{"log_error_verbosity", []string{"terse"}, "error details and context are not logged"},
	{"log_min_error_statement", []string{"log", "fatal", "panic"}, "statements that fail with an error are not logged"},
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
