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

func cov2PaaSPublicNetwork() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-121",
		Name:     "paas-service-open-to-all-networks",
		Title:    "Container registry, messaging, search, AI or data-integration service accepts connections from all networks",
		Severity: engine.Medium,
		Description: "A container registry, Event Hubs or Service Bus namespace, Event Grid topic or domain, " +
			"Cognitive Services (Azure AI) account, Azure AI Search service, Batch account, Data Factory or " +
			"Machine Learning workspace keeps its public endpoint on and no firewall narrows it, so anyone on " +
			"the internet who holds or guesses a credential can reach the data plane. Every one of these " +
			"services defaults public_network_access_enabled (public_network_enabled for Data Factory) to true " +
			"in azurerm 3.x and 4.x, and its network rules default to allowing every network; an omitted " +
			"setting is therefore reported. Not reported: public access turned off, or on but narrowed by a " +
			"firewall that denies by default (network_rule_set, network_rulesets or network_acls with " +
			"default_action = \"Deny\", a Batch network_profile whose account_access denies by default, Event " +
			"Grid inbound_ip_rule entries, Search allowed_ips). Storage accounts, Key Vaults and Cosmos DB are " +
			"AZURE-034, databases AZURE-020, Redis AZURE-021, AKS AZURE-035.",
		Remediation: engine.Remediation{Summary: "Set public_network_access_enabled = false and reach the service through a private endpoint, or keep it public behind a firewall whose default_action is \"Deny\"."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/container-registry/container-registry-access-selected-networks",
			"https://learn.microsoft.com/azure/event-hubs/event-hubs-ip-filtering",
			"https://learn.microsoft.com/azure/service-bus-messaging/service-bus-ip-filtering",
			"https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks",
			"https://learn.microsoft.com/azure/search/service-configure-firewall",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#public_network_access_enabled",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/eventhub_namespace#public_network_access_enabled",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/servicebus_namespace#public_network_access_enabled",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"azurerm_container_registry", "azurerm_servicebus_namespace"},
		Judge:   openUnlessDeny(publicAccess, "network_rule_set.default_action"),
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
		// account_access.default_action defaults to "Deny" once the block
		// is written; without the block the endpoint is open.
		Types: []string{"azurerm_batch_account"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true), setting.Either(
			setting.MustBeSet(parser.A("network_profile.account_access", "")),
			setting.MustNotBe(parser.A("network_profile.account_access.default_action", ""), "", "Allow"))),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types: []string{"azurerm_eventgrid_topic", "azurerm_eventgrid_domain"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true),
			setting.MustBeSet(parser.A("inbound_ip_rule", ""))),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types: []string{"azurerm_search_service"},
		Judge: setting.Both(setting.MustBeFalse(publicAccess, true),
			setting.MustBeSet(parser.A("allowed_ips", ""))),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types:   []string{"azurerm_machine_learning_workspace"},
		Judge:   setting.MustBeFalse(publicAccess, true),
		Problem: "the public endpoint admits every network",
	}, setting.Check{
		Types:   []string{"azurerm_data_factory"},
		Judge:   setting.MustBeFalse(parser.A("public_network_enabled", ""), true),
		Problem: "the public endpoint admits every network",
	})
}
