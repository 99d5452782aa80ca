package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/tagging"
)

// tagTypes are common taggable azurerm resource types. Any other type is
// checked when some resource of it writes tags.
var tagTypes = []string{
	"azurerm_resource_group",
	"azurerm_virtual_network", "azurerm_network_security_group", "azurerm_public_ip", "azurerm_network_interface",
	"azurerm_lb", "azurerm_application_gateway", "azurerm_firewall", "azurerm_nat_gateway", "azurerm_private_endpoint",
	"azurerm_dns_zone",
	"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_virtual_machine",
	"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set", "azurerm_managed_disk",
	"azurerm_storage_account", "azurerm_key_vault", "azurerm_user_assigned_identity",
	"azurerm_mssql_server", "azurerm_mssql_database", "azurerm_postgresql_flexible_server",
	"azurerm_mysql_flexible_server", "azurerm_cosmosdb_account", "azurerm_redis_cache",
	"azurerm_kubernetes_cluster", "azurerm_container_registry",
	"azurerm_service_plan", "azurerm_linux_web_app", "azurerm_windows_web_app",
	"azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_servicebus_namespace", "azurerm_eventhub_namespace", "azurerm_log_analytics_workspace",
}

func tagIsAzure(r *parser.Resource) bool {
	return r.Format == parser.Terraform && (strings.HasPrefix(r.Type, "azurerm_") || strings.HasPrefix(r.Type, "azapi_"))
}

// tagSpec reads an Azure resource's tags: the azurerm provider has no
// default tags, and resources do not inherit their group's.
var tagSpec = tagging.Spec{
	Noun: "tags", Curated: tagTypes, Keep: tagIsAzure, Attrs: tagging.Attr("tags"),
	Read: func(_ *engine.Pass, res *parser.Resource, keys *tagging.Keys) (*parser.Value, bool) {
		written := res.Body.Get("tags")
		if written == nil && strings.HasPrefix(res.Type, "azapi_") {
			// azapi_resource can be any ARM type, taggable or not.
			return nil, false
		}
		keys.Add(written)
		return written, true
	},
}
