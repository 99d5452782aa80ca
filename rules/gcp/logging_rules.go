package gcp

import "github.com/soc2lint/soc2lint/engine"

// loggingRules returns the gcp logging rules.
func loggingRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-010", Check: checkLogAuditConfig, Reads: logAuditConfigReads},
		{ID: "GCP-011", Check: checkLogSinkBucket, Reads: logSinkBucketReads},
		{ID: "GCP-173", Check: checkLogSinkBucketUnlocked, Reads: logSinkBucketUnlockedReads},
		{ID: "GCP-012", Check: checkLogBucketRetention, Reads: logBucketRetentionReads, Alone: true},
	}
}
