package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covStorageNestedPublic() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-103",
		Name:     "storage-account-allows-public-containers",
		Title:    "Storage account allows its containers to be made public",
		Severity: engine.High,
		Description: "A storage account sets allow_nested_items_to_be_public = true (azurerm 3.x/4.x) or " +
			"allow_blob_public_access = true (azurerm 2.x): any container in it may then be switched to " +
			"anonymous read access, by Terraform or by anyone with write access to the account, and nothing " +
			"at the account level stops it. This is the account-wide block on public blobs. The defaults " +
			"have changed across provider versions (true in azurerm 3.x, false in 4.x and 2.x), so only an " +
			"explicit true is reported; values not known statically become undecided notes. Containers that " +
			"are public already are AZURE-033.",
		Remediation: engine.Remediation{Summary: "Set allow_nested_items_to_be_public = false; serve public content through a CDN or SAS tokens instead."},
		Checklist:   []string{"DATA-1"},
		Links: []string{
			"https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"azurerm_storage_account"},
		Judge: setting.Either(
			setting.MustBeFalse(parser.A("allow_nested_items_to_be_public", ""), false),
			setting.MustBeFalse(parser.A("allow_blob_public_access", ""), false)),
		Problem: "containers may be made public",
	})
}
