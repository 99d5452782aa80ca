package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

func netPublicIP() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-003",
		Name:     "instance-public-ip",
		Title:    "Compute Engine instance has a public IP address",
		Severity: engine.High,
		Description: "A google_compute_instance (or instance template) network interface has an access_config or " +
			"ipv6_access_config block, which gives the VM an external IP address reachable from the internet. " +
			"Internal applications and data stores should be reachable only privately, through a load " +
			"balancer, Identity-Aware Proxy or Cloud NAT for outbound traffic. Some instances (bastions, " +
			"edge proxies) need one on purpose; suppress the finding for them.",
		Remediation: engine.Remediation{Summary: "Remove access_config from the network interface; use Cloud NAT for outbound traffic and IAP or a load balancer for inbound."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/compute/docs/ip-addresses#externaladdresses",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config",
		},
		Precision: "medium",
		Check:     checkNetPublicIP,
	}
}

func checkNetPublicIP(p *engine.Pass) {
	for _, vm := range p.ResourcesOfType("google_compute_instance", "google_compute_instance_template",
		"google_compute_region_instance_template") {
		for _, ni := range vm.Body.Get("network_interface").Items() {
			for _, attr := range []string{"access_config", "ipv6_access_config"} {
				for _, ac := range ni.Get(attr).Items() {
					p.Report(vm, ac, "%s has a network interface with %s: the VM gets an external IP address", vm.Address, attr)
				}
			}
		}
	}
}
