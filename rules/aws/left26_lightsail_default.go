package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// lightsailInstances are the Lightsail instances whose firewall AWS-001
// judges when no port list replaces Lightsail's default one.
var lightsailInstances = []string{"aws_lightsail_instance", "AWS::Lightsail::Instance"}

// checkLightsailDefaultFirewall reports (AWS-001) a Lightsail instance
// whose firewall keeps the rules Lightsail gives every new instance: SSH
// (TCP 22) open to all IP addresses on every blueprint, and RDP (TCP 3389)
// too on the Windows Server and SQL Server blueprints (the Lightsail
// guide's "Default Lightsail firewall rules"; the IPv4 and the IPv6
// firewall alike). A Terraform instance keeps them when no
// aws_lightsail_instance_public_ports of its root names it (by reference
// or by its literal name): that resource replaces the whole list
// (PutInstancePublicPorts). A CloudFormation instance keeps them when it
// writes no Networking.Ports: the resource handler replaces the ports only
// when the list has an entry. A port list whose instance cannot be told
// may be this one's: a note.
func checkLightsailDefaultFirewall(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(lightsailInstances...) {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		if res.Type == "AWS::Lightsail::Instance" {
			// Entries (and an unknown list) are judged port by port.
			if entries, unknown := setting.Blocks(res.Body.Path("Networking", "Ports")); len(entries) > 0 || unknown != nil {
				continue
			}
		} else if replaced, maybe := lightsailPortsReplaced(p, res); replaced {
			continue
		} else if maybe != nil {
			p.CannotTell(res, nil, maybe.Address+" may replace this instance's default firewall: the instance it names is not known statically")
			continue
		}
		ports := []int{22}
		blueprint := parser.A("blueprint_id", "BlueprintId").Of(res)
		if b, ok := blueprint.AsString(); ok && lightsailWindowsBlueprint(b) {
			ports = append(ports, 3389)
		}
		what := "declares no Networking.Ports"
		if res.Format == parser.Terraform {
			what = "has no aws_lightsail_instance_public_ports"
		}
		p.Report(res, nil, "%s %s, so it keeps Lightsail's default firewall, which opens %s to every IPv4 and IPv6 address",
			res.Address, what, netexposure.DescribeHits(ports))
	}
}

// lightsailWindowsBlueprint reports whether a Lightsail blueprint is one
// of the Windows ones (windows_server_2022, windows_2016_sql_2016_express
// ...), whose default firewall also opens RDP.
func lightsailWindowsBlueprint(id string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(id)), "windows")
}

// lightsailPortsReplaced reports whether an aws_lightsail_instance_public_ports
// of the instance's root names the instance, by reference or by its
// literal name; when none does, maybe is one whose instance is not known
// statically.
func lightsailPortsReplaced(p *engine.Pass, res *parser.Resource) (replaced bool, maybe *parser.Resource) {
	if len(p.Referrers(res, "instance_name", "aws_lightsail_instance_public_ports")) > 0 {
		return true, nil
	}
	name, named := res.Body.Get("name").AsString()
	for _, pp := range p.InRoot(res, "aws_lightsail_instance_public_ports") {
		if pp.Data {
			continue
		}
		v := pp.Body.Get("instance_name")
		if s, ok := v.AsString(); ok {
			if named && s == name {
				return true, nil
			}
			continue
		}
		if v != nil && v.Kind == parser.Unknown && len(v.Refs()) > 0 {
			for _, a := range v.Refs() {
				if lightsailSameInstance(a, res.Address) {
					return true, nil
				}
			}
			continue // another instance's name
		}
		if maybe == nil && (v != nil && v.Kind == parser.Unknown || !pp.Body.IsKnown()) {
			maybe = pp
		}
	}
	return false, maybe
}

// lightsailSameInstance reports whether addr is the instance's address or
// one of its instances' ("aws_lightsail_instance.web" for
// "aws_lightsail_instance.web[0]").
func lightsailSameInstance(addr, inst string) bool {
	return addr == inst || strings.HasPrefix(inst, addr+"[") || strings.HasPrefix(addr, inst+".") || strings.HasPrefix(addr, inst+"[")
}

// cidrList names the address ranges of one rule that a finding reports:
// "0.0.0.0/0", or "0.0.0.0/0 and ::/0".
func cidrList(cidrs []*parser.Value) string {
	var names []string
	for _, c := range cidrs {
		if !slices.Contains(names, c.Str) {
			names = append(names, c.Str)
		}
	}
	switch len(names) {
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
