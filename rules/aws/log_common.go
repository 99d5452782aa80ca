package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Helpers shared by the logging and governance rules (log_*.go).

// logAWSRoots returns the roots that deploy AWS resources: CloudFormation
// templates with an AWS:: resource and Terraform roots with an aws_
// resource. Data sources alone do not make a root an AWS root, so a GCP
// root that reads an AWS data source is never told it lacks CloudTrail.
func logAWSRoots(p *engine.Pass) []engine.Root {
	return p.RootsDeploying(func(r *parser.Resource) bool {
		return r.Format == parser.CloudFormation && strings.HasPrefix(r.Type, "AWS::") ||
			r.Format == parser.Terraform && strings.HasPrefix(r.Type, "aws_")
	})
}

// logRootDeclares reports whether root declares a resource (not a data
// source) of one of the types.
func logRootDeclares(root engine.Root, types ...string) bool {
	return root.Deploys(func(r *parser.Resource) bool { return slices.Contains(types, r.Type) })
}

// logReportMissing reports, for every AWS root that declares none of the
// types, that the account-level control is missing. It is a finding only
// in account-baseline mode.
func logReportMissing(p *engine.Pass, what string, types ...string) {
	for _, root := range logAWSRoots(p) {
		if !logRootDeclares(root, types...) {
			p.ReportMissing(root, "%s declares no %s", root.Name, what)
		}
	}
}
