package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// netOpenSensitivePortReads are the types checkNetOpenSensitivePort reads (Rule.Reads).
var netOpenSensitivePortReads = []string{"azapi_resource", "azapi_update_resource", "azurerm_network_security_group", "azurerm_network_security_rule"}

func checkNetOpenSensitivePort(p *engine.Pass) {
	// Inline rules that cannot be told (a dynamic block over a collection
	// without a value) may be any rule.
	for _, res := range p.ResourcesOfType("azurerm_network_security_group") {
		if _, hidden := setting.Blocks(res.Body.Get("security_rule")); hidden != nil {
			p.CannotTell(res, hidden, parser.Unknowable(hidden, "security_rule").Detail)
		}
	}
	netEachNSGRule(p, func(res *parser.Resource, rule *parser.Value, name string) {
		netCheckNSGRule(p, res, rule, name)
	})
	checkARMNSGRules(p) // azapi26_network.go
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
// sensitive port, at each internet source. A rule that would be reported
// but for a value that cannot be told (its access, direction, protocol,
// ports or source) is undecided.
func netCheckNSGRule(p *engine.Pass, res *parser.Resource, rule *parser.Value, name string) {
	var unknown *parser.Value
	var unknownName string
	maybe := func(v *parser.Value, attr string) {
		if unknown == nil {
			unknown, unknownName = v, attr
		}
	}
	for _, kw := range []struct {
		attr string
		want []string
	}{
		{"access", []string{"Allow"}},
		{"direction", []string{"Inbound"}},
		// ICMP, ESP and AH carry no ports.
		{"protocol", []string{"*", "Tcp", "Udp"}},
	} {
		v := rule.Get(kw.attr)
		switch {
		case netexposure.StringIs(v, kw.want...):
		case setting.Unknown(v) != nil:
			maybe(v, kw.attr)
		default:
			return
		}
	}
	specs, hiddenPort := netSpecs(rule, "destination_port_range", "destination_port_ranges")
	ports := netDescribePorts(specs, netexposure.StringIs(rule.Get("protocol"), "Udp"))
	if ports == "" {
		if hiddenPort == nil {
			return
		}
		maybe(hiddenPort, "destination port")
	}
	srcs, hiddenSrc := netSpecs(rule, "source_address_prefix", "source_address_prefixes")
	var world []*parser.Value
	for _, src := range srcs {
		if netIsInternetSource(src) || netexposure.IsInternetCIDR(src) {
			world = append(world, src)
		}
	}
	if len(world) == 0 {
		if hiddenSrc == nil {
			return
		}
		maybe(hiddenSrc, "source address prefix")
	}
	if unknown != nil {
		p.CannotTell(res, unknown, parser.Unknowable(unknown, name+" "+unknownName).Detail)
		return
	}
	for _, src := range world {
		p.Report(res, src, "%s allows inbound traffic from %q to %s", name, src.Str, ports)
	}
}

// netSpecs returns the known values of a rule's singular attribute and its
// plural list (source_address_prefix and source_address_prefixes), with
// the first that cannot be told.
func netSpecs(rule *parser.Value, attr, plural string) (known []*parser.Value, unknown *parser.Value) {
	one := rule.Get(attr)
	if u := setting.Unknown(one); u != nil {
		unknown = u
	} else if one != nil && one.Kind != parser.List {
		known = append(known, one)
	}
	many, u := setting.Elems(rule.Get(plural))
	if unknown == nil {
		unknown = u
	}
	return append(known, many...), unknown
}
