package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covDBAllowsUnencrypted() *engine.Rule {
	const problem = "the server accepts connections without TLS"
	return setting.Rule(engine.Rule{ID: "AZURE-102"}, setting.Check{
		Types: []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("ssl_enforcement_enabled", ""), true),
			setting.MustNotBe(parser.A("ssl_enforcement", ""), "", "Disabled")),
		Problem: problem,
	}, setting.Check{
		Types:   []string{"azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"},
		If:      setting.Is(parser.A("name", ""), "", "require_secure_transport"),
		Judge:   setting.MustNotBe(parser.A("value", ""), "", "off", "0", "false"),
		Problem: problem,
	}, setting.Check{
		Types: []string{"azurerm_redis_cache"},
		Judge: setting.Either(
			setting.MustBeFalse(parser.A("enable_non_ssl_port", ""), false),
			setting.MustBeFalse(parser.A("non_ssl_port_enabled", ""), false)),
		Problem: "the cache opens its non-TLS port",
	}, setting.Check{
		// Redis Enterprise databases and the default database of a Managed
		// Redis cluster speak TLS unless client_protocol says Plaintext.
		Types:   []string{"azurerm_redis_enterprise_database"},
		Judge:   setting.MustNotBe(parser.A("client_protocol", ""), "Encrypted", "Plaintext"),
		Problem: "the database accepts plaintext Redis connections",
	}, setting.Check{
		Types:   []string{"azurerm_managed_redis"},
		Judge:   setting.MustNotBe(parser.A("default_database.client_protocol", ""), "Encrypted", "Plaintext"),
		Problem: "the database accepts plaintext Redis connections",
	}, armNoTLS[0], armNoTLS[1], armRedisNonTLS.Check()) // azapi26_more.go
}
