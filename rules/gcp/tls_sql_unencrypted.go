package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func tlsSQLUnencrypted() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-026",
		Name:     "cloud-sql-allows-unencrypted",
		Title:    "Cloud SQL instance with a public IP accepts unencrypted connections",
		Severity: engine.Medium,
		Description: "A Cloud SQL instance whose public IP is not disabled sets settings.ip_configuration.ssl_mode " +
			"to ALLOW_UNENCRYPTED_AND_ENCRYPTED, or sets the older require_ssl to false without an ssl_mode, so " +
			"clients may connect without TLS and send credentials and data in clear text. Instances with " +
			"ipv4_enabled = false (private IP only) and settings not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Set ssl_mode = \"ENCRYPTED_ONLY\" (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) in settings.ip_configuration."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance",
		},
		Precision: "high",
		Check:     checkTLSSQLUnencrypted,
	}
}

func checkTLSSQLUnencrypted(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("google_sql_database_instance") {
		for _, s := range res.Body.Get("settings").Items() {
			for _, ip := range s.Get("ip_configuration").Items() {
				if on, ok := ip.Get("ipv4_enabled").AsBool(); ok && !on {
					continue
				}
				tlsReportSQLMode(p, res, ip)
			}
		}
	}
}

// tlsReportSQLMode reports an ip_configuration that allows unencrypted
// connections.
func tlsReportSQLMode(p *engine.Pass, res *parser.Resource, ip *parser.Value) {
	mode := ip.Get("ssl_mode")
	if !mode.IsNull() {
		if mode.IsAnyOf("ALLOW_UNENCRYPTED_AND_ENCRYPTED") {
			p.Report(res, mode, "%s accepts unencrypted connections (ssl_mode %s)", res.Address, mode.Str)
		}
		return
	}
	req := ip.Get("require_ssl")
	if on, ok := req.AsBool(); ok && !on {
		p.Report(res, req, "%s accepts unencrypted connections (require_ssl = false)", res.Address)
	}
}
