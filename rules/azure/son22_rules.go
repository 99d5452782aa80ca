package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// son22Rules are the rules added from SonarSource's IaC test files
// (session 22, AZURE-172).
func son22Rules() []*engine.Rule {
	return []*engine.Rule{
		// azurerm 3.x spells the switch enable_authentication, 4.x
		// authentication_enabled; both default to true, and Azure accepts
		// false only for a cache injected into a virtual network.
		setting.Rule(engine.Rule{ID: "AZURE-172"}, setting.Check{
			Types: []string{"azurerm_redis_cache"},
			Judge: setting.Either(
				setting.MustBeTrue(parser.A("redis_configuration.enable_authentication", ""), true),
				setting.MustBeTrue(parser.A("redis_configuration.authentication_enabled", ""), true)),
			Problem: "clients connect without authenticating, so whoever reaches the cache reads and changes every key",
		}),
	}
}
