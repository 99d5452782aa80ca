package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func tlsStorageHTTPS() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-026",
		Name:     "storage-allows-http",
		Title:    "Storage account accepts unencrypted HTTP requests",
		Severity: engine.High,
		Description: "A storage account sets https_traffic_only_enabled (azurerm 4.x) or enable_https_traffic_only " +
			"(azurerm 3.x) to false, so blobs, files, queues and tables can be read and written over plain HTTP. " +
			"The default, HTTPS only, is not reported; a value not known statically is an undecided note.",
		Remediation: engine.Remediation{Summary: "Remove the setting or set https_traffic_only_enabled (enable_https_traffic_only) to true."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account",
		},
		Precision: "very-high",
		Check:     checkTLSStorageHTTPS,
	}
}

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
