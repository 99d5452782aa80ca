package azure

import (
	"github.com/soc2lint/soc2lint/engine"
)

// psr19Rules are the rules added from PSRule for Azure's rule tests
// (session 19, AZURE-174 and up).
func psr19Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-174", Check: checkServiceAuditLogs, Reads: serviceAuditLogsReads},
	}
}

// serviceAuditLogs are the services that record control- and data-plane
// changes in an audit log category of their resource logs, kept only where
// a diagnostic setting exports it: the type segment of their Azure id, the
// category, and whose log it is.
var serviceAuditLogs = []struct{ typ, segment, category, owner string }{
	{"azurerm_app_configuration", "configurationstores", "Audit", "store's"},
	{"azurerm_automation_account", "automationaccounts", "AuditEvent", "account's"},
}

// serviceAuditLogsReads are the types checkServiceAuditLogs reads (Rule.Reads).
var serviceAuditLogsReads = []string{"azapi_resource", "azurerm_app_configuration", "azurerm_automation_account", "azurerm_management_group_policy_assignment", "azurerm_monitor_diagnostic_setting", "azurerm_policy_assignment", "azurerm_policy_definition", "azurerm_policy_set_definition", "azurerm_resource_group_policy_assignment", "azurerm_resource_policy_assignment", "azurerm_subscription_policy_assignment"}

func checkServiceAuditLogs(p *engine.Pass) {
	for _, s := range serviceAuditLogs {
		for _, res := range p.KnownManaged(s.typ) {
			checkAuditLogExported(p, res, s.segment, s.category, s.owner)
		}
	}
}
