package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covStorageNestedPublic() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-103"}, setting.Check{
		Types: []string{"azurerm_storage_account"},
		Judge: setting.Either(
			setting.MustBeFalse(parser.A("allow_nested_items_to_be_public", ""), false),
			setting.MustBeFalse(parser.A("allow_blob_public_access", ""), false)),
		Problem: "containers may be made public",
	})
}
