package aws

import (
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

// The engine and parameter group of an RDS DB instance.
var (
	pgInstanceEngine = parser.A("engine", "Engine")
	pgInstanceGroup  = parser.A("parameter_group_name", "DBParameterGroupName")
)

const pgStatementProblem = "PostgreSQL logs no SQL statements"

// checkPGStatementLogging is AWS-325: RDS for PostgreSQL logs no SQL
// statements when its DB parameter group leaves log_statement at none (the
// default) and does not load pgaudit. A parameter group of a postgres
// family is judged where it is written; an instance on the default group
// (none named, or a default.* name) is judged itself. Aurora PostgreSQL is
// not judged: it may set log_statement in its cluster or its instance
// parameter groups.
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
		if e, ok := pgInstanceEngine.Of(db).AsString(); !ok || !strings.EqualFold(strings.TrimSpace(e), "postgres") {
			continue
		}
		gv := pgInstanceGroup.Of(db)
		name, named := gv.AsString()
		switch {
		case len(p.Referenced(db, pgInstanceGroup.Name(db), "aws_db_parameter_group", "AWS::RDS::DBParameterGroup")) > 0:
			// The group is judged where it is written.
		case parser.Set(gv) == parser.No:
			p.Judge(db, parser.Bad(nil, pgInstanceGroup.Name(db)+" is not set: the default parameter group leaves log_statement at none, without pgaudit"), pgStatementProblem)
		case named && strings.HasPrefix(strings.ToLower(name), "default."):
			p.Judge(db, parser.Bad(gv, pgInstanceGroup.Name(db)+" = "+name+": a default parameter group leaves log_statement at none, without pgaudit"), pgStatementProblem)
		default:
			p.CannotTell(db, gv, pgInstanceGroup.Name(db)+" names no DB parameter group of the scanned code")
		}
	}
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
