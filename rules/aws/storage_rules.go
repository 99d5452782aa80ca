package aws

import "github.com/soc2lint/soc2lint/engine"

// storageRules returns the AWS storage rules.
func storageRules() []*engine.Rule {
	return nil
}
