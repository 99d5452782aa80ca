package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov3MinTLSChecks extend AZURE-025 to the internet-facing front ends:
// Application Gateway TLS policies, Front Door and CDN custom domains,
// API Management and App Service deployment slots.
var cov3MinTLSChecks = []setting.Check{{
	// Predefined policies before 2017-04-01S admit TLS 1.0 or 1.1; a
	// custom policy states its minimum. No policy at all takes a default
	// that depends on the API version: not judged.
	Types:   []string{"azurerm_application_gateway"},
	Judge:   cov3AppGatewayPolicy("ssl_policy"),
	Problem: "the gateway's TLS policy accepts TLS below 1.2",
}, {
	Types:   []string{"azurerm_application_gateway"},
	Judge:   cov3AppGatewayPolicy("ssl_profile.ssl_policy"),
	Problem: "the gateway's SSL profile accepts TLS below 1.2",
}, {
	// Front Door Standard/Premium: TLS12 is the default.
	Types:   []string{"azurerm_cdn_frontdoor_custom_domain"},
	Judge:   setting.MustNotBe(parser.A("tls.minimum_tls_version", ""), "", "TLS10", "TLS11"),
	Problem: "the custom domain accepts TLS below 1.2",
}, {
	// Classic CDN custom domains: TLS12 is the default, None sets no minimum.
	Types: []string{"azurerm_cdn_endpoint_custom_domain"},
	Judge: setting.Either(
		setting.MustNotBe(parser.A("cdn_managed_https.tls_version", ""), "", "TLS10", "None"),
		setting.MustNotBe(parser.A("user_managed_https.tls_version", ""), "", "TLS10", "None")),
	Problem: "the custom domain accepts TLS below 1.2",
}, {
	// SSL 3.0, TLS 1.0 and 1.1 are off unless turned on, on the gateway
	// (frontend) and towards the backends; azurerm 3.x and 4.x spell the
	// flags differently.
	Types: []string{"azurerm_api_management"},
	Judge: setting.Either(
		cov3Off("security.enable_frontend_ssl30"), cov3Off("security.frontend_ssl30_enabled"),
		cov3Off("security.enable_frontend_tls10"), cov3Off("security.frontend_tls10_enabled"),
		cov3Off("security.enable_frontend_tls11"), cov3Off("security.frontend_tls11_enabled"),
		cov3Off("security.enable_backend_ssl30"), cov3Off("security.backend_ssl30_enabled"),
		cov3Off("security.enable_backend_tls10"), cov3Off("security.backend_tls10_enabled"),
		cov3Off("security.enable_backend_tls11"), cov3Off("security.backend_tls11_enabled"),
		cov3Off("security.enable_triple_des_ciphers"), cov3Off("security.triple_des_ciphers_enabled")),
	Problem: "the API gateway accepts SSL 3.0, TLS below 1.2 or 3DES ciphers",
}, {
	Types: []string{"azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot",
		"azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot"},
	Judge: setting.Either(
		setting.MustNotBe(parser.A("site_config.minimum_tls_version", ""), "", tlsOldVersions...),
		setting.MustNotBe(parser.A("site_config.scm_minimum_tls_version", ""), "", tlsOldVersions...)),
	Problem: "the deployment slot accepts TLS below 1.2",
}}

// checkCov3MinTLS runs cov3MinTLSChecks.
func checkCov3MinTLS(p *engine.Pass) {
	for _, c := range cov3MinTLSChecks {
		c.Run(p)
	}
}

// cov3Off judges a Terraform boolean that must stay false (its default).
func cov3Off(path string) setting.Judge {
	return setting.MustBeFalse(parser.A(path, ""), false)
}

// cov3OldAppGatewayPolicies are the predefined Application Gateway TLS
// policies whose minimum protocol is below TLS 1.2.
var cov3OldAppGatewayPolicies = []string{"AppGwSslPolicy20150501", "AppGwSslPolicy20170401"}

// cov3AppGatewayPolicy judges an Application Gateway ssl_policy block at
// path: a predefined policy named in cov3OldAppGatewayPolicies, or a
// custom policy whose min_protocol_version is TLSv1_0 or TLSv1_1.
func cov3AppGatewayPolicy(path string) setting.Judge {
	return setting.Either(
		setting.MustNotBe(parser.A(path+".policy_name", ""), "", cov3OldAppGatewayPolicies...),
		setting.MustNotBe(parser.A(path+".min_protocol_version", ""), "", "TLSv1_0", "TLSv1_1"),
		cov7AppGatewayDisabledProtocols(path), cov7WeakCipherSuites(path+".cipher_suites"))
}
