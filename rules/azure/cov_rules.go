package azure

import "github.com/soc2lint/soc2lint/engine"

// coverageRules are the rules of the coverage issue (AZURE-100 and up):
// one file per service, most of them written on rules/setting.
func coverageRules() []*engine.Rule {
	return []*engine.Rule{
		covDBFirewallAllowsAll(),
		covAppServiceAllowsHTTP(),
		covDBAllowsUnencrypted(),
		covStorageNestedPublic(),
		covSQLTDEDisabled(),
		covManagedDiskUnencrypted(),
		covVMHostEncryption(),
		covVMPublicIP(),
		covKeyAuthEnabled(),
		covAKSRBACDisabled(),
		covAKSNetworkPolicy(),
		covSQLAuditing(),
		covKeyVaultDiagnostics(),
		covActivityLogAlerts(),
		covAppServiceLogs(),
		covAKSLogging(),
		covPostgresLoggingOff(),
		covNSGUnrestrictedEgress(),
		covLogProfileIncomplete(),
		covKeyVaultSecretExpiry(),
		covSecurityAlertsOff(),
	}
}
