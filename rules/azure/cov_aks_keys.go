package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covKeyAuthEnabled() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-108",
		Name:     "local-key-authentication-enabled",
		Title:    "Cosmos DB account, AKS cluster or messaging namespace accepts long-lived local credentials",
		Severity: engine.Medium,
		Description: "An azurerm_cosmosdb_account does not set local_authentication_disabled = true (the default is " +
			"false), so its primary and secondary account keys, static secrets with full data access that never " +
			"expire, keep working beside Microsoft Entra ID; or an azurerm_kubernetes_cluster does not set " +
			"local_account_disabled = true (default false), so the cluster-admin kubeconfig of the local account " +
			"can be downloaded and used without Entra ID, MFA or per-person audit; or an azurerm_servicebus_namespace " +
			"or azurerm_eventhub_namespace does not set local_auth_enabled = false (default true), so its shared " +
			"access signature keys keep working beside Entra ID. Storage account shared keys " +
			"(shared_access_key_enabled) are not reported: many dependents (Function Apps, state backends) still " +
			"need them. Values not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Authenticate with Microsoft Entra ID and disable the local keys and accounts."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth",
			"https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#local_authentication_disabled",
			"https://learn.microsoft.com/azure/service-bus-messaging/disable-local-authentication",
			"https://learn.microsoft.com/azure/event-hubs/authenticate-shared-access-signature#disabling-localsas-key-authentication",
		},
		Precision: "medium",
	}, setting.Check{
		Types:   []string{"azurerm_cosmosdb_account"},
		Judge:   setting.MustBeTrue(parser.A("local_authentication_disabled", ""), false),
		Problem: "account keys stay valid",
	}, setting.Check{
		Types:   []string{"azurerm_kubernetes_cluster"},
		Judge:   setting.MustBeTrue(parser.A("local_account_disabled", ""), false),
		Problem: "the local cluster-admin account stays enabled",
	}, setting.Check{
		// cov3: Service Bus and Event Hubs shared access keys (local_auth_enabled, default true).
		Types:   []string{"azurerm_servicebus_namespace", "azurerm_eventhub_namespace"},
		Judge:   setting.MustBeFalse(parser.A("local_auth_enabled", ""), true),
		Problem: "shared access keys stay valid",
	})
}

func covAKSRBACDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-109",
		Name:     "aks-rbac-disabled",
		Title:    "AKS cluster has Kubernetes RBAC turned off",
		Severity: engine.High,
		Description: "An azurerm_kubernetes_cluster sets role_based_access_control_enabled = false (azurerm 3.x/4.x) " +
			"or role_based_access_control { enabled = false } (2.x): every authenticated identity then has full " +
			"control of the cluster, and least privilege cannot be expressed. RBAC is on by default, so a " +
			"cluster that does not write the setting is not reported. Values not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Keep role_based_access_control_enabled = true, preferably with Entra ID integration (azure_active_directory_role_based_access_control)."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"azurerm_kubernetes_cluster"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("role_based_access_control_enabled", ""), true),
			setting.MustBeTrue(parser.A("role_based_access_control.enabled", ""), true)),
		Problem: "Kubernetes RBAC is off",
	})
}

func covAKSNetworkPolicy() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-110",
		Name:     "aks-network-policy-missing",
		Title:    "AKS cluster has no network policy engine",
		Severity: engine.Low,
		Description: "An azurerm_kubernetes_cluster sets no network_profile.network_policy (azure, calico or " +
			"cilium; the default is none): Kubernetes NetworkPolicy objects are then ignored, every pod can " +
			"reach every other pod and any destination, and a compromised workload is not contained. Values not " +
			"known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Set network_profile.network_policy (\"azure\", \"calico\" or \"cilium\") and write NetworkPolicies that limit traffic."},
		Checklist:   []string{"NET-5"},
		Links: []string{
			"https://learn.microsoft.com/azure/aks/use-network-policies",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy",
		},
		Precision: "medium",
	}, setting.Check{
		Types:   []string{"azurerm_kubernetes_cluster"},
		Judge:   setting.MustBeSet(parser.A("network_profile.network_policy", "")),
		Problem: "pod traffic is not limited by network policies",
	})
}
