package gcp

import "github.com/soc2lint/soc2lint/engine"

// coverageRules are the rules of the coverage issue (GCP-100 and up): one
// file per service, most of them written on rules/setting.
func coverageRules() []*engine.Rule {
	return []*engine.Rule{
		covSQLPublicIP(),
		covBucketUniformAccess(),
		{ID: "GCP-103", Check: checkCovBucketLogging},
		covBigQueryPublic(),
		covSerialPort(),
		{ID: "GCP-109", Check: checkCovSSHKeys},
		covGKEPrivateNodes(),
		covGKENetworkPolicy(),
		covGKELogging(),
		{ID: "GCP-113", Check: checkCovGKELegacyMetadata},
		covServerlessPublic(),
		covPublicIAMGrant(),
		covServiceAccountImpersonation(),
		{ID: "GCP-114", Check: checkCovLogMetricAlerts},
		covLBLogging(),
		{ID: "GCP-116", Check: checkCovDNSLogging},
		covAssetInventory(),
		covDefaultSAGranted(),
		covRawDiskKey(),
		covDefaultNetwork(),
		covAuditExemptions(),
	}
}
