package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cloudSQLOpenToInternetReads are the types checkCloudSQLOpenToInternet reads (Rule.Reads).
var cloudSQLOpenToInternetReads = []string{"google_alloydb_instance", "google_sql_database_instance"}

func checkCloudSQLOpenToInternet(p *engine.Pass) {
	checkAlloyDBOpenToInternet(p)
	for _, res := range p.ResourcesOfType("google_sql_database_instance") {
		for _, ipc := range publicIPConfigs(res) {
			for _, an := range ipc.Get("authorized_networks").Items() {
				v := an.Get("value")
				judgeAuthorizedNetwork(p, res, v, "settings.ip_configuration.authorized_networks.value")
			}
		}
	}
}

// publicIPConfigs returns a Cloud SQL instance's ip_configuration blocks
// that do not turn its public IPv4 address off (it is on by default).
func publicIPConfigs(res *parser.Resource) []*parser.Value {
	var out []*parser.Value
	for _, s := range res.Body.Get("settings").Items() {
		for _, ipc := range s.Get("ip_configuration").Items() {
			if on, ok := ipc.Get("ipv4_enabled").AsBool(); ok && !on {
				continue
			}
			out = append(out, ipc)
		}
	}
	return out
}

// judgeAuthorizedNetwork reports a database's authorized network that
// admits the whole internet on its public IP, and notes one not known
// statically (name is its attribute path).
func judgeAuthorizedNetwork(p *engine.Pass, res *parser.Resource, v *parser.Value, name string) {
	switch {
	case netexposure.IsWorldCIDR(v):
		p.Report(res, v, "%s authorizes %s on its public IP: the database is reachable from the internet", res.Address, v.Str)
	case setting.Unknown(v) != nil:
		p.CannotTell(res, v, parser.Unknowable(v, name).Detail)
	}
}
