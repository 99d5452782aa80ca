package gcp

import "github.com/soc2lint/soc2lint/engine"

// coverageRules are the rules of the coverage issue (GCP-100 and up): one
// file per service, most of them written on rules/setting.
func coverageRules() []*engine.Rule {
	return []*engine.Rule{
		covSQLLogFlags(),
		covSQLPublicIP(),
		covBucketUniformAccess(),
		covBucketLogging(),
		covBigQueryPublic(),
		covSerialPort(),
		covSSHKeys(),
		covGKEPrivateNodes(),
		covGKENetworkPolicy(),
		covGKELogging(),
		covGKELegacyMetadata(),
		covServerlessPublic(),
		covPublicIAMGrant(),
		covServiceAccountImpersonation(),
		covLogMetricAlerts(),
		covLBLogging(),
		covDNSLogging(),
		covAssetInventory(),
		covDefaultSAGranted(),
		covRawDiskKey(),
		covDefaultNetwork(),
		covAuditExemptions(),
	}
}
