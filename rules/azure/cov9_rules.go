package azure

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9Rules are the ninth batch of coverage rules (AZURE-147 and up):
// settings that were bundled with others under one id, and misses on
// third-party samples.
func coverage9Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-147", Check: checkWebDeployBasicAuth, Reads: append(append([]string{}, cov7PublishApps...), azapiTypes...)},
		setting.Rule(engine.Rule{ID: "AZURE-150"}, setting.Check{
			Types:   cov9AdminPasswordTypes(),
			Judge:   cov9LiteralAdminPassword,
			Problem: "a password is written in the configuration",
		}),
		{ID: "AZURE-151", Check: checkCov9AKSAuditLog},
	}
}

// cov9AdminPasswords are the settings that hold the password of a
// database server's or virtual machine's built-in administrator, by
// resource type.
var cov9AdminPasswords = map[string][]string{
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
}

func cov9AdminPasswordTypes() []string {
	var types []string
	for t := range cov9AdminPasswords {
		types = append(types, t)
	}
	return types
}

// cov9PasswordShape is a literal that may be a real password: no white
// space, at least 8 characters (Azure's minimum for these passwords).
var cov9PasswordShape = regexp.MustCompile(`^\S{8,}$`)

// cov9LiteralAdminPassword is Yes when an administrator password of res is
// a literal string (written in the resource, a variable default or a
// tfvars file) that is not a placeholder. A value not known statically
// (a variable without a value, random_password, a Key Vault secret) is no
// literal: it is not judged.
func cov9LiteralAdminPassword(res *parser.Resource) parser.Verdict {
	for _, path := range cov9AdminPasswords[res.Type] {
		v := parser.A(path, "").Of(res)
		if v == nil || v.Kind != parser.String {
			continue
		}
		s := strings.TrimSpace(v.Str)
		if cov9PasswordShape.MatchString(s) && !placeholderSecret.MatchString(s) && !(res.Type == "azurerm_key_vault_secret" && vaultValueNotSecret(s)) {
			return parser.Bad(v, path+" is a literal")
		}
	}
	return parser.Decided
}

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
