package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func netSubnetFlowLogs() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-002",
		Name:     "subnet-flow-logs-disabled",
		Title:    "VPC subnetwork has no flow logs",
		Severity: engine.Medium,
		Description: "A google_compute_subnetwork for VM traffic (purpose PRIVATE, or unset) has no log_config " +
			"block, so VPC Flow Logs are off for it. Without flow logs there is no record of which addresses " +
			"talked to which, and anomalous connections cannot be detected or investigated. Proxy-only and " +
			"other special-purpose subnetworks, which cannot have flow logs, are not reported.",
		Remediation: engine.Remediation{Summary: "Add a log_config block to the subnetwork to turn on VPC Flow Logs."},
		Checklist:   []string{"NET-2"},
		Links: []string{
			"https://cloud.google.com/vpc/docs/flow-logs",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork",
		},
		Precision: "high",
		Check:     checkNetSubnetFlowLogs,
	}
}

func checkNetSubnetFlowLogs(p *engine.Pass) {
	for _, s := range p.ResourcesOfType("google_compute_subnetwork") {
		b := s.Body
		if !p.BodyKnown(s) {
			continue
		}
		if purpose := b.Get("purpose"); !purpose.IsNull() && !netexposure.StringIs(purpose, "PRIVATE", "PRIVATE_RFC_1918") {
			continue
		}
		lc := b.Get("log_config")
		if lc.IsNull() || lc.Kind == parser.List && len(lc.Elems) == 0 {
			p.Report(s, nil, "%s has no log_config: VPC Flow Logs are off for the subnetwork", s.Address)
		}
	}
}
