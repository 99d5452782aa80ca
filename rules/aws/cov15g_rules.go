package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coverage15gRules are the rules the session 15 sample of Checkov's graph
// (cross-resource) checks showed missing.
func coverage15gRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-325", Check: checkPGStatementLogging},
	}
}

// The engine and parameter group of an RDS DB instance; the cluster
// parameter group of an Aurora cluster, the cluster an Aurora instance
// belongs to and its DB parameter group.
var (
	pgInstanceEngine    = parser.A("engine", "Engine")
	pgInstanceGroup     = parser.A("parameter_group_name", "DBParameterGroupName")
	pgClusterGroup      = parser.A("db_cluster_parameter_group_name", "DBClusterParameterGroupName")
	pgMemberCluster     = parser.A("cluster_identifier", "DBClusterIdentifier")
	pgMemberGroup       = parser.A("db_parameter_group_name", "DBParameterGroupName")
	pgAuroraMemberTypes = []string{"aws_rds_cluster_instance", "AWS::RDS::DBInstance"}
)

const pgStatementProblem = "PostgreSQL logs no SQL statements"

// checkPGStatementLogging is AWS-325: RDS for PostgreSQL logs no SQL
// statements when its DB parameter group leaves log_statement at none (the
// default) and does not load pgaudit. A parameter group of a postgres
// family is judged where it is written; an instance on the default group
// (none named, or a default.* name) is judged itself. An Aurora
// PostgreSQL cluster is judged itself, from its cluster parameter group and
// the DB parameter groups of its instances (pgAuroraVerdict).
func checkPGStatementLogging(p *engine.Pass) {
	for _, g := range p.KnownManaged("aws_db_parameter_group", "AWS::RDS::DBParameterGroup") {
		fam := dbParamGroups[g.Type].family
		v := fam.Of(g)
		s, ok := v.AsString()
		if !ok {
			if parser.Set(v) == parser.CannotTell {
				p.CannotTell(g, v, parser.Unknowable(v, fam.Name(g)).Detail)
			}
			continue
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "postgres") {
			p.Judge(g, pgStatementVerdict(g), pgStatementProblem)
		}
	}
	for _, db := range p.KnownManaged("aws_db_instance", "AWS::RDS::DBInstance") {
		ev := pgInstanceEngine.Of(db)
		if e, ok := ev.AsString(); ok && strings.EqualFold(strings.TrimSpace(e), "postgres") {
			if v, judged := pgInstanceVerdict(p, db); judged {
				p.Judge(db, v, pgStatementProblem)
			}
		} else if ev != nil && ev.Kind == parser.Unknown && !parser.AnySet(db.Body.Get("DBClusterIdentifier")) {
			// An engine not known (a module input without a value) decides
			// the answer only where a PostgreSQL instance would be
			// reported: then it is undecided.
			if v, judged := pgInstanceVerdict(p, db); judged && v.Answer == parser.Yes {
				p.Judge(db, parser.Unknowable(ev, pgInstanceEngine.Name(db)), pgStatementProblem)
			}
		}
	}
	for _, c := range p.KnownManaged("aws_rds_cluster", "AWS::RDS::DBCluster") {
		ev := pgInstanceEngine.Of(c)
		if e, ok := ev.AsString(); ok && strings.EqualFold(strings.TrimSpace(e), "aurora-postgresql") {
			p.Judge(c, pgAuroraVerdict(p, c), pgStatementProblem)
		} else if ev != nil && ev.Kind == parser.Unknown && pgAuroraVerdict(p, c).Answer == parser.Yes {
			p.Judge(c, parser.Unknowable(ev, pgInstanceEngine.Name(c)), pgStatementProblem)
		}
	}
}

// pgInstanceVerdict judges an RDS for PostgreSQL instance by the DB
// parameter group it names; judged is false where the group is one of the
// scanned code's, judged where it is written.
func pgInstanceVerdict(p *engine.Pass, db *parser.Resource) (v parser.Verdict, judged bool) {
	gv := pgInstanceGroup.Of(db)
	name, named := gv.AsString()
	switch {
	case len(p.Referenced(db, pgInstanceGroup.Name(db), "aws_db_parameter_group", "AWS::RDS::DBParameterGroup")) > 0:
		return parser.Verdict{}, false
	case parser.Set(gv) == parser.No:
		return parser.Bad(nil, pgInstanceGroup.Name(db)+" is not set: the default parameter group leaves log_statement at none, without pgaudit"), true
	case named && strings.HasPrefix(strings.ToLower(name), "default."):
		return parser.Bad(gv, pgInstanceGroup.Name(db)+" = "+name+": a default parameter group leaves log_statement at none, without pgaudit"), true
	default:
		return parser.Verdict{Answer: parser.CannotTell, At: gv, Detail: pgInstanceGroup.Name(db) + " names no DB parameter group of the scanned code"}, true
	}
}

// pgAuroraVerdict judges an Aurora PostgreSQL cluster. A parameter its DB
// cluster parameter group sets applies to every instance, unless the
// instance's own DB parameter group sets it too (Aurora's two levels: the
// instance's value wins). The cluster logs no statements when its cluster
// group does not (none named, a default.* group, or a group of the code
// that leaves log_statement at none without pgaudit) and some instance of
// the code does not set it in its own group either; a cluster with no
// instance in the code is judged by its cluster group alone.
func pgAuroraVerdict(p *engine.Pass, c *parser.Resource) parser.Verdict {
	cluster := clusterGroupVerdict(p, c, rdsClusterGroupTypes, pgStatementVerdict, "log_statement at none, without pgaudit")
	if cluster.Answer == parser.No {
		return cluster
	}
	// Instances whose own DB parameter group logs statements override the
	// cluster's group; the others inherit it.
	var members []*parser.Resource
	for _, m := range p.Referrers(c, "", pgAuroraMemberTypes...) {
		if pgMemberCluster.Exists(m) && slices.Contains(p.Referenced(m, pgMemberCluster.Name(m), "aws_rds_cluster", "AWS::RDS::DBCluster"), c) {
			members = append(members, m)
		}
	}
	if len(members) == 0 {
		return cluster
	}
	var tell *parser.Verdict
	for _, m := range members {
		if !m.Body.IsKnown() {
			v := parser.Unknowable(m.Body, m.Address)
			tell = &v
			continue
		}
		mg := pgMemberGroup.Of(m)
		gs := p.Referenced(m, pgMemberGroup.Name(m), "aws_db_parameter_group", "AWS::RDS::DBParameterGroup")
		if len(gs) == 0 {
			s, named := mg.AsString()
			if parser.Set(mg) == parser.No || named && strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "default.") {
				return cluster // this instance inherits the cluster's group
			}
			v := pgOutsideGroup(mg, m.Address+"'s "+pgMemberGroup.Name(m), "DB parameter group")
			tell = &v
			continue
		}
		switch v := pgStatementVerdict(gs[0]); v.Answer {
		case parser.Yes:
			if ls, _ := dbParameter(gs[0], "log_statement"); ls != nil {
				// The instance's group writes log_statement = none.
				return parser.Bad(ls, m.Address+"'s DB parameter group "+gs[0].Address+" sets log_statement = none")
			}
			return cluster
		case parser.CannotTell:
			tell = &v
		}
	}
	if tell != nil {
		return *tell
	}
	return parser.Decided // every instance logs through its own group
}

// pgStatementVerdict judges one PostgreSQL parameter group: Yes when
// log_statement is none or not set and pgaudit is not loaded with a
// pgaudit.log class.
func pgStatementVerdict(g *parser.Resource) parser.Verdict {
	ls, unknown := dbParameter(g, "log_statement")
	if ls != nil {
		s, ok := ls.AsString()
		if !ok {
			if parser.Set(ls) == parser.CannotTell {
				return parser.Unknowable(ls, "log_statement")
			}
			return parser.Decided
		}
		if !strings.EqualFold(strings.TrimSpace(s), "none") {
			return parser.Decided // ddl, mod or all
		}
	} else if unknown != nil {
		return parser.Unknowable(unknown, "parameters")
	}
	libs, _ := dbParameter(g, "shared_preload_libraries")
	classes, _ := dbParameter(g, "pgaudit.log")
	for _, v := range []*parser.Value{libs, classes} {
		if v != nil && parser.Set(v) == parser.CannotTell {
			if _, ok := v.AsString(); !ok {
				return parser.Unknowable(v, "pgaudit")
			}
		}
	}
	l, _ := libs.AsString()
	c, _ := classes.AsString()
	if strings.Contains(strings.ToLower(l), "pgaudit") && c != "" && !strings.EqualFold(strings.TrimSpace(c), "none") {
		return parser.Decided
	}
	if ls != nil {
		return parser.Bad(ls, `log_statement = "none" and pgaudit is not loaded`)
	}
	return parser.Bad(nil, "log_statement is not set (the default is none) and pgaudit is not loaded")
}

// The cluster parameter group types of Aurora (RDS) and DocumentDB
// clusters, whose clusters name them in the same attribute
// (pgClusterGroup).
var (
	rdsClusterGroupTypes   = []string{"aws_rds_cluster_parameter_group", "AWS::RDS::DBClusterParameterGroup"}
	docDBClusterGroupTypes = []string{"aws_docdb_cluster_parameter_group", "AWS::DocDB::DBClusterParameterGroup"}
)

// clusterGroupVerdict judges the cluster parameter group (one of
// groupTypes) that cluster c names: a group of the code by judge (its Yes
// named on the cluster's setting), none named or a default.* group as the
// default group, which leaves defaults (the setting the rule wants on, at
// its default); a group from outside the code cannot be judged.
func clusterGroupVerdict(p *engine.Pass, c *parser.Resource, groupTypes []string, judge func(*parser.Resource) parser.Verdict, defaults string) parser.Verdict {
	return namedGroupVerdict(p, c, pgClusterGroup, groupTypes, judge, defaults)
}

// namedGroupVerdict is clusterGroupVerdict for a cluster that names its
// group in setting a.
func namedGroupVerdict(p *engine.Pass, c *parser.Resource, a parser.Attr, groupTypes []string, judge func(*parser.Resource) parser.Verdict, defaults string) parser.Verdict {
	name := a.Name(c)
	gv := a.Of(c)
	if gs := p.Referenced(c, name, groupTypes...); len(gs) > 0 {
		v := judge(gs[0])
		if v.Answer == parser.Yes {
			return parser.Bad(gv, name+" names "+gs[0].Address+", where "+v.Detail)
		}
		return v
	}
	s, named := gv.AsString()
	switch {
	case parser.Set(gv) == parser.No:
		return parser.Bad(nil, name+" is not set: the default cluster parameter group leaves "+defaults)
	case named && strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "default."):
		return parser.Bad(gv, name+" = "+s+": a default cluster parameter group leaves "+defaults)
	}
	return pgOutsideGroup(gv, name, "cluster parameter group")
}

// pgOutsideGroup is the undecided verdict of a setting that names a
// parameter group (kind) the scanned code does not hold, or whose value is
// not known.
func pgOutsideGroup(v *parser.Value, name, kind string) parser.Verdict {
	if _, ok := v.AsString(); !ok {
		return parser.Unknowable(v, name)
	}
	return parser.Verdict{Answer: parser.CannotTell, At: v, Detail: name + " names no " + kind + " of the scanned code"}
}
