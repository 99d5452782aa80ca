package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// tLSStorageHTTPSReads are the types checkTLSStorageHTTPS reads (Rule.Reads).
var tLSStorageHTTPSReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_storage_account"}

func checkTLSStorageHTTPS(p *engine.Pass) {
	setting.Check{
		Types: []string{"azurerm_storage_account"},
		// azurerm 4.x and 3.x spell it differently; both default to true.
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("https_traffic_only_enabled", ""), true),
			setting.MustBeTrue(parser.A("enable_https_traffic_only", ""), true)),
		Problem: "accepts HTTP requests",
	}.Run(p)
	// The ARM API defaults supportsHttpsTrafficOnly to true since
	// 2019-04-01 (azapi26_mapping.go).
	armSetting{
		Type:    "Microsoft.Storage/storageAccounts",
		Judge:   armTrue("properties.supportsHttpsTrafficOnly", true),
		Problem: "accepts HTTP requests",
	}.Check().Run(p)
}
