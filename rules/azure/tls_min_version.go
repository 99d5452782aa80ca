package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// tlsMinVersionReads are the types tlsMinVersion reads (Rule.Reads).
var tlsMinVersionReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_api_management", "azurerm_app_service", "azurerm_app_service_slot", "azurerm_application_gateway", "azurerm_cdn_endpoint_custom_domain", "azurerm_cdn_frontdoor_custom_domain", "azurerm_cosmosdb_account", "azurerm_eventhub_namespace", "azurerm_function_app", "azurerm_function_app_slot", "azurerm_linux_function_app", "azurerm_linux_function_app_slot", "azurerm_linux_web_app", "azurerm_linux_web_app_slot", "azurerm_logic_app_standard", "azurerm_mariadb_server", "azurerm_mssql_managed_instance", "azurerm_mssql_server", "azurerm_mysql_flexible_server_configuration", "azurerm_mysql_server", "azurerm_postgresql_flexible_server_configuration", "azurerm_postgresql_server", "azurerm_redis_cache", "azurerm_servicebus_namespace", "azurerm_sql_server", "azurerm_storage_account", "azurerm_windows_function_app", "azurerm_windows_function_app_slot", "azurerm_windows_web_app", "azurerm_windows_web_app_slot"}

func tlsMinVersion() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-025",
		Reads: tlsMinVersionReads,
		Alone: true,
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

// tlsMinVersionARM are the same settings on the ARM types written with
// azapi (azapi26_mapping.go). The storage API's reference still reads an
// absent minimumTlsVersion as TLS 1.0, but Azure Storage stopped accepting
// TLS 1.0 and 1.1 on 3 February 2026, whatever an account says: an absent
// value is not reported, a written TLS1_0 or TLS1_1 still is (it states an
// intent the audit evidence should not carry). The SQL, App Service, Redis,
// Cosmos DB and messaging APIs give new resources TLS 1.2.
var tlsMinVersionARM = armChecks(armSetting{
	Type:    "Microsoft.Storage/storageAccounts",
	Judge:   armNot("properties.minimumTlsVersion", "", "TLS1_0", "TLS1_1"),
	Problem: "accepts TLS below 1.2",
}, armSetting{
	Type:    "Microsoft.Sql/servers",
	Judge:   armNot("properties.minimalTlsVersion", "", "1.0", "1.1", "None"),
	Problem: "accepts TLS below 1.2",
}, armSetting{
	Type:    "Microsoft.Cache/redis",
	Judge:   armNot("properties.minimumTlsVersion", "", tlsOldVersions...),
	Problem: "accepts TLS below 1.2",
}, armSetting{
	Type:    "Microsoft.DocumentDB/databaseAccounts",
	Judge:   armNot("properties.minimalTlsVersion", "", "Tls", "Tls11"),
	Problem: "the account accepts TLS below 1.2",
}, armSetting{
	Type:    "Microsoft.EventHub/namespaces",
	Judge:   armNot("properties.minimumTlsVersion", "", tlsOldVersions...),
	Problem: "the service accepts TLS below 1.2",
}, armSetting{
	Type:    "Microsoft.ServiceBus/namespaces",
	Judge:   armNot("properties.minimumTlsVersion", "", tlsOldVersions...),
	Problem: "the service accepts TLS below 1.2",
}, armSetting{
	Type: "Microsoft.Web/sites",
	Judge: armEither(
		armNot("properties.siteConfig.minTlsVersion", "", tlsOldVersions...),
		armNot("properties.siteConfig.scmMinTlsVersion", "", tlsOldVersions...)),
	Problem: "accepts TLS below 1.2",
}, armSetting{
	Type: "Microsoft.Web/sites/slots",
	Judge: armEither(
		armNot("properties.siteConfig.minTlsVersion", "", tlsOldVersions...),
		armNot("properties.siteConfig.scmMinTlsVersion", "", tlsOldVersions...)),
	Problem: "accepts TLS below 1.2",
}, armSetting{
	Type:  "Microsoft.Web/sites/config",
	Names: []string{"web"},
	Judge: armEither(
		armNot("properties.minTlsVersion", "", tlsOldVersions...),
		armNot("properties.scmMinTlsVersion", "", tlsOldVersions...)),
	Problem: "accepts TLS below 1.2",
}, armSetting{
	Type:  "Microsoft.Web/sites/slots/config",
	Names: []string{"web"},
	Judge: armEither(
		armNot("properties.minTlsVersion", "", tlsOldVersions...),
		armNot("properties.scmMinTlsVersion", "", tlsOldVersions...)),
	Problem: "accepts TLS below 1.2",
})

func checkTLSMinVersion(p *engine.Pass) {
	for _, c := range tlsMinVersionChecks {
		c.Run(p)
	}
	for _, c := range tlsMinVersionARM {
		c.Run(p)
	}
	runARM(p, armOldTLSParameters...) // azapi26_more.go
}
