package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covPGLogFlags are the PostgreSQL flags the CIS Google Cloud benchmark
// wants "on"; each is off by default in Cloud SQL.
var covPGLogFlags = []string{"log_checkpoints", "log_connections", "log_disconnections", "log_lock_waits"}

func covSQLLogFlags() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-100",
		Name:     "cloudsql-postgres-log-flags-off",
		Title:    "Cloud SQL for PostgreSQL instance does not log connections, disconnections, lock waits or checkpoints",
		Severity: engine.Medium,
		Description: "A google_sql_database_instance whose database_version is POSTGRES_* does not set the database " +
			"flags log_connections, log_disconnections, log_lock_waits and log_checkpoints to \"on\" " +
			"(settings.database_flags). They are off by default, so who connected, from where and for how " +
			"long, and what held locks, is not in Cloud Logging for an investigation. Each flag that is missing " +
			"or \"off\" is named. Instances whose engine or flags are not known statically become undecided " +
			"notes; read replicas take their flags from their own settings and are judged too.",
		Remediation: engine.Remediation{Summary: "Add database_flags blocks setting log_connections, log_disconnections, log_lock_waits and log_checkpoints to \"on\"."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://cloud.google.com/sql/docs/postgres/flags",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags",
		},
		Precision: "high",
		Check:     checkCovSQLLogFlags,
	}
}

func checkCovSQLLogFlags(p *engine.Pass) {
	postgresInstances(p, func(res *parser.Resource, flags map[string]*parser.Value) {
		var off []string
		var at *parser.Value
		for _, name := range covPGLogFlags {
			v := flags[name]
			if v == nil {
				off = append(off, name+" not set")
				continue
			}
			if setting.Undecided(p, res, name, v) {
				off = nil
				break
			}
			if s, ok := v.AsString(); ok && !strings.EqualFold(strings.TrimSpace(s), "on") {
				off = append(off, name+" = "+s)
				at = v
			}
		}
		if len(off) > 0 {
			p.Report(res, at, "%s: PostgreSQL logging flags are off (%s)", res.Address, strings.Join(off, ", "))
		}
	})
}

// postgresInstances calls judge with each Cloud SQL for PostgreSQL
// instance and its database flags by name. An instance whose engine or
// flags are not known statically gets an undecided note instead.
func postgresInstances(p *engine.Pass, judge func(res *parser.Resource, flags map[string]*parser.Value)) {
	for _, res := range p.ResourcesOfType("google_sql_database_instance") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		ver := res.Body.Get("database_version")
		if setting.Undecided(p, res, "database_version", ver) {
			continue
		}
		if s, ok := ver.AsString(); !ok || !strings.HasPrefix(strings.ToUpper(s), "POSTGRES") {
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
	return setting.Rule(engine.Rule{
		ID:       "GCP-101",
		Name:     "cloudsql-public-ip",
		Title:    "Cloud SQL instance has a public IP address",
		Severity: engine.Medium,
		Description: "A google_sql_database_instance does not set settings.ip_configuration.ipv4_enabled = false: " +
			"the default is true, which gives the instance a public IPv4 address. Even with no authorized " +
			"networks the address is reachable through the Cloud SQL Auth Proxy and connectors by anyone holding " +
			"credentials, and one authorized network away from the whole internet (0.0.0.0/0 itself is " +
			"GCP-020). Databases should be reachable only privately, through private IP or Private Service " +
			"Connect. Values not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Set ipv4_enabled = false and connect through private IP (private_network) or Private Service Connect."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/sql/docs/postgres/configure-private-ip",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_sql_database_instance"},
		Judge:   setting.MustBeFalse(parser.A("settings.ip_configuration.ipv4_enabled", ""), true),
		Problem: "the database has a public IP address",
	})
}
