package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9Rules are the ninth batch of coverage rules (AZURE-147 and up):
// settings that were bundled with others under one id, and misses on
// third-party samples.
func coverage9Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-147", Check: checkWebDeployBasicAuth, Reads: append(append([]string{}, cov7PublishApps...), azapiTypes...)},
		setting.Rule(engine.Rule{ID: "AZURE-150"}, setting.Check{
			Types:   cov9AdminPasswords.Types(),
			Judge:   cov9AdminPasswords.Judge(),
			Problem: "a password is written in the configuration",
		}),
		{ID: "AZURE-151", Check: checkCov9AKSAuditLog, Reads: cov9AKSAuditLogReads},
	}
}

// cov9AdminPasswords are the settings that hold the password of a
// database server's or virtual machine's built-in administrator, by
// resource type; a value of 8 characters or more (Azure's minimum for
// these passwords) is taken for one. A Key Vault secret's value may hold
// configuration.
var cov9AdminPasswords = secrettext.Literal{
	Paths: map[string][]string{
		"azurerm_mssql_server":                      {"administrator_login_password"},
		"azurerm_sql_server":                        {"administrator_login_password"},
		"azurerm_mssql_managed_instance":            {"administrator_login_password"},
		"azurerm_sql_managed_instance":              {"administrator_login_password"},
		"azurerm_synapse_workspace":                 {"sql_administrator_login_password"},
		"azurerm_postgresql_server":                 {"administrator_login_password"},
		"azurerm_postgresql_flexible_server":        {"administrator_password"},
		"azurerm_mysql_server":                      {"administrator_login_password"},
		"azurerm_mysql_flexible_server":             {"administrator_password"},
		"azurerm_mariadb_server":                    {"administrator_login_password"},
		"azurerm_linux_virtual_machine":             {"admin_password"},
		"azurerm_windows_virtual_machine":           {"admin_password"},
		"azurerm_linux_virtual_machine_scale_set":   {"admin_password"},
		"azurerm_windows_virtual_machine_scale_set": {"admin_password"},
		"azurerm_virtual_machine":                   {"os_profile.admin_password"},
		"azurerm_virtual_machine_scale_set":         {"os_profile.admin_password"},
		"azurerm_kubernetes_cluster":                {"windows_profile.admin_password"},
		// A Microsoft Entra user's sign-in password, and a Key Vault secret's
		// value (strat26).
		"azuread_user":             {"password"},
		"azurerm_key_vault_secret": {"value"},
	},
	MinLength: 8,
	Stores:    map[string]bool{"azurerm_key_vault_secret": true},
}

// cov9AKSAuditLogReads are the types checkCov9AKSAuditLog reads (Rule.Reads).
var cov9AKSAuditLogReads = []string{"azapi_resource", "azurerm_kubernetes_cluster", "azurerm_monitor_diagnostic_setting"}

// checkCov9AKSAuditLog is AZURE-151: an AKS cluster whose diagnostic
// settings export logs, but not the Kubernetes audit log (kube-audit or
// kube-audit-admin, or the allLogs or audit category group). A cluster
// with no diagnostic setting is AZURE-115's.
func checkCov9AKSAuditLog(p *engine.Pass) {
	for _, c := range p.KnownManaged("azurerm_kubernetes_cluster") {
		found, maybe := covAttachedOrMaybe(p, c, covDiagnostics("managedclusters"))
		if len(found) == 0 {
			continue
		}
		var hidden *parser.Verdict
		audited := false
		for _, d := range found {
			cats, group, h := covLogCategories(d)
			switch {
			case h != nil:
				hidden = h
			case group || cats["kube-audit"] || cats["kube-audit-admin"]:
				audited = true
			}
		}
		switch {
		case audited:
		case hidden != nil:
			p.CannotTell(c, hidden.At, hidden.Detail)
		case maybe:
			p.CannotTell(c, nil, "a diagnostic setting in this module names a target not known statically")
		default:
			p.Report(c, nil, "%s: no diagnostic setting exports the Kubernetes audit log (kube-audit or kube-audit-admin)", c.Address)
		}
	}
}
