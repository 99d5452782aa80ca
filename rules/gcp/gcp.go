// Package gcp holds the SOC 2 rules for Google Cloud (Terraform).
package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
	"github.com/soc2lint/soc2lint/rules/tagging"
)

// Rules returns the gcp rules, each with the other scanners' ids for it
// (aliases.go).
func Rules() []*engine.Rule {
	return setting.Registry(aliases, networkRules(), loggingRules(), databaseRules(), tlsRules(), packRules(),
		coverageRules(), coverage2Rules(), coverage3Rules(), coverage4Rules(), coverage5Rules(), coverage6Rules(), coverage7Rules(), coverage8Rules(), coverage9Rules(), hcp17dRules(), sem18eRules(), pro20cRules(), csp20Rules(), son22Rules(), gap24dRules(), cov27bRules(), gap28Rules(), []*engine.Rule{tagging.Rule("GCP-050", labelSpec)})
}
