package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

func netOpenSensitivePort() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-001",
		Name:     "nsg-open-sensitive-port",
		Title:    "Network security group allows inbound traffic from the internet to an administration or database port",
		Severity: engine.Critical,
		Description: "A network security group rule allows inbound traffic from any source (\"*\", \"Internet\", " +
			"\"Any\", 0.0.0.0/0 or ::/0) to a port that serves remote administration (SSH, RDP, WinRM, VNC) or a " +
			"data store (SQL Server, PostgreSQL, MySQL, Redis, ...), or to all ports. Such ports are scanned and " +
			"brute-forced within minutes of being exposed. Both azurerm_network_security_rule and the inline " +
			"security_rule blocks of azurerm_network_security_group are read; rules whose access, direction, " +
			"protocol, source or ports are not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Allow the port only from known address ranges or a VPN, or use Azure Bastion or just-in-time VM access instead of an open port."},
		Checklist:   []string{"NET-1"},
		SOC2:        []string{"CC6.6"},
		Provider:    "azure",
		Links: []string{
			"https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule",
		},
		Precision: "very-high",
		Check:     checkNetOpenSensitivePort,
	}
}

func checkNetOpenSensitivePort(p *engine.Pass) {
	netEachNSGRule(p, func(res *parser.Resource, rule *parser.Value, name string) {
		netCheckNSGRule(p, res, rule, name)
	})
}

// netEachNSGRule calls fn with every network security group rule: the
// body of an azurerm_network_security_rule, and each inline security_rule
// of an azurerm_network_security_group, with the name a message gives it.
func netEachNSGRule(p *engine.Pass, fn func(res *parser.Resource, rule *parser.Value, name string)) {
	for _, res := range p.ResourcesOfType("azurerm_network_security_rule", "azurerm_network_security_group") {
		if res.Type == "azurerm_network_security_rule" {
			fn(res, res.Body, res.Address)
			continue
		}
		for _, rule := range res.Body.Get("security_rule").Items() {
			name := res.Address + " security_rule"
			if n, ok := rule.Get("name").AsString(); ok {
				name += ` "` + n + `"`
			}
			fn(res, rule, name)
		}
	}
}

// netCheckNSGRule reports an inbound Allow rule from the internet to a
// sensitive port, at each internet source.
func netCheckNSGRule(p *engine.Pass, res *parser.Resource, rule *parser.Value, name string) {
	if !netexposure.StringIs(rule.Get("access"), "Allow") || !netexposure.StringIs(rule.Get("direction"), "Inbound") {
		return
	}
	if !netexposure.StringIs(rule.Get("protocol"), "*", "Tcp", "Udp") {
		// ICMP, ESP and AH carry no ports; an unknown protocol is not judged.
		return
	}
	ports := netDescribePorts(netStrings(rule.Get("destination_port_range"), rule.Get("destination_port_ranges")))
	if ports == "" {
		return
	}
	for _, src := range netStrings(rule.Get("source_address_prefix"), rule.Get("source_address_prefixes")) {
		if netIsInternetSource(src) {
			p.Report(res, src, "%s allows inbound traffic from %q to %s", name, src.Str, ports)
		}
	}
}
