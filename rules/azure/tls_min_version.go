package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

func tlsMinVersion() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-025",
		Name:     "minimum-tls-below-1-2",
		Title:    "Storage account, database, cache, messaging namespace or web app accepts TLS below 1.2",
		Severity: engine.High,
		Description: "The minimum TLS version of a storage account (min_tls_version TLS1_0 or TLS1_1), an Azure SQL " +
			"server (minimum_tls_version 1.0, 1.1 or Disabled), a Redis cache (minimum_tls_version 1.0 or 1.1) or an " +
			"App Service web or function app (site_config minimum_tls_version or scm_minimum_tls_version 1.0 or 1.1) " +
			"lets clients connect with deprecated TLS 1.0 or 1.1 (RFC 8996). So does a PostgreSQL or MySQL single server " +
			"with ssl_minimal_tls_version_enforced TLS1_0, TLS1_1 or TLSEnforcementDisabled, a flexible server " +
			"(minimum_tls_version, or the ssl_min_protocol_version / tls_version server configuration) admitting " +
			"TLS 1.0 or 1.1, a Cosmos DB account with minimal_tls_version Tls or Tls11, an Event Hubs or Service Bus " +
			"namespace or SQL managed instance with minimum_tls_version 1.0 or 1.1, and a legacy azurerm_app_service " +
			"or azurerm_function_app with site_config min_tls_version 1.0 or 1.1. The provider defaults (TLS 1.2 since " +
			"azurerm 3.0) are not reported, nor are values not known statically.",
		Remediation: engine.Remediation{Summary: "Set the minimum TLS version to 1.2 (TLS1_2 for storage accounts), or remove the setting to use the TLS 1.2 default."},
		Checklist:   []string{"DATA-4"},
		SOC2:        []string{"CC6.7"},
		Provider:    "azure",
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version",
			"https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
			"https://learn.microsoft.com/en-us/azure/app-service/overview-tls",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			checkTLSMinVersion(p)
			checkCovMinTLS(p) // cov_tls_more.go
		},
	}
}

var tlsOldVersions = []string{"1.0", "1.1"}

func checkTLSMinVersion(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_storage_account", "azurerm_mssql_server", "azurerm_sql_server",
		"azurerm_redis_cache", "azurerm_linux_web_app", "azurerm_windows_web_app",
		"azurerm_linux_function_app", "azurerm_windows_function_app") {
		b := res.Body
		switch res.Type {
		case "azurerm_storage_account":
			if v := b.Get("min_tls_version"); v.IsAnyOf("TLS1_0", "TLS1_1") {
				p.Report(res, v, "%s accepts TLS %s (min_tls_version %s)", res.Address, tlsVersionName(v.Str), v.Str)
			}
		case "azurerm_mssql_server", "azurerm_sql_server":
			if v := b.Get("minimum_tls_version"); v.IsAnyOf("1.0", "1.1", "Disabled") {
				p.Report(res, v, "%s accepts TLS below 1.2 (minimum_tls_version %s)", res.Address, v.Str)
			}
		case "azurerm_redis_cache":
			if v := b.Get("minimum_tls_version"); v.IsAnyOf(tlsOldVersions...) {
				p.Report(res, v, "%s accepts TLS %s (minimum_tls_version)", res.Address, v.Str)
			}
		default:
			for _, sc := range b.Get("site_config").Items() {
				for _, attr := range []string{"minimum_tls_version", "scm_minimum_tls_version"} {
					if v := sc.Get(attr); v.IsAnyOf(tlsOldVersions...) {
						p.Report(res, v, "%s accepts TLS %s (site_config %s)", res.Address, v.Str, attr)
					}
				}
			}
		}
	}
}

// tlsVersionName turns a storage account TLS1_0 into 1.0.
func tlsVersionName(s string) string {
	if len(s) == 6 {
		return s[3:4] + "." + s[5:]
	}
	return s
}
