package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// subnetRouting are the resources AWS-106 follows from a subnet to the
// internet gateway its IPv6 default route leads to.
var subnetRouting = []string{
	"aws_route_table_association", "aws_route_table", "aws_route", "aws_internet_gateway",
	"AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::InternetGateway",
}

// withSubnetIPv6Public extends AWS-106 (made by setting.Rule for
// map_public_ip_on_launch) with subnets that give every instance an IPv6
// address and route ::/0 to an internet gateway.
func withSubnetIPv6Public(r *engine.Rule) *engine.Rule {
	return setting.Also(r, subnetRouting, checkSubnetIPv6Public)
}

// checkSubnetIPv6Public reports a subnet that assigns an IPv6 address to
// every network interface created in it (assign_ipv6_address_on_creation,
// AssignIpv6AddressOnCreation; false by default) when a route table
// associated with it in the same root sends ::/0 to an internet gateway:
// IPv6 addresses are globally routable, so the instances are reachable from
// the internet wherever their security groups allow, as with public IPv4
// addresses. A subnet that map_public_ip_on_launch already reports, one
// whose route table is not declared, and one that reaches the internet
// only through an egress-only internet gateway are not reported.
func checkSubnetIPv6Public(p *engine.Pass) {
	mapPublic := setting.MustBeFalse(parser.A("map_public_ip_on_launch", "MapPublicIpOnLaunch"), false)
	assign := setting.MustBeFalse(parser.A("assign_ipv6_address_on_creation", "AssignIpv6AddressOnCreation"), false)
	for _, res := range p.ResourcesOfType("aws_subnet", "AWS::EC2::Subnet") {
		if res.Data || !p.BodyKnown(res) || mapPublic(res).Answer != parser.No {
			continue
		}
		v := assign(res)
		if v.Answer != parser.Yes {
			continue
		}
		if igw := subnetIPv6Gateway(p, res); igw != nil {
			p.Report(res, v.At, "%s: instances launched in the subnet get IPv6 addresses (assign_ipv6_address_on_creation) and its route table %s sends ::/0 to internet gateway %s", res.Address, igw.table.Address, igw.gateway)
		}
	}
}

type ipv6Route struct {
	table   *parser.Resource
	gateway string
}

// subnetIPv6Gateway returns the route of a route table associated with the
// subnet that sends ::/0 to an internet gateway, or nil.
func subnetIPv6Gateway(p *engine.Pass, subnet *parser.Resource) *ipv6Route {
	for _, assoc := range p.Referrers(subnet, "", "aws_route_table_association", "AWS::EC2::SubnetRouteTableAssociation") {
		for _, rt := range p.Referenced(assoc, "", "aws_route_table", "AWS::EC2::RouteTable") {
			if gw := tableIPv6Gateway(p, rt); gw != "" {
				return &ipv6Route{table: rt, gateway: gw}
			}
		}
	}
	return nil
}

// tableIPv6Gateway names the internet gateway a route table sends ::/0 to,
// in an inline route block or a separate route, or returns "".
func tableIPv6Gateway(p *engine.Pass, rt *parser.Resource) string {
	if rt.Format == parser.Terraform {
		blocks, _ := setting.Blocks(rt.Body.Get("route"))
		for _, b := range blocks {
			if b.Get("ipv6_cidr_block").IsAnyOf("::/0") {
				if gw := internetGateway(b.Get("gateway_id")); gw != "" {
					return gw
				}
			}
		}
		for _, r := range p.Referrers(rt, "route_table_id", "aws_route") {
			if r.Body.Get("destination_ipv6_cidr_block").IsAnyOf("::/0") {
				if gw := internetGateway(r.Body.Get("gateway_id")); gw != "" {
					return gw
				}
			}
		}
		return ""
	}
	for _, r := range p.Referrers(rt, "RouteTableId", "AWS::EC2::Route") {
		if !r.Body.Get("DestinationIpv6CidrBlock").IsAnyOf("::/0") {
			continue
		}
		if gws := p.Referenced(r, "GatewayId", "AWS::EC2::InternetGateway"); len(gws) > 0 {
			return gws[0].Address
		}
	}
	return ""
}

// internetGateway names the internet gateway a Terraform gateway_id is: a
// literal igw- id, or a value computed from an aws_internet_gateway only.
func internetGateway(v *parser.Value) string {
	if s, ok := v.AsString(); ok {
		if strings.HasPrefix(s, "igw-") {
			return s
		}
		return ""
	}
	if parser.ComputedFrom(v, func(addr string) bool { return parser.ResourceType(addr) == "aws_internet_gateway" }) {
		return v.Refs()[0]
	}
	return ""
}
