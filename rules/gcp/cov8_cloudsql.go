package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage8Rules are the eighth batch of coverage rules (GCP-149 and up).
func coverage8Rules() []*engine.Rule {
	return append(cov8SQLFlagRules(),
		// Split from GCP-113: Workload Identity is a cluster setting of its own.
		setting.Rule(engine.Rule{ID: "GCP-159"}, cov8GKEWorkloadIdentity),
		&engine.Rule{ID: "GCP-160", Check: checkCov8AuditLogTypes, Reads: cov8AuditLogTypesReads, Alone: true})
}

// cov8SQLFlag is a Cloud SQL database flag judged by a rule of its own, so
// that an instance is reported once per flag it gets wrong: the engine
// whose instances have it (a database_version prefix), its name, and the
// verdict on its value (nil when the flag is not set).
type cov8SQLFlag struct {
	id, engine, name string
	judge            func(v *parser.Value, name string) parser.Verdict
	problem          string
}

// mustBe returns a judge that accepts only want; def is the value Cloud SQL
// uses when the flag is not set.
func mustBe(def, want string) func(*parser.Value, string) parser.Verdict {
	return func(v *parser.Value, name string) parser.Verdict { return parser.NoneOf(v, name, def, want) }
}

// mustNotBe returns a judge that rejects the values in bad; def is the
// value Cloud SQL uses when the flag is not set ("" when it is secure).
func mustNotBe(def string, bad ...string) func(*parser.Value, string) parser.Verdict {
	return func(v *parser.Value, name string) parser.Verdict { return parser.OneOf(v, name, def, bad...) }
}

var cov8SQLFlags = []cov8SQLFlag{
	// PostgreSQL logging that Cloud SQL leaves off (log_temp_files -1).
	{"GCP-100", "POSTGRES", "log_connections", mustBe("off", "on"), "PostgreSQL does not log connections"},
	{"GCP-149", "POSTGRES", "log_disconnections", mustBe("off", "on"), "PostgreSQL does not log disconnections and session lengths"},
	{"GCP-150", "POSTGRES", "log_lock_waits", mustBe("off", "on"), "PostgreSQL does not log lock waits"},
	{"GCP-151", "POSTGRES", "log_checkpoints", mustBe("off", "on"), "PostgreSQL does not log checkpoints"},
	{"GCP-152", "POSTGRES", "log_temp_files", mustBe("-1", "0"), "PostgreSQL does not log every temporary file"},
	// PostgreSQL log levels whose defaults (WARNING, ERROR, DEFAULT) are fine.
	{"GCP-134", "POSTGRES", "log_min_messages", mustNotBe("", "error", "log", "fatal", "panic"), "PostgreSQL logs too little: warnings are not logged"},
	{"GCP-153", "POSTGRES", "log_min_error_statement", mustNotBe("", "log", "fatal", "panic"), "PostgreSQL logs too little: statements that fail with an error are not logged"},
	{"GCP-154", "POSTGRES", "log_error_verbosity", mustNotBe("", "terse"), "PostgreSQL logs too little: error details and context are not logged"},
	// MySQL and SQL Server flags that reach beyond a user's grants.
	{"GCP-137", "MYSQL", "local_infile", mustNotBe("", "on"), "clients can make the server read local files with LOAD DATA LOCAL"},
	{"GCP-155", "SQLSERVER", "cross db ownership chaining", mustNotBe("", "on"), "ownership chains cross databases, bypassing their permissions"},
	{"GCP-156", "SQLSERVER", "contained database authentication", mustNotBe("", "on"), "contained users authenticate without an instance login"},
	{"GCP-157", "SQLSERVER", "external scripts enabled", mustNotBe("", "on"), "users can run R and Python scripts on the server"},
	{"GCP-158", "SQLSERVER", "remote access", mustNotBe("on", "on"), "stored procedures can be run from and on remote servers"},
}

// cov8SQLFlagReads are the types each flag's rule reads (Rule.Reads):
// Cloud SQL instances (sqlInstances) and AlloyDB instances
// (mon22eAlloyDBFlag), each judged alone.
var cov8SQLFlagReads = []string{"google_sql_database_instance", "google_alloydb_instance"}

func cov8SQLFlagRules() []*engine.Rule {
	out := make([]*engine.Rule, 0, len(cov8SQLFlags))
	for _, f := range cov8SQLFlags {
		out = append(out, &engine.Rule{ID: f.id, Reads: cov8SQLFlagReads, Alone: true, Check: func(p *engine.Pass) {
			sqlInstances(p, f.engine, func(res *parser.Resource, flags map[string]*parser.Value) {
				p.Judge(res, f.judge(flags[f.name], f.name), f.problem)
			})
			mon22eAlloyDBFlag(p, f)
		}})
	}
	return out
}

// cov8GKEWorkloadIdentity is GCP-159: without Workload Identity
// (workload_identity_config.workload_pool; identity_namespace in provider
// 3.x) every pod can read the node's service account token from the
// metadata server. Nodes that ask for the GKE metadata server need
// Workload Identity on the cluster (GKE refuses them otherwise), so a
// cluster whose own node configurations do is not judged.
var cov8GKEWorkloadIdentity = setting.Check{
	Types: []string{"google_container_cluster"},
	If:    setting.Both(standardGKE, cov8NoGKEMetadataNodes),
	Judge: setting.Both(
		setting.MustBeSet(parser.A("workload_identity_config.workload_pool", "")),
		setting.MustBeSet(parser.A("workload_identity_config.identity_namespace", ""))),
	Problem: "pods can use the node's service account: Workload Identity is not enabled",
}

// cov8NoGKEMetadataNodes answers No for a cluster whose node_config or
// node_pool blocks set workload_metadata_config mode GKE_METADATA (or
// node_metadata GKE_METADATA_SERVER in provider 3.x), Yes otherwise.
func cov8NoGKEMetadataNodes(res *parser.Resource) parser.Verdict {
	configs := res.Body.Get("node_config").Items()
	for _, np := range res.Body.Get("node_pool").Items() {
		configs = append(configs, np.Get("node_config").Items()...)
	}
	for _, nc := range configs {
		for _, wm := range nc.Get("workload_metadata_config").Items() {
			if wm.Get("mode").IsAnyOf("GKE_METADATA") || wm.Get("node_metadata").IsAnyOf("GKE_METADATA_SERVER") {
				return parser.Decided
			}
		}
	}
	return parser.Verdict{Answer: parser.Yes}
}
