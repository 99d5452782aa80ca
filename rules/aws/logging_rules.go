package aws

import "github.com/soc2lint/soc2lint/engine"

// loggingRules returns the AWS logging rules.
func loggingRules() []*engine.Rule {
	return []*engine.Rule{
		logCloudTrail(),
		logTrailBucket(),
		logGuardDuty(),
		logSecurityHub(),
		logConfigRecorder(),
		logRetention(),
	}
}
