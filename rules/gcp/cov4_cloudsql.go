package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov4SQLAccessFlags are MySQL and SQL Server database flags that let a
// database user reach data or servers beyond the grants an administrator
// gave, with the engine's default ("" when unset is off).
var cov4SQLAccessFlags = []struct {
	engine, name, def, why string
}{
	{"MYSQL", "local_infile", "", "clients can make the server read local files with LOAD DATA LOCAL"},
	{"SQLSERVER", "cross db ownership chaining", "", "ownership chains cross databases, bypassing their permissions"},
	{"SQLSERVER", "contained database authentication", "", "contained users authenticate without an instance login"},
	{"SQLSERVER", "external scripts enabled", "", "users can run R and Python scripts on the server"},
	{"SQLSERVER", "remote access", "on", "stored procedures can be run from and on remote servers"},
}

func cov4SQLAccessFlagsRule() *engine.Rule {
	return &engine.Rule{ID: "GCP-137", Check: checkCov4SQLAccessFlags}
}

func checkCov4SQLAccessFlags(p *engine.Pass) {
	for _, kind := range []string{"MYSQL", "SQLSERVER"} {
		sqlInstances(p, kind, func(res *parser.Resource, flags map[string]*parser.Value) {
			for _, f := range cov4SQLAccessFlags {
				if f.engine == kind {
					p.Judge(res, parser.OneOf(flags[f.name], f.name, f.def, "on"), f.why)
				}
			}
		})
	}
}
