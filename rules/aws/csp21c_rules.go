package aws

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coverageCsp21cRules are the rules session 21's CloudSploit slice (AWS
// services after lambda) brought.
func coverageCsp21cRules() []*engine.Rule {
	return []*engine.Rule{redshiftUserActivityLogOff()}
}

// redshiftGroupUserActivity judges a Redshift parameter group's
// enable_user_activity_logging, false unless written true.
func redshiftGroupUserActivity(g *parser.Resource) parser.Verdict {
	v, unknown := dbParameter(g, "enable_user_activity_logging")
	switch {
	case v == nil && unknown != nil:
		return parser.Unknowable(unknown, g.Address+" parameters")
	case v == nil:
		return parser.Bad(nil, "enable_user_activity_logging is not set (false by default)")
	}
	s, ok := v.AsString()
	switch {
	case !ok && parser.Set(v) == parser.CannotTell:
		return parser.Unknowable(v, "enable_user_activity_logging")
	case ok && !strings.EqualFold(strings.TrimSpace(s), "true"):
		return parser.Bad(v, "enable_user_activity_logging = "+strconv.Quote(s))
	}
	return parser.Decided
}

var (
	redshiftClusterGroup      = parser.A("cluster_parameter_group_name", "ClusterParameterGroupName")
	redshiftClusterGroupTypes = []string{"aws_redshift_parameter_group", "AWS::Redshift::ClusterParameterGroup"}
	redshiftNamespaceExports  = parser.A("log_exports", "LogExports")
)

// redshiftUserActivityLogOff is AWS-408: a Redshift provisioned cluster
// whose parameter group leaves enable_user_activity_logging false (its
// default, and the default parameter group's value), so the audit log holds
// connections and users but not the queries run; a serverless namespace
// that exports audit logs but not useractivitylog. A namespace that exports
// nothing is AWS-185's finding.
func redshiftUserActivityLogOff() *engine.Rule {
	const problem = "the queries run on the database are not logged"
	r := &engine.Rule{ID: "AWS-408"}
	r.Check = func(p *engine.Pass) {
		// The groups a cluster of the root uses, by reference or by the
		// name it writes; the others are judged on their own below.
		used := map[*parser.Resource]bool{}
		usedNames := map[string]bool{}
		for _, c := range p.KnownManaged("aws_redshift_cluster", "AWS::Redshift::Cluster") {
			for _, g := range p.Referenced(c, redshiftClusterGroup.Name(c), redshiftClusterGroupTypes...) {
				used[g] = true
			}
			if s, ok := redshiftClusterGroup.Of(c).AsString(); ok {
				usedNames[strings.TrimSpace(s)] = true
			}
			p.Judge(c, namedGroupVerdict(p, c, redshiftClusterGroup, redshiftClusterGroupTypes, redshiftGroupUserActivity,
				"enable_user_activity_logging false"), problem)
		}
		// A group no cluster of the scanned code uses (a module that only
		// makes the group, a cluster of another root) is judged itself: every
		// cluster given it logs no queries.
		for _, g := range p.KnownManaged(redshiftClusterGroupTypes...) {
			if used[g] {
				continue
			}
			if s, ok := parser.A("name", "").Of(g).AsString(); ok && usedNames[strings.TrimSpace(s)] {
				continue
			}
			p.Judge(g, redshiftGroupUserActivity(g), "clusters given this parameter group do not log the queries run on them")
		}
		for _, ns := range p.KnownManaged("aws_redshiftserverless_namespace", "AWS::RedshiftServerless::Namespace") {
			v := redshiftNamespaceExports.Of(ns)
			if parser.Set(v) == parser.No {
				continue // no audit log at all: AWS-185
			}
			p.Judge(ns, mustInclude(redshiftNamespaceExports, "useractivitylog")(ns), problem)
		}
	}
	r.Reads = []string{"aws_redshift_cluster", "AWS::Redshift::Cluster", "aws_redshift_parameter_group",
		"AWS::Redshift::ClusterParameterGroup", "aws_redshiftserverless_namespace", "AWS::RedshiftServerless::Namespace"}
	return r
}
