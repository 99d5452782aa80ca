package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covDBAllowsUnencrypted() *engine.Rule {
	const problem = "the server accepts connections without TLS"
	return setting.Rule(engine.Rule{
		ID:       "AZURE-102",
		Name:     "database-accepts-unencrypted-connections",
		Title:    "Database or cache accepts connections without TLS",
		Severity: engine.High,
		Description: "A database or cache lets clients connect without TLS, so credentials and data cross the " +
			"network in clear text. Reported are: a PostgreSQL, MySQL or MariaDB single server with " +
			"ssl_enforcement_enabled = false (azurerm 2.x: ssl_enforcement = \"Disabled\"; the default enforces " +
			"SSL); a PostgreSQL or MySQL flexible server configuration that sets require_secure_transport to " +
			"\"off\" (the server default is \"on\"); and an Azure Cache for Redis with the non-TLS port 6379 " +
			"open (enable_non_ssl_port or non_ssl_port_enabled = true; the default is false). Values not known " +
			"statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Enforce TLS: ssl_enforcement_enabled = true, require_secure_transport left \"on\", and the Redis non-TLS port closed."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security",
			"https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl",
			"https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_enforcement_enabled",
		},
		Precision: "very-high",
	}, setting.Check{
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
	})
}
