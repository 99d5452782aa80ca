package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func covVMPublicIP() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-107",
		Name:     "vm-public-ip",
		Title:    "Network interface, scale set or AKS node pool gives virtual machines a public IP address",
		Severity: engine.High,
		Description: "An azurerm_network_interface ip_configuration names a public_ip_address_id, or a virtual " +
			"machine scale set's network_interface ip_configuration has a public_ip_address block: the virtual " +
			"machines get an address on the internet, reachable as far as their network security groups allow. " +
			"Internal applications should be reached through a load balancer, Application Gateway or Azure " +
			"Bastion, with a NAT gateway for outbound traffic. Some machines (bastions, edge proxies) need one on " +
			"purpose; suppress the finding for them. A public IP id not known statically still names a public " +
			"IP and is reported. AKS node pools that give each node a public IP (node_public_ip_enabled, " +
			"enable_node_public_ip in azurerm 3.x; off by default) are reported too.",
		Remediation: engine.Remediation{Summary: "Remove public_ip_address_id (public_ip_address) and reach the machines through a load balancer or Azure Bastion; use a NAT gateway for outbound traffic."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_interface#public_ip_address_id",
			"https://learn.microsoft.com/azure/aks/use-node-public-ips",
		},
		Precision: "medium",
		Check:     checkCovVMPublicIP,
	}
}

func checkCovVMPublicIP(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("azurerm_network_interface") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		for _, ipc := range res.Body.Get("ip_configuration").Items() {
			v := ipc.Get("public_ip_address_id")
			switch parser.Set(v) {
			case parser.Yes:
				p.Report(res, v, "%s: the network interface has a public IP address (public_ip_address_id is set)", res.Address)
			case parser.CannotTell:
				if len(v.Refs) > 0 {
					// A reference to a public IP resource or data source.
					p.Report(res, v, "%s: the network interface has a public IP address (public_ip_address_id is set)", res.Address)
				} else {
					p.CannotTell(res, v, parser.Unknowable(v, "public_ip_address_id").Detail)
				}
			}
		}
	}
	for _, res := range p.ResourcesOfType("azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set",
		"azurerm_orchestrated_virtual_machine_scale_set") {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		for _, ni := range res.Body.Get("network_interface").Items() {
			for _, ipc := range ni.Get("ip_configuration").Items() {
				for _, pub := range ipc.Get("public_ip_address").Items() {
					p.Report(res, pub, "%s: the scale set gives each instance a public IP address (ip_configuration public_ip_address)", res.Address)
				}
			}
		}
	}
	checkCov3AKSNodePublicIP(p) // cov3_aks.go
}
