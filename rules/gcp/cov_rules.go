package gcp

import "github.com/soc2lint/soc2lint/engine"

// coverageRules are the rules of the coverage issue (GCP-100 and up): one
// file per service, most of them written on rules/setting.
func coverageRules() []*engine.Rule {
	return []*engine.Rule{
		covSQLPublicIP(),
		covBucketUniformAccess(),
		{ID: "GCP-103", Check: checkCovBucketLogging, Reads: covBucketLoggingReads},
		covBigQueryPublic(),
		covSerialPort(),
		{ID: "GCP-109", Check: checkCovSSHKeys, Reads: covSSHKeysReads},
		covGKEPrivateNodes(),
		covGKENetworkPolicy(),
		covGKELogging(),
		{ID: "GCP-113", Check: checkCovGKELegacyMetadata, Reads: covGKELegacyMetadataReads, Alone: true},
		covServerlessPublic(),
		covPublicIAMGrant(),
		covServiceAccountImpersonation(),
		{ID: "GCP-114", Check: checkCovLogMetricAlerts, Reads: covLogMetricAlertsReads},
		covLBLogging(),
		{ID: "GCP-116", Check: checkCovDNSLogging, Reads: covDNSLoggingReads},
		covAssetInventory(),
		covDefaultSAGranted(),
		covRawDiskKey(),
		covDefaultNetwork(),
		covAuditExemptions(),
	}
}
