package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func checkTLSStorageHTTPS(p *engine.Pass) {
	setting.Check{
		Types: []string{"azurerm_storage_account"},
		// azurerm 4.x and 3.x spell it differently; both default to true.
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("https_traffic_only_enabled", ""), true),
			setting.MustBeTrue(parser.A("enable_https_traffic_only", ""), true)),
		Problem: "accepts HTTP requests",
	}.Run(p)
}
