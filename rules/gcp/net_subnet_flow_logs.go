package gcp

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// netSubnetFlowLogsReads are the types checkNetSubnetFlowLogs reads (Rule.Reads).
var netSubnetFlowLogsReads = []string{"google_compute_subnetwork", "google_container_cluster"}

func checkNetSubnetFlowLogs(p *engine.Pass) {
	for _, s := range p.KnownResources("google_compute_subnetwork") {
		b := s.Body
		// enable_flow_logs (google provider 3.x) turns flow logs on with the default settings.
		if b.Get("enable_flow_logs").IsTrue() {
			continue
		}
		// Proxy-only and other special-purpose subnetworks cannot have flow logs.
		purpose := b.Get("purpose")
		if purpose.IsKnown() && !purpose.IsNull() && !netexposure.StringIs(purpose, "PRIVATE", "PRIVATE_RFC_1918") {
			continue
		}
		v := subnetFlowLogs(s)
		switch {
		case v.Answer == parser.No:
		case !purpose.IsNull() && !purpose.IsKnown():
			p.CannotTell(s, purpose, parser.Unknowable(purpose, "purpose").Detail)
		case v.Answer == parser.CannotTell:
			p.CannotTell(s, v.At, v.Detail)
		default:
			p.Report(s, v.At, "%s %s", s.Address, v.Detail)
		}
	}
	cov5GKEIntranodeVisibility.Run(p)
}

// subnetFlowLogs judges the log_config of a subnetwork for VM traffic: none
// means VPC Flow Logs are off, and a flow_sampling of 0 keeps none of the
// sampled flows (the Compute API's SubnetworkLogConfig: "0.0 means no logs
// are reported").
func subnetFlowLogs(s *parser.Resource) parser.Verdict {
	configs, hidden := setting.Blocks(s.Body.Get("log_config"))
	if hidden != nil {
		return parser.Unknowable(hidden, "log_config")
	}
	if len(configs) == 0 {
		return parser.Bad(nil, "has no log_config: VPC Flow Logs are off for the subnetwork")
	}
	for _, c := range configs {
		fs := c.Get("flow_sampling")
		if u := setting.Unknown(fs); u != nil {
			return parser.Unknowable(u, "log_config.flow_sampling")
		}
		if zeroSampling(fs) {
			return parser.Bad(fs, "samples no flows: log_config.flow_sampling = 0 keeps VPC Flow Logs empty")
		}
	}
	return parser.Decided
}

// zeroSampling reports whether a known sampling rate is 0.
func zeroSampling(v *parser.Value) bool {
	switch {
	case v == nil:
		return false
	case v.Kind == parser.Number:
		return v.Num == 0
	case v.Kind == parser.String:
		f, err := strconv.ParseFloat(strings.TrimSpace(v.Str), 64)
		return err == nil && f == 0
	}
	return false
}
