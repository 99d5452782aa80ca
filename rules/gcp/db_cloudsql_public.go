package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func dbCloudSQLOpenToInternet() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-020",
		Name:     "cloudsql-open-to-internet",
		Title:    "Cloud SQL instance is reachable from the internet",
		Severity: engine.Critical,
		Description: "A google_sql_database_instance has a public IPv4 address (ipv4_enabled is true, the " +
			"default) and an authorized network of 0.0.0.0/0 (or ::/0): every address on the internet may " +
			"connect to the database and try its credentials. Databases should be reachable only privately, " +
			"through private IP, the Cloud SQL Auth Proxy or narrowly authorized networks. An instance with " +
			"ipv4_enabled = false has no public address and is not reported.",
		Remediation: engine.Remediation{Summary: "Remove the 0.0.0.0/0 authorized network; prefer ipv4_enabled = false with private IP, or the Cloud SQL Auth Proxy."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/sql/docs/postgres/authorize-networks",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled",
		},
		Precision: "very-high",
		Check:     checkCloudSQLOpenToInternet,
	}
}

func checkCloudSQLOpenToInternet(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("google_sql_database_instance") {
		for _, s := range res.Body.Get("settings").Items() {
			for _, ipc := range s.Get("ip_configuration").Items() {
				if on, ok := ipc.Get("ipv4_enabled").AsBool(); ok && !on {
					continue
				}
				for _, an := range ipc.Get("authorized_networks").Items() {
					if v := an.Get("value"); netexposure.IsWorldCIDR(v) {
						p.Report(res, v, "%s authorizes %s on its public IP: the database is reachable from the internet", res.Address, v.Str)
					}
				}
			}
		}
	}
}
