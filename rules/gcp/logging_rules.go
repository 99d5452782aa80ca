package gcp

import "github.com/soc2lint/soc2lint/engine"

// loggingRules returns the gcp logging rules.
func loggingRules() []*engine.Rule {
	return []*engine.Rule{
		logAuditConfig(),
		logSinkBucket(),
		logBucketRetention(),
	}
}
