// Package azure holds the SOC 2 rules for Microsoft Azure (Terraform).
package azure

import "github.com/soc2lint/soc2lint/engine"

// Rules returns the azure rules.
func Rules() []*engine.Rule {
	var rs []*engine.Rule
	rs = append(rs, networkRules()...)
	rs = append(rs, loggingRules()...)
	rs = append(rs, databaseRules()...)
	rs = append(rs, tlsRules()...)
	rs = append(rs, packRules()...)
	rs = append(rs, coverageRules()...)
	rs = append(rs, coverage2Rules()...)
	rs = append(rs, tagRequired())
	for _, r := range rs {
		r.Aliases = aliases[r.ID]
	}
	return rs
}
