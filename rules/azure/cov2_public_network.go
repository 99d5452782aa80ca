package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// publicAccess is the azurerm spelling of most services' switch for their
// public endpoint; each defaults to true.
var publicAccess = parser.A("public_network_access_enabled", "")

// openUnlessDeny judges a service whose public endpoint is on (def true)
// and whose firewall, at path, admits every network unless its
// default_action is "Deny".
func openUnlessDeny(public parser.Attr, defaultAction string) setting.Judge {
	return setting.Both(
		setting.MustBeFalse(public, true),
		setting.MustBeOneOf(parser.A(defaultAction, ""), "Allow", "Deny"))
}

// openUnlessBlockDenies judges a service whose public endpoint is on (def
// true) and whose firewall block, when written, denies by default unless
// its default_action is allow; without the block every network is admitted.
func openUnlessBlockDenies(block, allow string) setting.Judge {
	return setting.Both(setting.MustBeFalse(publicAccess, true), setting.Either(
		setting.MustBeSet(parser.A(block, "")),
		setting.MustNotBe(parser.A(block+".default_action", ""), "", allow)))
}

func cov2PaaSPublicNetwork() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-121"}, setting.Check{
		Types:   []string{"azurerm_container_registry", "azurerm_servicebus_namespace"},
		Judge:   openUnlessDeny(publicAccess, "network_rule_set.default_action"),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// network_rule_set.default_action defaults to "DefaultActionDeny"
		// once the block is written; without it the hub is open.
		Types:   []string{"azurerm_iothub"},
		Judge:   openUnlessBlockDenies("network_rule_set", "DefaultActionAllow"),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types:   []string{"azurerm_eventhub_namespace"},
		Judge:   openUnlessDeny(publicAccess, "network_rulesets.default_action"),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types:   []string{"azurerm_cognitive_account"},
		Judge:   openUnlessDeny(publicAccess, "network_acls.default_action"),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// AI services (the multi-service Foundry account): public_network_access
		// is a string, "Enabled" by default; network_acls.default_action
		// "Deny" limits the public endpoint to the listed networks.
		Types: []string{"azurerm_ai_services"},
		Judge: setting.Both(
			setting.MustNotBe(parser.A("public_network_access", ""), "Enabled", "Enabled"),
			setting.MustBeOneOf(parser.A("network_acls.default_action", ""), "Allow", "Deny")),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// account_access.default_action defaults to "Deny" once the block
		// is written; without the block the endpoint is open.
		Types:   []string{"azurerm_batch_account"},
		Judge:   openUnlessBlockDenies("network_profile.account_access", "Allow"),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types: []string{"azurerm_eventgrid_topic", "azurerm_eventgrid_domain"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true),
			setting.MustBeSet(parser.A("inbound_ip_rule", ""))),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types: []string{"azurerm_search_service"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true),
			setting.Either(setting.MustBeSet(parser.A("allowed_ips", "")), cov7AdmitsAll("allowed_ips"))),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// Data Explorer: allowed_ip_ranges limits the public endpoint to
		// the listed addresses.
		Types: []string{"azurerm_kusto_cluster"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true),
			setting.Either(setting.MustBeSet(parser.A("allowed_ip_ranges", "")), cov7AdmitsAll("allowed_ip_ranges"))),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// An Automation account's public switch governs its webhook and
		// agent (hybrid worker, DSC) endpoint.
		// Azure API for FHIR (azurerm_healthcare_service) holds health
		// records behind its public endpoint unless turned off.
		Types:   []string{"azurerm_machine_learning_workspace", "azurerm_databricks_workspace", "azurerm_automation_account", "azurerm_healthcare_service"},
		Judge:   setting.MustBeFalse(publicAccess, true),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types:   []string{"azurerm_data_factory"},
		Judge:   setting.MustBeFalse(parser.A("public_network_enabled", ""), true),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// Unset, Azure opens the store only while no private endpoint serves it.
		Types:   []string{"azurerm_app_configuration"},
		Judge:   setting.MustNotBe(parser.A("public_network_access", ""), "", "Enabled"),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		// Internal VNet mode puts the gateway behind a private address
		// (and usually an Application Gateway WAF); None is the default.
		Types: []string{"azurerm_api_management"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true),
			setting.MustNotBe(parser.A("virtual_network_type", ""), "None", "None", "External")),
		Problem: "the API gateway is reachable from the internet",
	}, setting.Check{
		Types:   []string{"azurerm_storage_sync"},
		Judge:   setting.MustNotBe(parser.A("incoming_traffic_policy", ""), "AllowAllTraffic", "AllowAllTraffic"),
		Problem: "the public endpoint admits every network",
	}, armPublicEndpoints[0], armPublicEndpoints[1], armPublicEndpoints[2], armPublicEndpoints[3]) // azapi26_more.go
}
