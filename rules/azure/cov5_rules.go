package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage5Rules are the fifth batch of coverage rules (AZURE-136 and up).
func coverage5Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "AZURE-136"}, setting.Check{
			Types:   []string{"azurerm_data_lake_store"},
			Judge:   setting.MustNotBe(parser.A("encryption_state", ""), "Enabled", "Disabled"),
			Problem: "the Data Lake Store is not encrypted at rest",
		}, setting.Check{
			Types: []string{"azurerm_automation_variable_string", "azurerm_automation_variable_int",
				"azurerm_automation_variable_bool", "azurerm_automation_variable_datetime", "azurerm_automation_variable_object"},
			Judge:   setting.MustBeTrue(parser.A("encrypted", ""), false),
			Problem: "the variable's value is stored unencrypted",
		}),
		cov5EntraDatabaseLogins(),
		cov5ManagedNetwork(),
	}
}
