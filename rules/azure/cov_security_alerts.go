package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covSecurityAlertsOff() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-120",
		Name:     "security-alerts-disabled",
		Title:    "Defender for Cloud or database threat alerts are turned off or reach nobody",
		Severity: engine.Medium,
		Description: "A security alert that nobody receives is no alert. Reported are: an azurerm_security_center_contact " +
			"with alert_notifications = false (no e-mail for high-severity alerts) or alerts_to_admins = false; " +
			"an azurerm_mssql_server_security_alert_policy with state = \"Disabled\"; " +
			"and a PostgreSQL, MySQL or MariaDB single server whose threat_detection_policy sets enabled = false. " +
			"Defaults (notifications on, policies as written) are not reported; values not known statically " +
			"become undecided notes. Missing Defender plans are AZURE-011.",
		Remediation: engine.Remediation{Summary: "Keep alert notifications on for the security contact and the subscription owners, and enable threat detection on database servers."},
		Checklist:   []string{"LOG-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications",
			"https://learn.microsoft.com/azure/azure-sql/database/threat-detection-configure",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact",
		},
		Precision: "very-high",
	}, setting.Check{
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
		Types:   []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"},
		Judge:   setting.MustBeTrue(parser.A("threat_detection_policy.enabled", ""), true),
		Problem: "threat detection alerts are off",
	})
}
