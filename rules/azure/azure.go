// Package azure holds the SOC 2 rules for Microsoft Azure (Terraform).
package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
	"github.com/soc2lint/soc2lint/rules/tagging"
)

// Rules returns the azure rules, each with the other scanners' ids for it
// (aliases.go).
func Rules() []*engine.Rule {
	return setting.Registry(aliases, networkRules(), loggingRules(), databaseRules(), tlsRules(), packRules(),
		coverageRules(), coverage2Rules(), coverage3Rules(), coverage4Rules(), coverage5Rules(), coverage6Rules(), coverage7Rules(), coverage8Rules(), coverage9Rules(), coverage12Rules(), cov13rRules(), cov14gRules(), cov15dRules(), cov16Rules(), hcp17dRules(), sem18dRules(), psr19Rules(), son22Rules(), mon22dRules(), cr23dRules(), tc24Rules(), left26Rules(), strat26Rules(), []*engine.Rule{tagging.Rule("AZURE-050", tagSpec)})
}
