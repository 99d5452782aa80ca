package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

// databaseRules returns the AWS database rules.
func databaseRules() []*engine.Rule {
	return []*engine.Rule{
		dbUnencryptedRDS(),
		dbUnencryptedElastiCache(),
		dbPublicRDS(),
		dbUnencryptedDocDBNeptune(),
	}
}
