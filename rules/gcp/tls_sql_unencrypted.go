package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkTLSSQLUnencrypted(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("google_sql_database_instance") {
		for _, ip := range publicIPConfigs(res) {
			tlsReportSQLMode(p, res, ip)
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
