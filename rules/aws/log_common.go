package aws

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Helpers shared by the logging and governance rules (log_*.go).

// awsResources are the resources of AWS: a root that deploys one is an AWS
// root, whose account-level controls the rules check.
var awsResources = setting.Cloud("aws_", "AWS::")

// logRootDeclares reports whether root declares a resource (not a data
// source) of one of the types.
func logRootDeclares(root engine.Root, types ...string) bool {
	return root.Deploys(func(r *parser.Resource) bool { return slices.Contains(types, r.Type) })
}

// logReportMissing reports, for every AWS root that declares none of the
// types, that the account-level control is missing. It is a finding only
// in account-baseline mode.
func logReportMissing(p *engine.Pass, what string, types ...string) {
	for _, root := range p.RootsDeploying(awsResources) {
		if !logRootDeclares(root, types...) {
			p.ReportMissing(root, "%s declares no %s", root.Name, what)
		}
	}
}
