package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

const netFlowLog = "azurerm_network_watcher_flow_log"

// netNSGFlowLogsReads are the types checkNetNSGFlowLogs reads (Rule.Reads).
var netNSGFlowLogsReads = []string{"azurerm_network_interface", "azurerm_network_interface_security_group_association", "azurerm_network_security_group", "azurerm_network_watcher_flow_log", "azurerm_subnet", "azurerm_subnet_network_security_group_association", "azurerm_virtual_network"}

func checkNetNSGFlowLogs(p *engine.Pass) {
	// Roots holding a flow log whose target cannot be known.
	anyTarget := map[string]bool{}
	for _, fl := range p.ResourcesOfType(netFlowLog) {
		if p.Unresolved(fl, "network_security_group_id") || p.Unresolved(fl, "target_resource_id") {
			anyTarget[fl.Root] = true
		}
	}
	for _, nsg := range p.ResourcesOfType("azurerm_network_security_group") {
		if anyTarget[nsg.Root] || netFlowLogged(p, nsg) {
			continue
		}
		// The places the group filters traffic: subnets (associations,
		// inline subnet blocks of a virtual network) and interfaces.
		var places []bool
		for _, a := range p.Referrers(nsg, "network_security_group_id", "azurerm_subnet_network_security_group_association") {
			for _, s := range p.Referenced(a, "subnet_id", "azurerm_subnet") {
				places = append(places, netSubnetLogged(p, s))
			}
		}
		for _, vnet := range p.Referrers(nsg, "security_group", "azurerm_virtual_network") {
			places = append(places, netFlowLogged(p, vnet))
		}
		for _, a := range p.Referrers(nsg, "network_security_group_id", "azurerm_network_interface_security_group_association") {
			for _, nic := range p.Referenced(a, "network_interface_id", "azurerm_network_interface") {
				logged := netFlowLogged(p, nic)
				if !logged {
					subnets := p.Referenced(nic, "subnet_id", "azurerm_subnet")
					for _, s := range subnets {
						logged = netSubnetLogged(p, s)
						if !logged {
							break
						}
					}
					logged = logged && len(subnets) > 0
				}
				places = append(places, logged)
			}
		}
		if len(places) > 0 && !netContainsFalse(places) {
			continue
		}
		p.Report(nsg, nil, "%s has no flow log (NSG or virtual network): the traffic it allows and denies is not recorded", nsg.Address)
	}
}

// netFlowLogged reports whether a flow log refers to target through
// network_security_group_id or target_resource_id.
func netFlowLogged(p *engine.Pass, target *parser.Resource) bool {
	return len(p.Referrers(target, "network_security_group_id", netFlowLog)) > 0 ||
		len(p.Referrers(target, "target_resource_id", netFlowLog)) > 0
}

// netSubnetLogged reports whether a subnet, or the virtual network it is
// in, has a flow log.
func netSubnetLogged(p *engine.Pass, subnet *parser.Resource) bool {
	if netFlowLogged(p, subnet) {
		return true
	}
	for _, vnet := range p.Referenced(subnet, "virtual_network_name", "azurerm_virtual_network") {
		if netFlowLogged(p, vnet) {
			return true
		}
	}
	return false
}

func netContainsFalse(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return true
		}
	}
	return false
}
