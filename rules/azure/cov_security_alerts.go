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
		Types:   []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"},
		Judge:   setting.MustBeTrue(parser.A("threat_detection_policy.enabled", ""), true),
		Problem: "threat detection alerts are off",
	})
}
