package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covKeyAuthEnabled() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AZURE-108"}, setting.Check{
		Types:   []string{"azurerm_cosmosdb_account"},
		Judge:   setting.MustBeTrue(parser.A("local_authentication_disabled", ""), false),
		Problem: "account keys stay valid",
	}, setting.Check{
		Types:   []string{"azurerm_kubernetes_cluster"},
		Judge:   setting.MustBeTrue(parser.A("local_account_disabled", ""), false),
		Problem: "the local cluster-admin account stays enabled",
	}, setting.Check{
		// Shared access keys of messaging, configuration and AI services
		// (local_auth_enabled, default true).
		Types: []string{"azurerm_servicebus_namespace", "azurerm_eventgrid_topic",
			"azurerm_eventgrid_domain", "azurerm_app_configuration", "azurerm_cognitive_account"},
		Judge:   setting.MustBeFalse(parser.A("local_auth_enabled", ""), true),
		Problem: "shared access keys stay valid",
	}, setting.Check{
		// Event Hubs and AI services spell it local_authentication_enabled
		// (default true).
		Types:   []string{"azurerm_eventhub_namespace", "azurerm_ai_services"},
		Judge:   setting.MustBeFalse(parser.A("local_authentication_enabled", ""), true),
		Problem: "shared access keys stay valid",
	}, setting.Check{
		Types:   []string{"azurerm_machine_learning_compute_cluster", "azurerm_machine_learning_compute_instance"},
		Judge:   setting.MustBeFalse(parser.A("local_auth_enabled", ""), true),
		Problem: "nodes accept SSH logins with local credentials",
	}, setting.Check{
		// With an Entra administrator, SQL logins (the server
		// administrator's password among them) keep working until
		// Entra-only authentication is turned on; a server without one is
		// AZURE-137's.
		Types:   []string{"azurerm_mssql_server"},
		If:      setting.Not(setting.MustBeSet(parser.A("azuread_administrator", ""))),
		Judge:   setting.MustBeTrue(parser.A("azuread_administrator.azuread_authentication_only", ""), false),
		Problem: "SQL logins with passwords keep working beside Microsoft Entra ID",
	}, setting.Check{
		// A Synapse workspace always has a Microsoft Entra administrator
		// (its creator, or aad_admin); its SQL administrator login keeps
		// working beside it until Entra-only authentication is turned on.
		Types:   []string{"azurerm_synapse_workspace"},
		Judge:   setting.MustBeTrue(parser.A("azuread_authentication_only", ""), false),
		Problem: "SQL logins with passwords keep working beside Microsoft Entra ID",
	}, setting.Check{
		Types:   []string{"azurerm_mssql_managed_instance"},
		If:      setting.Not(setting.MustBeSet(parser.A("azure_active_directory_administrator", ""))),
		Judge:   setting.MustBeTrue(parser.A("azure_active_directory_administrator.azuread_authentication_only", ""), false),
		Problem: "SQL logins with passwords keep working beside Microsoft Entra ID",
	}, setting.Check{
		Types:   []string{"azurerm_mssql_managed_instance_active_directory_administrator"},
		Judge:   setting.MustBeTrue(parser.A("azuread_authentication_only", ""), false),
		Problem: "SQL logins with passwords keep working beside Microsoft Entra ID",
	}, setting.Check{
		Types:   []string{"azurerm_postgresql_flexible_server"},
		If:      setting.Not(setting.MustBeTrue(parser.A("authentication.active_directory_auth_enabled", ""), false)),
		Judge:   setting.MustBeFalse(parser.A("authentication.password_auth_enabled", ""), true),
		Problem: "PostgreSQL password logins keep working beside Microsoft Entra ID",
	}, armSetting{
		// The ARM properties default to false as azurerm's do
		// (azapi26_mapping.go).
		Type:    "Microsoft.DocumentDB/databaseAccounts",
		Judge:   armTrue("properties.disableLocalAuth", false),
		Problem: "account keys stay valid",
	}.Check(), armSetting{
		Type:    "Microsoft.ContainerService/managedClusters",
		Judge:   armTrue("properties.disableLocalAccounts", false),
		Problem: "the local cluster-admin account stays enabled",
	}.Check(), armSetting{
		Type:    "Microsoft.ServiceBus/namespaces",
		Judge:   armTrue("properties.disableLocalAuth", false),
		Problem: "shared access keys stay valid",
	}.Check(), armSetting{
		Type:    "Microsoft.EventHub/namespaces",
		Judge:   armTrue("properties.disableLocalAuth", false),
		Problem: "shared access keys stay valid",
	}.Check(), armSetting{
		Type:    "Microsoft.CognitiveServices/accounts",
		Judge:   armTrue("properties.disableLocalAuth", false),
		Problem: "shared access keys stay valid",
	}.Check())
	// The MySQL check reads the servers' configurations too; the FTP
	// check is in mon22d_azapi.go.
	return setting.Also(r, covKeyAuthEnabledAlsoReads, checkMySQLPasswordLogins, checkFTPBasicAuth)
}

// covKeyAuthEnabledAlsoReads are the types checkMySQLPasswordLogins (with
// the servers' configurations and Entra administrators) and
// checkFTPBasicAuth read besides AZURE-108's settings (Rule.Reads).
var covKeyAuthEnabledAlsoReads = []string{"azurerm_mysql_flexible_server", "azurerm_mysql_flexible_server_active_directory_administrator",
	"azurerm_mysql_flexible_server_configuration", "azapi_resource", "azapi_update_resource",
	"azurerm_linux_function_app", "azurerm_linux_function_app_slot", "azurerm_linux_web_app", "azurerm_linux_web_app_slot",
	"azurerm_windows_function_app", "azurerm_windows_function_app_slot", "azurerm_windows_web_app", "azurerm_windows_web_app_slot"}

func covAKSRBACDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-109"}, setting.Check{
		Types: []string{"azurerm_kubernetes_cluster"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("role_based_access_control_enabled", ""), true),
			setting.MustBeTrue(parser.A("role_based_access_control.enabled", ""), true)),
		Problem: "Kubernetes RBAC is off",
	}, armSetting{
		// ARM: enableRBAC is on unless written false.
		Type:    "Microsoft.ContainerService/managedClusters",
		Judge:   armTrue("properties.enableRBAC", true),
		Problem: "Kubernetes RBAC is off",
	}.Check())
}

func covAKSNetworkPolicy() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-110"}, setting.Check{
		Types:   []string{"azurerm_kubernetes_cluster"},
		Judge:   setting.MustBeSet(parser.A("network_profile.network_policy", "")),
		Problem: "pod traffic is not limited by network policies",
	}, armAKSNetworkPolicy.Check()) // azapi26_more.go
}
