package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covSecurityAlertsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-120"}, setting.Check{
		Types: []string{"azurerm_security_center_contact"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("alert_notifications", ""), true),
			setting.MustBeTrue(parser.A("alerts_to_admins", ""), true)),
		Problem: "security alerts reach nobody",
	}, setting.Check{
		Types:   []string{"azurerm_mssql_server_security_alert_policy"},
		Judge:   setting.MustNotBe(parser.A("state", ""), "", "Disabled"),
		Problem: "threat detection alerts are off",
	}, setting.Check{
		Types:   []string{"azurerm_mssql_server_security_alert_policy"},
		If:      setting.Not(setting.Is(parser.A("state", ""), "", "Disabled")),
		Judge:   covNoDisabledAlerts,
		Problem: "some threat detection alerts are turned off",
	}, setting.Check{
		// Synapse: a workspace policy covers its dedicated SQL pools, a
		// pool policy adds to it.
		Types:   covSynapseAlertPolicies,
		Judge:   setting.MustNotBe(parser.A("policy_state", ""), "", "Disabled"),
		Problem: "threat detection alerts are off",
	}, setting.Check{
		Types:   covSynapseAlertPolicies,
		If:      setting.Not(setting.Is(parser.A("policy_state", ""), "", "Disabled")),
		Judge:   covNoDisabledAlerts,
		Problem: "some threat detection alerts are turned off",
	}, setting.Check{
		Types:   []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"},
		Judge:   setting.MustBeTrue(parser.A("threat_detection_policy.enabled", ""), true),
		Problem: "threat detection alerts are off",
	}, setting.Check{
		// azurerm 2.x inline policies; a database without one takes its
		// server's.
		Types:   []string{"azurerm_sql_server", "azurerm_sql_database", "azurerm_mssql_database"},
		Judge:   setting.MustNotBe(parser.A("threat_detection_policy.state", ""), "", "Disabled"),
		Problem: "threat detection alerts are off",
	}, setting.Check{
		// Defender's per-resource threat protection (Cosmos DB, storage):
		// enabled is required, so only an explicit false turns it off.
		Types:   []string{"azurerm_advanced_threat_protection"},
		Judge:   setting.MustBeTrue(parser.A("enabled", ""), true),
		Problem: "threat protection alerts for the target resource are off",
	}, setting.Check{
		// Defender for Cloud's integrations with Defender for Endpoint
		// (WDATP) and Defender for Cloud Apps (MCAS): enabled is required,
		// so only an explicit false turns one off. The other settings
		// (WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW, WDATP_UNIFIED_SOLUTION,
		// Sentinel) choose how, not whether, alerts are raised.
		Types:   []string{"azurerm_security_center_setting"},
		If:      setting.Is(parser.A("setting_name", ""), "", "WDATP", "MCAS"),
		Judge:   setting.MustBeTrue(parser.A("enabled", ""), true),
		Problem: "a Defender for Cloud threat detection integration is turned off",
	})
}

// covSynapseAlertPolicies are the Synapse security alert policies
// (policy_state Disabled, Enabled or New; disabled_alerts as SQL's).
var covSynapseAlertPolicies = []string{"azurerm_synapse_workspace_security_alert_policy", "azurerm_synapse_sql_pool_security_alert_policy"}

// covNoDisabledAlerts is Yes when a SQL security alert policy lists a
// detection type in disabled_alerts (Sql_Injection, Data_Exfiltration...).
func covNoDisabledAlerts(res *parser.Resource) parser.Verdict {
	elems, unknown := setting.Elems(res.Body.Get("disabled_alerts"))
	for _, e := range elems {
		if s, ok := e.AsString(); ok && s != "" {
			return parser.Bad(e, "disabled_alerts lists "+s)
		}
		if setting.Unknown(e) != nil {
			unknown = e
		}
	}
	if unknown != nil {
		return parser.Unknowable(unknown, "disabled_alerts")
	}
	return parser.Decided
}
