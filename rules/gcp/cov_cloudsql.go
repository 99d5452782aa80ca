package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// postgresInstances calls judge with each Cloud SQL for PostgreSQL
// instance and its database flags by name. An instance whose engine or
// flags are not known statically gets an undecided note instead.
func postgresInstances(p *engine.Pass, judge func(res *parser.Resource, flags map[string]*parser.Value)) {
	sqlInstances(p, "POSTGRES", judge)
}

// sqlInstances calls judge with each Cloud SQL instance whose
// database_version starts with kind (POSTGRES, MYSQL, SQLSERVER) and its
// database flags by name; as postgresInstances for the unknowns.
func sqlInstances(p *engine.Pass, kind string, judge func(res *parser.Resource, flags map[string]*parser.Value)) {
	for _, res := range p.KnownManaged("google_sql_database_instance") {
		ver := res.Body.Get("database_version")
		if setting.Undecided(p, res, "database_version", ver) {
			continue
		}
		if s, ok := ver.AsString(); !ok || !strings.HasPrefix(strings.ToUpper(s), kind) {
			continue
		}
		flags, unknown := covSQLFlags(res)
		if unknown != nil {
			p.CannotTell(res, unknown, parser.Unknowable(unknown, "settings.database_flags").Detail)
			continue
		}
		judge(res, flags)
	}
}

// covSQLFlags returns an instance's database flags by name. unknown is
// the first value that hides flags (a dynamic block over an unknown
// collection, or a flag whose name is not known).
func covSQLFlags(res *parser.Resource) (flags map[string]*parser.Value, unknown *parser.Value) {
	flags = map[string]*parser.Value{}
	settings := parser.A("settings", "").Block(res)
	if u := setting.Unknown(settings); u != nil {
		return nil, u
	}
	fl := settings.Get("database_flags")
	if u := setting.Unknown(fl); u != nil {
		return nil, u
	}
	for _, f := range fl.Items() {
		n := f.Get("name")
		if u := setting.Unknown(n); u != nil {
			return nil, u
		}
		if s, ok := n.AsString(); ok {
			flags[strings.ToLower(strings.TrimSpace(s))] = f.Get("value")
		}
	}
	return flags, nil
}

func covSQLPublicIP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-101"}, setting.Check{
		Types:   []string{"google_sql_database_instance"},
		Judge:   setting.MustBeFalse(parser.A("settings.ip_configuration.ipv4_enabled", ""), true),
		Problem: "the database has a public IP address",
	}, mon22eAlloyDBPublicIP)
}
