package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

// coverage12kRules are the rules the twelfth coverage pass added from
// KICS's Terraform AWS queries (folders a..l).
func coverage12kRules() []*engine.Rule {
	return []*engine.Rule{iamRoleCodeTakeover()}
}

// iamCodeTakeoverActions replace what an existing compute resource runs,
// or who may log in to it, without passing a role: the principal then acts
// with the resource's own role. Allowed on every resource, they reach the
// most privileged function or endpoint of the account.
var iamCodeTakeoverActions = []string{
	"lambda:UpdateFunctionCode",
	"glue:UpdateDevEndpoint",
}

func iamRoleCodeTakeover() *engine.Rule {
	return &engine.Rule{ID: "AWS-252", Check: func(p *engine.Pass) {
		iamStarGrants(p, iamCodeTakeoverActions, "which lets a principal run its own code with the role of any function or development endpoint")
	}}
}
