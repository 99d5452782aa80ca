package azure

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// tc24Rules are the rules added from iacsecurity/tool-compare's Azure cases
// (session 24, AZURE-187 and up).
func tc24Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-187", Check: checkBasicLBAdminPortWithoutNSG, Reads: tc24LBReads},
		{ID: "AZURE-188", Check: checkScaleSetGuestLogs, Reads: tc24ScaleSetReads},
	}
}

// tc24ScaleSets are the scale set types whose network interfaces join a
// load balancer's backend pool or inbound NAT pool.
var tc24ScaleSets = []string{"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set",
	"azurerm_virtual_machine_scale_set", "azurerm_orchestrated_virtual_machine_scale_set"}

var tc24LBReads = append([]string{"azurerm_lb", "azurerm_lb_rule", "azurerm_lb_nat_rule", "azurerm_lb_nat_pool",
	"azurerm_lb_backend_address_pool", "azurerm_public_ip", "azurerm_network_interface",
	"azurerm_network_interface_backend_address_pool_association", "azurerm_network_interface_nat_rule_association",
	"azurerm_subnet", cov6SubnetNSG, cov6NICNSG}, tc24ScaleSets...)

// checkBasicLBAdminPortWithoutNSG reports load balancing rules, inbound NAT
// rules and inbound NAT pools of a public Basic load balancer that forward
// an administration or database port to machines no network security group
// filters. A Basic load balancer is open to the internet by default (a
// Standard one is closed until a network security group allows the
// traffic), so with no group on the machines' interfaces or subnets the
// port is reachable from everywhere.
func checkBasicLBAdminPortWithoutNSG(p *engine.Pass) {
	for _, typ := range []string{"azurerm_lb_rule", "azurerm_lb_nat_rule", "azurerm_lb_nat_pool"} {
		for _, r := range p.KnownManaged(typ) {
			port := r.Body.Get("backend_port")
			n, known := port.AsInt()
			var hits []int
			if known {
				hits, _ = netexposure.RangeHits(n, n)
				if r.Body.Get("protocol").IsAnyOf("Udp") {
					hits = netexposure.UDPHits(hits)
				}
				if len(hits) == 0 {
					continue
				}
			}
			lb, frontend := tc24PublicBasicFrontend(p, r)
			if lb == nil {
				continue
			}
			open := tc24UnfilteredBackends(p, r)
			if len(open) == 0 {
				continue
			}
			if !known {
				p.CannotTell(r, port, "backend_port is not known statically")
				continue
			}
			to := open[0].Address
			if len(open) > 1 {
				to += fmt.Sprintf(" and %d more", len(open)-1)
			}
			p.Report(r, port, "%s forwards %s from the public frontend %q of Basic load balancer %s to %s, which no network security group filters: a Basic load balancer is open to the internet by default",
				r.Address, netexposure.DescribeHits(hits), frontend, lb.Address, to)
		}
	}
}

// tc24PublicBasicFrontend returns the load balancer of rule r and the name
// of its frontend when that frontend has a public address and the load
// balancer is of the Basic SKU; nil otherwise.
func tc24PublicBasicFrontend(p *engine.Pass, r *parser.Resource) (*parser.Resource, string) {
	lbs := p.Referenced(r, "loadbalancer_id", "azurerm_lb")
	if len(lbs) != 1 || lbs[0].Data {
		return nil, ""
	}
	lb := lbs[0]
	name, ok := r.Body.Get("frontend_ip_configuration_name").AsString()
	if !ok {
		return nil, ""
	}
	public := false
	for _, fe := range lb.Body.Get("frontend_ip_configuration").Items() {
		if fe.Get("name").IsAnyOf(name) {
			public = parser.Set(fe.Get("public_ip_address_id")) != parser.No || parser.Set(fe.Get("public_ip_prefix_id")) != parser.No
		}
	}
	if !public || !tc24BasicSKU(p, lb) {
		return nil, ""
	}
	return lb, name
}

// tc24BasicSKU reports whether load balancer lb is of the Basic SKU: its
// sku says so, or, when sku is not written (its default depends on the
// provider version), a public IP address of its frontends is Basic (sku
// Basic, or no sku and a Dynamic allocation, which only Basic addresses
// take), as a load balancer and its public addresses share one SKU.
func tc24BasicSKU(p *engine.Pass, lb *parser.Resource) bool {
	if sku := lb.Body.Get("sku"); !sku.IsNull() {
		return sku.IsAnyOf("Basic")
	}
	for _, ip := range p.Referenced(lb, "public_ip_address_id", "azurerm_public_ip") {
		sku := ip.Body.Get("sku")
		if sku.IsAnyOf("Basic") || sku.IsNull() && ip.Body.Get("allocation_method").IsAnyOf("Dynamic") {
			return true
		}
	}
	return false
}

// tc24UnfilteredBackends returns the network interfaces and scale sets that
// rule r sends traffic to and that no network security group filters.
func tc24UnfilteredBackends(p *engine.Pass, r *parser.Resource) []*parser.Resource {
	var nics, sets []*parser.Resource
	switch r.Type {
	case "azurerm_lb_rule":
		pools := append(p.Referenced(r, "backend_address_pool_ids", "azurerm_lb_backend_address_pool"),
			p.Referenced(r, "backend_address_pool_id", "azurerm_lb_backend_address_pool")...)
		for _, pool := range pools {
			for _, a := range p.Referrers(pool, "backend_address_pool_id", "azurerm_network_interface_backend_address_pool_association") {
				nics = append(nics, p.Referenced(a, "network_interface_id", "azurerm_network_interface")...)
			}
			nics = append(nics, p.Referrers(pool, "load_balancer_backend_address_pool_ids", "azurerm_network_interface")...)
			sets = append(sets, p.Referrers(pool, "load_balancer_backend_address_pool_ids", tc24ScaleSets...)...)
		}
	case "azurerm_lb_nat_rule":
		for _, a := range p.Referrers(r, "nat_rule_id", "azurerm_network_interface_nat_rule_association") {
			nics = append(nics, p.Referenced(a, "network_interface_id", "azurerm_network_interface")...)
		}
		nics = append(nics, p.Referrers(r, "load_balancer_inbound_nat_rules_ids", "azurerm_network_interface")...)
	case "azurerm_lb_nat_pool":
		sets = append(sets, p.Referrers(r, "load_balancer_inbound_nat_rules_ids", tc24ScaleSets...)...)
	}
	var open []*parser.Resource
	seen := map[*parser.Resource]bool{}
	for _, nic := range nics {
		if seen[nic] || nic.Data {
			continue
		}
		seen[nic] = true
		if !tc24NICFiltered(p, nic) {
			open = append(open, nic)
		}
	}
	for _, s := range sets {
		if seen[s] || s.Data {
			continue
		}
		seen[s] = true
		if !tc24ScaleSetFiltered(p, s) {
			open = append(open, s)
		}
	}
	return open
}

// tc24NICFiltered reports whether a network security group is, or may be,
// associated with the interface or the subnet it sits in. An interface
// whose subnet is not declared in the scan is given the benefit of the
// doubt.
func tc24NICFiltered(p *engine.Pass, nic *parser.Resource) bool {
	if parser.Set(nic.Body.Get("network_security_group_id")) != parser.No { // azurerm 1.x
		return true
	}
	if found, unresolved := covAttached(p, nic, covAttachment{"network_interface_id", cov6NICNSG, "networkinterfaces", ""}); len(found) > 0 || unresolved {
		return true
	}
	return tc24SubnetsFiltered(p, nic)
}

// tc24ScaleSetFiltered reports whether a scale set's network interfaces
// name a network security group, or its subnets have (or may have) one.
func tc24ScaleSetFiltered(p *engine.Pass, s *parser.Resource) bool {
	for _, path := range []string{"network_interface", "network_profile"} {
		for _, ni := range s.Body.Get(path).Items() {
			if parser.Set(ni.Get("network_security_group_id")) != parser.No {
				return true
			}
		}
	}
	return tc24SubnetsFiltered(p, s)
}

func tc24SubnetsFiltered(p *engine.Pass, res *parser.Resource) bool {
	subnets := p.Referenced(res, "subnet_id", "azurerm_subnet")
	if len(subnets) == 0 {
		return true
	}
	for _, sn := range subnets {
		if sn.Data || cov6SubnetFiltered(p, sn) {
			return true
		}
	}
	return false
}

// tc24GuestLogAgents are the VM extension types that collect a machine's
// guest operating system logs (event logs, syslog) and send them to a Log
// Analytics workspace or a storage account: the Azure Monitor agent, the
// legacy Log Analytics agent, and the Azure Diagnostics extensions.
var tc24GuestLogAgents = []string{"AzureMonitorWindowsAgent", "AzureMonitorLinuxAgent",
	"MicrosoftMonitoringAgent", "OmsAgentForLinux", "IaaSDiagnostics", "LinuxDiagnostic"}

var tc24ScaleSetReads = append([]string{"azurerm_virtual_machine_scale_set_extension"}, tc24ScaleSets...)

// checkScaleSetGuestLogs reports scale sets that run no extension
// collecting their guest operating system logs: none in their extension
// blocks, and no azurerm_virtual_machine_scale_set_extension naming them.
func checkScaleSetGuestLogs(p *engine.Pass) {
	for _, s := range p.KnownManaged(tc24ScaleSets...) {
		exts, unknown := setting.Blocks(s.Body.Get("extension"))
		collects := false
		for _, ext := range exts {
			t := ext.Get("type")
			switch {
			case t.IsAnyOf(tc24GuestLogAgents...):
				collects = true
			case parser.Set(t) == parser.CannotTell:
				unknown = t
			}
		}
		found, unresolved := covAttached(p, s, covAttachment{"virtual_machine_scale_set_id", "azurerm_virtual_machine_scale_set_extension", "virtualmachinescalesets", ""})
		for _, ext := range found {
			t := ext.Body.Get("type")
			switch {
			case t.IsAnyOf(tc24GuestLogAgents...):
				collects = true
			case parser.Set(t) == parser.CannotTell:
				unknown = t
			}
		}
		switch {
		case collects:
		case unresolved:
			p.CannotTell(s, nil, "an azurerm_virtual_machine_scale_set_extension in this module names a scale set not known statically")
		case unknown != nil:
			p.CannotTell(s, unknown, "an extension type is not known statically")
		default:
			p.Report(s, nil, "%s: the instances' guest operating system logs (event logs, syslog) are collected nowhere: no Azure Monitor agent, Log Analytics agent or diagnostics extension", s.Address)
		}
	}
}
