package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage14aRules are the rules added from Trivy's AWS check examples,
// services a..d and SAM (issue 9, session 14).
func coverage14aRules() []*engine.Rule {
	return []*engine.Rule{athenaSettingsNotEnforced()}
}

// athenaSettingsNotEnforced is AWS-255: a workgroup that lets each query's
// client-side settings (result location, encryption) replace its own.
// Terraform's default is true; CloudFormation and the Athena API document
// none, so only a written false is reported.
func athenaSettingsNotEnforced() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-255"}, setting.Check{
		Types: []string{"aws_athena_workgroup", "AWS::Athena::WorkGroup"},
		Judge: setting.Both(
			setting.MustBeTrue(parser.A("configuration.enforce_workgroup_configuration",
				"WorkGroupConfiguration.EnforceWorkGroupConfiguration"), true),
			athenaResultsNotManaged),
		Problem: "each query may override the workgroup's result settings, its encryption included",
	})
}
