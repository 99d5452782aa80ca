package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
)

// netPublicIPReads are the types checkNetPublicIP reads (Rule.Reads).
var netPublicIPReads = []string{"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

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
