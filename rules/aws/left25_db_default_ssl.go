package aws

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// The settings that make an RDS instance a read replica (a same-Region
// replica takes its source's parameter group when it names none) and an
// Aurora cluster a Serverless v1 one.
var (
	dbReplicaOf         = parser.A("replicate_source_db", "SourceDBInstanceIdentifier")
	dbEngineVersion     = parser.A("engine_version", "EngineVersion")
	dbClusterEngineMode = parser.A("engine_mode", "EngineMode")
)

// checkDBDefaultGroupSSL is AWS-146 for databases that name no parameter
// group of their own (none, or a default.* group): they run on the
// engine's default group, whose TLS parameter keeps the engine's default.
// The family is built from the engine and its written version; an engine
// whose default depends on the version is judged only when the version
// is written (RDS picks the default version otherwise). Aurora members,
// read replicas and Aurora Serverless v1 are not judged; a group of the
// scanned code is judged where it is written, one from outside is not.
func checkDBDefaultGroupSSL(p *engine.Pass) {
	const problem = "clients may connect without TLS"
	for _, db := range p.KnownManaged("aws_db_instance", "AWS::RDS::DBInstance") {
		if parser.AnySet(db.Body.Get("DBClusterIdentifier")) || parser.Set(dbReplicaOf.Of(db)) != parser.No {
			continue
		}
		judgeDBDefaultGroup(p, db, pgInstanceGroup, []string{"aws_db_parameter_group", "AWS::RDS::DBParameterGroup"}, false, problem)
	}
	for _, c := range p.KnownManaged("aws_rds_cluster", "AWS::RDS::DBCluster") {
		if m, ok := dbClusterEngineMode.Of(c).AsString(); ok && strings.EqualFold(strings.TrimSpace(m), "serverless") {
			continue
		}
		if parser.Set(dbClusterEngineMode.Of(c)) == parser.CannotTell {
			continue
		}
		judgeDBDefaultGroup(p, c, pgClusterGroup, rdsClusterGroupTypes, true, problem)
	}
}

// judgeDBDefaultGroup judges one instance or cluster that names its group
// in setting a (of groupTypes).
func judgeDBDefaultGroup(p *engine.Pass, db *parser.Resource, a parser.Attr, groupTypes []string, cluster bool, problem string) {
	name := a.Name(db)
	gv := a.Of(db)
	if len(p.Referenced(db, name, groupTypes...)) > 0 {
		return // the group is judged where it is written
	}
	group, named := gv.AsString()
	switch {
	case parser.Set(gv) == parser.No:
		group = ""
	case named && strings.HasPrefix(strings.ToLower(strings.TrimSpace(group)), "default."):
	default:
		return // a group from outside the code, or not known
	}
	eng, ok := pgInstanceEngine.Of(db).AsString()
	if !ok {
		return
	}
	eng = strings.ToLower(strings.TrimSpace(eng))
	if !cluster && strings.HasPrefix(eng, "aurora") {
		return // an Aurora member: the cluster's group decides
	}
	vv := dbEngineVersion.Of(db)
	version, _ := vv.AsString()
	family, ok := dbDefaultFamily(eng, strings.TrimSpace(version))
	if !ok {
		return
	}
	ssl, ok := dbSSLFor(dbParamGroup{cluster: cluster}, family)
	if !ok || !ssl.absentOff {
		return
	}
	where := name + " is not set"
	if group != "" {
		where = fmt.Sprintf("%s = %q", name, group)
	}
	at := gv
	if group == "" {
		at = nil
	}
	p.Judge(db, parser.Bad(at, fmt.Sprintf("%s: the default parameter group of family %s leaves %s at %s", where, family, ssl.param, ssl.defaultStr)), problem)
}

// dbDefaultFamily is the parameter group family of an RDS engine at a
// version ("" when not written): false when the engine has no TLS
// parameter judged here or its family depends on a version not written.
func dbDefaultFamily(eng, version string) (string, bool) {
	parts := strings.Split(version, ".")
	majorMinor := ""
	if len(parts) >= 2 && parts[0] != "" && parts[1] != "" {
		majorMinor = parts[0] + "." + parts[1]
	}
	switch {
	case strings.HasPrefix(eng, "sqlserver-"):
		return "sqlserver", true // rds.force_ssl defaults to 0 in every edition and version
	case version == "":
		return "", false
	case eng == "mysql", eng == "mariadb":
		return eng + majorMinor, majorMinor != ""
	case eng == "postgres", eng == "aurora-postgresql":
		if parts[0] == "9" {
			return eng + majorMinor, majorMinor != ""
		}
		return eng + parts[0], parts[0] != ""
	case eng == "aurora-mysql":
		// Aurora MySQL versions read 5.7.mysql_aurora.2.x or 8.0.mysql_aurora.3.x.
		return "aurora-mysql" + majorMinor, majorMinor != ""
	}
	return "", false
}
