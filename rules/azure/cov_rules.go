package azure

import "github.com/soc2lint/soc2lint/engine"

// coverageRules are the rules of the coverage issue (AZURE-100 and up):
// one file per service, most of them written on rules/setting.
func coverageRules() []*engine.Rule {
	return []*engine.Rule{
		covDBFirewallAllowsAll(),
		covAppServiceAllowsHTTP(),
		covAppServiceAllowsFTP(),
		covDBAllowsUnencrypted(),
		covStorageNestedPublic(),
		covSQLTDEDisabled(),
		covManagedDiskUnencrypted(),
		covVMHostEncryption(),
		{ID: "AZURE-107", Check: checkCovVMPublicIP, Reads: covVMPublicIPReads, Alone: true},
		covKeyAuthEnabled(),
		covAKSRBACDisabled(),
		covAKSNetworkPolicy(),
		{ID: "AZURE-111", Check: checkCovSQLAuditing, Reads: covSQLAuditingReads},
		{ID: "AZURE-148", Check: checkCovSQLAuditRetention, Reads: covSQLAuditRetentionReads},
		{ID: "AZURE-112", Check: checkCovKeyVaultDiagnostics, Reads: covKeyVaultDiagnosticsReads},
		{ID: "AZURE-113", Check: checkCovActivityLogAlerts, Reads: covActivityLogAlertsReads},
		{ID: "AZURE-114", Check: checkCovAppServiceLogs, Reads: covAppServiceLogsReads},
		covAKSLogging(),
		covPostgresLoggingOff(),
		covNSGUnrestrictedEgress(),
		covLogProfileIncomplete(),
		covKeyVaultSecretExpiry(),
		covSecurityAlertsOff(),
	}
}
