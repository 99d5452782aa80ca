package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// mon22eAppEngineIngress extends GCP-162 to App Engine: a service whose
// network settings admit all ingress (INGRESS_TRAFFIC_ALLOWED_ALL, or
// UNSPECIFIED, which App Engine treats as all) answers at its appspot.com
// URL from anywhere, not only through the load balancer or the VPC.
// Services without a google_app_engine_service_network_settings are not
// judged: the resource that sets ingress may live in another configuration.
var mon22eAppEngineIngress = setting.Check{
	Types: []string{"google_app_engine_service_network_settings"},
	Judge: setting.MustNotBe(parser.A("network_settings.ingress_traffic_allowed", ""),
		"INGRESS_TRAFFIC_ALLOWED_UNSPECIFIED", "INGRESS_TRAFFIC_ALLOWED_ALL", "INGRESS_TRAFFIC_ALLOWED_UNSPECIFIED"),
	Problem: cov9IngressProblem,
}

// mon22eAlloyDBPublicIP extends GCP-101 to AlloyDB: an instance gets a
// public IP address only when network_config.enable_public_ip is true
// (default false).
var mon22eAlloyDBPublicIP = setting.Check{
	Types:   []string{"google_alloydb_instance"},
	Judge:   setting.MustBeFalse(parser.A("network_config.enable_public_ip", ""), false),
	Problem: "the database has a public IP address",
}

// checkAlloyDBOpenToInternet is GCP-020's judgement of AlloyDB: an
// instance with a public IP whose authorized_external_networks admit any
// address is reachable from the internet.
func checkAlloyDBOpenToInternet(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("google_alloydb_instance") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		for _, nc := range res.Body.Get("network_config").Items() {
			// AlloyDB accepts authorized external networks only beside a
			// public IP, so only an explicit false rules them out.
			if on, ok := nc.Get("enable_public_ip").AsBool(); ok && !on {
				continue
			}
			for _, an := range nc.Get("authorized_external_networks").Items() {
				v := an.Get("cidr_range")
				judgeAuthorizedNetwork(p, res, v, "network_config.authorized_external_networks.cidr_range")
			}
		}
	}
}

// mon22eAlloyDBFlags are the PostgreSQL logging flags (and the value they
// need) that GCP-100 and GCP-149 also judge on AlloyDB instances, whose
// database_flags is a map. Only a value written in the configuration is
// judged: an unset flag is not reported on AlloyDB.
var mon22eAlloyDBFlags = map[string]string{"log_connections": "on", "log_disconnections": "on"}

// mon22eAlloyDBFlag judges f on every AlloyDB instance that sets it.
func mon22eAlloyDBFlag(p *engine.Pass, f cov8SQLFlag) {
	want, ok := mon22eAlloyDBFlags[f.name]
	if !ok || f.engine != "POSTGRES" {
		return
	}
	for _, res := range p.ResourcesOfType("google_alloydb_instance") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		flags := res.Body.Get("database_flags")
		if u := setting.Unknown(flags); u != nil {
			p.CannotTell(res, u, parser.Unknowable(u, "database_flags").Detail)
			continue
		}
		if v := flags.Get(f.name); v != nil {
			p.Judge(res, parser.NoneOf(v, "database_flags."+f.name, want, want), f.problem)
		}
	}
}
