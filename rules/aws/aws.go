// Package aws holds the SOC 2 rules for Amazon Web Services. Each rule
// reads Terraform and CloudFormation alike, under one id.
package aws

import "github.com/soc2lint/soc2lint/engine"

// Rules returns the AWS rules in id order.
func Rules() []*engine.Rule {
	return []*engine.Rule{
		openSensitivePort(),
		unencryptedBlockStorage(),
		wildcardIAM(),
	}
}
