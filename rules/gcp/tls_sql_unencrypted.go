package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// tLSSQLUnencryptedReads are the types checkTLSSQLUnencrypted reads (Rule.Reads).
var tLSSQLUnencryptedReads = []string{"google_sql_database_instance"}

// checkTLSSQLUnencrypted reports Cloud SQL instances that accept
// unencrypted connections: written so (ssl_mode, or the older require_ssl)
// on any instance, or left at the default on an instance with a public IP.
func checkTLSSQLUnencrypted(p *engine.Pass) {
	for _, res := range p.KnownManaged("google_sql_database_instance") {
		settings, hidden := setting.Blocks(res.Body.Get("settings"))
		if setting.Undecided(p, res, "settings", hidden) {
			continue
		}
		for _, s := range settings {
			ips, hidden := setting.Blocks(s.Get("ip_configuration"))
			if setting.Undecided(p, res, "settings.ip_configuration", hidden) {
				continue
			}
			if len(ips) == 0 {
				p.Report(res, nil, "%s accepts unencrypted connections on its public IP (no ip_configuration: a public IP and ssl_mode ALLOW_UNENCRYPTED_AND_ENCRYPTED are the defaults)", res.Address)
			}
			for _, ip := range ips {
				p.Judge(res, cov7SQLTransport(ip), "accepts unencrypted connections")
			}
		}
	}
}
