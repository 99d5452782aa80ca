package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cr23dRules are the rules added from Cloudrail's Azure rule tests
// (session 23, AZURE-176 and up).
func cr23dRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-176", Check: checkServiceResourceLogs, Reads: serviceResourceLogsReads},
	}
}

// serviceResourceLogs are the services whose record of who called them and
// what they did (requests, queries, runs, connections, management
// operations) exists only in resource logs that a diagnostic setting
// exports: the type segment of their Azure id, and what goes unrecorded.
var serviceResourceLogs = []struct{ typ, segment, lost string }{
	{"azurerm_batch_account", "batchaccounts", "the account's audit and service logs are not exported"},
	{"azurerm_data_lake_analytics_account", "accounts", "the account's audit and job request logs are not exported"},
	{"azurerm_data_lake_store", "accounts", "the store's audit and request logs are not exported"},
	{"azurerm_eventhub_namespace", "namespaces", "the namespace's operational and runtime audit logs are not exported"},
	{"azurerm_servicebus_namespace", "namespaces", "the namespace's operational and runtime audit logs are not exported"},
	{"azurerm_iothub", "iothubs", "the hub's connection and device-identity operation logs are not exported"},
	{"azurerm_logic_app_workflow", "workflows", "the workflow's run and trigger logs are not exported"},
	{"azurerm_search_service", "searchservices", "the service's query and indexing operation logs are not exported"},
	{"azurerm_stream_analytics_job", "streamingjobs", "the job's execution and authoring logs are not exported"},
}

// serviceResourceLogsReads are the types checkServiceResourceLogs reads (Rule.Reads).
var serviceResourceLogsReads = []string{"azapi_resource", "azurerm_batch_account", "azurerm_data_lake_analytics_account", "azurerm_data_lake_store", "azurerm_eventhub_namespace", "azurerm_iothub", "azurerm_logic_app_workflow", "azurerm_management_group_policy_assignment", "azurerm_monitor_diagnostic_setting", "azurerm_policy_assignment", "azurerm_policy_definition", "azurerm_policy_set_definition", "azurerm_resource_group_policy_assignment", "azurerm_resource_policy_assignment", "azurerm_search_service", "azurerm_servicebus_namespace", "azurerm_stream_analytics_job", "azurerm_subscription_policy_assignment"}

func checkServiceResourceLogs(p *engine.Pass) {
	for _, s := range serviceResourceLogs {
		for _, res := range p.KnownManaged(s.typ) {
			checkResourceLogsExported(p, res, s.segment, s.lost)
		}
	}
}

// checkResourceLogsExported reports res when no diagnostic setting names it
// (and no policy assignment deploys one), or when the settings that name it
// enable no log category at all (metrics only, or every log turned off).
// Any enabled category or category group counts: which of a service's
// categories an auditor needs is the team's choice, none is a gap.
func checkResourceLogsExported(p *engine.Pass, res *parser.Resource, segment, lost string) {
	found, _ := covAttached(p, res, covDiagnostics(segment))
	if len(found) == 0 {
		cov5RequireDiagnostics(p, res, segment, lost+" (no diagnostic setting)")
		return
	}
	exported, hidden := diagLogsExported(found, func(cats map[string]bool, group bool) bool {
		return group || len(cats) > 0
	})
	if exported {
		return
	}
	if hidden != nil {
		p.CannotTell(res, hidden.At, hidden.Detail)
		return
	}
	p.Report(res, nil, "%s: %s (its diagnostic settings enable no log category, only metrics or logs turned off)", res.Address, lost)
}
