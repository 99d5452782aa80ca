package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func tlsMinVersion() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-025",
		Name:     "minimum-tls-below-1-2",
		Title:    "Storage account, database, cache, messaging namespace, web app, gateway or CDN domain accepts TLS below 1.2",
		Severity: engine.High,
		Description: "The minimum TLS version of a storage account (min_tls_version TLS1_0 or TLS1_1), an Azure SQL " +
			"server (minimum_tls_version 1.0, 1.1 or Disabled), a Redis cache (minimum_tls_version 1.0 or 1.1) or an " +
			"App Service web or function app (site_config minimum_tls_version or scm_minimum_tls_version 1.0 or 1.1) " +
			"lets clients connect with deprecated TLS 1.0 or 1.1 (RFC 8996). So does a PostgreSQL or MySQL single server " +
			"with ssl_minimal_tls_version_enforced TLS1_0, TLS1_1 or TLSEnforcementDisabled, a flexible server " +
			"(minimum_tls_version, or the ssl_min_protocol_version / tls_version server configuration) admitting " +
			"TLS 1.0 or 1.1, a Cosmos DB account with minimal_tls_version Tls or Tls11, an Event Hubs or Service Bus " +
			"namespace or SQL managed instance with minimum_tls_version 1.0 or 1.1, and a legacy azurerm_app_service " +
			"or azurerm_function_app with site_config min_tls_version 1.0 or 1.1. In front of them: an Application " +
			"Gateway whose ssl_policy (or an ssl_profile's) names the predefined policy AppGwSslPolicy20150501 or " +
			"AppGwSslPolicy20170401 or a min_protocol_version of TLSv1_0 or TLSv1_1 (a gateway without ssl_policy takes " +
			"a default that depends on the API version and is not judged), a Front Door custom domain with " +
			"tls minimum_tls_version TLS10, a classic CDN custom domain with tls_version TLS10 or None, an API " +
			"Management service whose security block turns on SSL 3.0, TLS 1.0 or TLS 1.1 for clients or backends, " +
			"and web and function app deployment slots like their apps. The provider defaults (TLS 1.2 since " +
			"azurerm 3.0) are not reported; values not known statically are undecided notes.",
		Remediation: engine.Remediation{Summary: "Set the minimum TLS version to 1.2 (TLS1_2 for storage accounts), or remove the setting to use the TLS 1.2 default."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version",
			"https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
			"https://learn.microsoft.com/en-us/azure/app-service/overview-tls",
			"https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-ssl-policy-overview",
			"https://learn.microsoft.com/en-us/azure/frontdoor/end-to-end-tls",
			"https://learn.microsoft.com/en-us/azure/api-management/api-management-howto-manage-protocols-ciphers",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			checkTLSMinVersion(p)
			checkCovMinTLS(p)  // cov_tls_more.go
			checkCov3MinTLS(p) // cov3_tls.go
		},
	}
}

var tlsOldVersions = []string{"1.0", "1.1"}

// tlsMinVersionChecks judge the minimum TLS versions of storage accounts,
// SQL servers, Redis caches and App Service apps.
var tlsMinVersionChecks = []setting.Check{{
	Types:   []string{"azurerm_storage_account"},
	Judge:   setting.MustNotBe(parser.A("min_tls_version", ""), "", "TLS1_0", "TLS1_1"),
	Problem: "accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_mssql_server", "azurerm_sql_server"},
	Judge:   setting.MustNotBe(parser.A("minimum_tls_version", ""), "", "1.0", "1.1", "Disabled"),
	Problem: "accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_redis_cache"},
	Judge:   setting.MustNotBe(parser.A("minimum_tls_version", ""), "", tlsOldVersions...),
	Problem: "accepts TLS below 1.2",
}, {
	Types: []string{"azurerm_linux_web_app", "azurerm_windows_web_app",
		"azurerm_linux_function_app", "azurerm_windows_function_app"},
	Judge:   setting.MustNotBe(parser.A("site_config.minimum_tls_version", ""), "", tlsOldVersions...),
	Problem: "accepts TLS below 1.2",
}, {
	// The Kudu (SCM) site has its own minimum, reported on its own.
	Types: []string{"azurerm_linux_web_app", "azurerm_windows_web_app",
		"azurerm_linux_function_app", "azurerm_windows_function_app"},
	Judge:   setting.MustNotBe(parser.A("site_config.scm_minimum_tls_version", ""), "", tlsOldVersions...),
	Problem: "accepts TLS below 1.2",
}}

func checkTLSMinVersion(p *engine.Pass) {
	for _, c := range tlsMinVersionChecks {
		c.Run(p)
	}
}
