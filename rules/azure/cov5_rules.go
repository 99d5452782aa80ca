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
		setting.Rule(engine.Rule{ID: "AZURE-139"}, setting.Check{
			Types:   covWebApps[:8], // the azurerm 3.x/4.x apps and slots
			Judge:   setting.Both(cov5CertRequired("client_certificate_enabled", "client_certificate_mode"), cov6NoAppAuth),
			Problem: cov5NoClientCert,
		}, setting.Check{
			Types:   []string{"azurerm_app_service", "azurerm_app_service_slot"},
			Judge:   setting.Both(cov5CertRequired("client_cert_enabled", "client_cert_mode"), cov6NoAppAuth),
			Problem: cov5NoClientCert,
		}, setting.Check{
			Types:   []string{"azurerm_function_app", "azurerm_function_app_slot"},
			Judge:   setting.Both(setting.MustBeOneOf(parser.A("client_cert_mode", ""), "Optional", "Required"), cov6NoAppAuth),
			Problem: cov5NoClientCert,
		}),
	}
}

const cov5NoClientCert = "the app accepts requests from callers with neither a client certificate nor a signed-in identity"

// cov5CertRequired judges an app's client certificate switch and mode; a
// mode left unset with certificates on is not judged (its default differs
// by app kind).
func cov5CertRequired(enabled, mode string) setting.Judge {
	return setting.Either(setting.MustBeTrue(parser.A(enabled, ""), false),
		setting.MustNotBe(parser.A(mode, ""), "", "Optional", "OptionalInteractiveUser"))
}
