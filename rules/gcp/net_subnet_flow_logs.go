package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func checkNetSubnetFlowLogs(p *engine.Pass) {
	for _, s := range p.KnownResources("google_compute_subnetwork") {
		b := s.Body
		if purpose := b.Get("purpose"); !purpose.IsNull() && !netexposure.StringIs(purpose, "PRIVATE", "PRIVATE_RFC_1918") {
			continue
		}
		// enable_flow_logs (google provider 3.x) turns flow logs on with the default settings.
		if b.Get("enable_flow_logs").IsTrue() {
			continue
		}
		lc := b.Get("log_config")
		if lc.IsNull() || lc.Kind == parser.List && len(lc.Elems) == 0 {
			p.Report(s, nil, "%s has no log_config: VPC Flow Logs are off for the subnetwork", s.Address)
		}
	}
	cov5GKEIntranodeVisibility.Run(p)
}
