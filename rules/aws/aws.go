// Package aws holds the SOC 2 rules for Amazon Web Services. Each rule
// reads Terraform and CloudFormation alike, under one id.
package aws

import "github.com/soc2lint/soc2lint/engine"

// Rules returns the AWS rules.
func Rules() []*engine.Rule {
	rs := []*engine.Rule{
		openSensitivePort(),
		unencryptedBlockStorage(),
		wildcardIAM(),
	}
	rs = append(rs, storageRules()...)
	rs = append(rs, networkRules()...)
	rs = append(rs, loggingRules()...)
	rs = append(rs, databaseRules()...)
	rs = append(rs, tlsRules()...)
	rs = append(rs, iamRules()...)
	rs = append(rs, dataRules()...)
	rs = append(rs, tagRequired())
	return rs
}
