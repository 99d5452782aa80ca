package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// csp20Rules are the rules found missing by CloudSploit's GCP plugin
// tests (session 20).
func csp20Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-169", Check: checkSQLRootAnyHost},
		{ID: "GCP-170", Check: checkComposerWebServerOpen, Reads: []string{"google_composer_environment"}, Alone: true},
	}
}

// checkSQLRootAnyHost is GCP-169: MySQL's root account may sign in from
// any host ("%", also what Cloud SQL gives a MySQL user created without
// a host). Users of an instance declared with another engine are not
// judged: host applies to MySQL only, and root is no administrator
// there. A user whose instance is not declared, or whose engine is
// unknown, is judged as GCP-145 judges it.
func checkSQLRootAnyHost(p *engine.Pass) {
	for _, u := range p.ResourcesOfType("google_sql_user") {
		if u.Data || !p.BodyKnown(u) || sqlUserOfOtherEngine(p, u) {
			continue
		}
		switch v := sqlRootUser.If(u); v.Answer {
		case parser.CannotTell:
			p.CannotTell(u, v.At, v.Detail)
		case parser.Yes:
			host := u.Body.Get("host")
			if setting.Undecided(p, u, "host", host) {
				continue
			}
			if host == nil {
				p.Report(u, nil, "%s creates the root user without a host: Cloud SQL gives it the host %%, so the administrator may sign in from any address", u.Address)
			} else if s, ok := host.AsString(); ok && strings.TrimSpace(s) == "%" {
				p.Report(u, host, "%s lets the root user sign in from any host (%%)", u.Address)
			}
		}
	}
}

// checkComposerWebServerOpen is GCP-170: a Cloud Composer environment's
// Airflow web server accepts connections from every address, by default
// (no web_server_network_access_control) or through an allowed range
// that is the whole internet.
func checkComposerWebServerOpen(p *engine.Pass) {
	for _, env := range p.KnownResources("google_composer_environment") {
		cfgs, hid := setting.Blocks(env.Body.Get("config"))
		if hid != nil {
			p.CannotTell(env, hid, parser.Unknowable(hid, "config").Detail)
			continue
		}
		if len(cfgs) == 0 {
			p.Report(env, nil, "%s has no config block: its Airflow web server accepts connections from any address (the default, 0.0.0.0/0 and ::0/0)", env.Address)
			continue
		}
		for _, cfg := range cfgs {
			acls, hid := setting.Blocks(cfg.Get("web_server_network_access_control"))
			if hid != nil {
				p.CannotTell(env, hid, parser.Unknowable(hid, "web_server_network_access_control").Detail)
				continue
			}
			if len(acls) == 0 {
				p.Report(env, nil, "%s has no web_server_network_access_control: its Airflow web server accepts connections from any address (the default, 0.0.0.0/0 and ::0/0)", env.Address)
				continue
			}
			for _, acl := range acls {
				ranges, hid := setting.Blocks(acl.Get("allowed_ip_range"))
				if hid != nil {
					p.CannotTell(env, hid, parser.Unknowable(hid, "allowed_ip_range").Detail)
					continue
				}
				for _, r := range ranges {
					v := r.Get("value")
					if setting.Undecided(p, env, "allowed_ip_range value", v) {
						continue
					}
					if netexposure.IsWorldCIDR(v) {
						p.Report(env, v, "%s lets %s reach its Airflow web server: any address on the internet may connect", env.Address, v.Str)
					}
				}
			}
		}
	}
}
