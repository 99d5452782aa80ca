package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// covVMPublicIPReads are the types checkCovVMPublicIP reads (Rule.Reads).
var covVMPublicIPReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_container_group", "azurerm_databricks_workspace", "azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool", "azurerm_linux_virtual_machine_scale_set", "azurerm_network_interface", "azurerm_orchestrated_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"}

func checkCovVMPublicIP(p *engine.Pass) {
	for _, res := range p.KnownManaged("azurerm_network_interface") {
		for _, ipc := range res.Body.Get("ip_configuration").Items() {
			v := ipc.Get("public_ip_address_id")
			switch parser.Set(v) {
			case parser.Yes:
				p.Report(res, v, "%s: the network interface has a public IP address (public_ip_address_id is set)", res.Address)
			case parser.CannotTell:
				if len(v.Refs()) > 0 {
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
	gap28ArmNodePublicIP.Run(p) // gap28_azapi.go
	cov6DatabricksPublicIP.Run(p)
}
