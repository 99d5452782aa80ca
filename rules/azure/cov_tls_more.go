package azure

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covMinTLSChecks extend AZURE-025 to the services the coverage issue
// names: database servers, Cosmos DB, messaging namespaces and the legacy
// App Service resources.
var covMinTLSChecks = []setting.Check{{
	Types:   []string{"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"},
	Judge:   setting.MustNotBe(parser.A("ssl_minimal_tls_version_enforced", ""), "", "TLS1_0", "TLS1_1", "TLSEnforcementDisabled"),
	Problem: "the server accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_postgresql_flexible_server_configuration"},
	If:      setting.Is(parser.A("name", ""), "", "ssl_min_protocol_version"),
	Judge:   setting.MustNotBe(parser.A("value", ""), "", "TLSv1", "TLSv1.0", "TLSv1.1"),
	Problem: "the server accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_mysql_flexible_server_configuration"},
	If:      setting.Is(parser.A("name", ""), "", "tls_version"),
	Judge:   covOldTLSInList(parser.A("value", "")),
	Problem: "the server accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_cosmosdb_account"},
	Judge:   setting.MustNotBe(parser.A("minimal_tls_version", ""), "", "Tls", "Tls11"),
	Problem: "the account accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_eventhub_namespace", "azurerm_servicebus_namespace", "azurerm_mssql_managed_instance"},
	Judge:   setting.MustNotBe(parser.A("minimum_tls_version", ""), "", "1.0", "1.1"),
	Problem: "the service accepts TLS below 1.2",
}, {
	Types: []string{"azurerm_app_service", "azurerm_app_service_slot", "azurerm_function_app", "azurerm_function_app_slot",
		"azurerm_logic_app_standard"},
	Judge:   setting.MustNotBe(parser.A("site_config.min_tls_version", ""), "", "1.0", "1.1"),
	Problem: "the app accepts TLS below 1.2",
}, {
	// A Standard logic app runs on App Service: its Kudu (SCM) site has
	// its own minimum, as a web app's has.
	Types:   []string{"azurerm_logic_app_standard"},
	Judge:   setting.MustNotBe(parser.A("site_config.scm_min_tls_version", ""), "", "1.0", "1.1"),
	Problem: "the app's deployment (SCM) site accepts TLS below 1.2",
}}

// checkCovMinTLS runs covMinTLSChecks.
func checkCovMinTLS(p *engine.Pass) {
	for _, c := range covMinTLSChecks {
		c.Run(p)
	}
}

// covOldTLSInList judges a comma-separated list of TLS versions (MySQL's
// tls_version, "TLSv1.2,TLSv1.3"): Yes when it admits TLS 1.0 or 1.1.
func covOldTLSInList(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		if u := setting.Unknown(v); u != nil {
			return parser.Unknowable(u, a.Name(res))
		}
		s, ok := v.AsString()
		if !ok {
			return parser.Decided
		}
		for _, part := range strings.Split(s, ",") {
			switch strings.ToLower(strings.TrimSpace(part)) {
			case "tlsv1", "tlsv1.0", "tlsv1.1":
				return parser.Bad(v, fmt.Sprintf("%s = %s", a.Name(res), strconv.Quote(s)))
			}
		}
		return parser.Decided
	}
}
