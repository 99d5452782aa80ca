package aws

import (
	"fmt"
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// prefixListTypes are the customer-managed prefix lists a security group
// rule may name as its source instead of CIDR blocks, and the standalone
// entries a Terraform prefix list may take its ranges from.
var prefixListTypes = []string{"aws_ec2_managed_prefix_list", "aws_ec2_managed_prefix_list_entry", "AWS::EC2::PrefixList"}

// sgPrefixListAttr is the attribute path through which the i-th ingress
// permission of res names its prefix lists, and the value written there.
func sgPrefixListAttr(res *parser.Resource, i int) (string, *parser.Value) {
	b := res.Body
	switch res.Type {
	case "aws_security_group", "aws_default_security_group":
		if items := b.Get(sgIngress.block).Items(); i < len(items) {
			return fmt.Sprintf("%s[%d].prefix_list_ids", sgIngress.block, i), items[i].Get("prefix_list_ids")
		}
	case "aws_security_group_rule":
		return "prefix_list_ids", b.Get("prefix_list_ids")
	case sgIngress.vpcRule:
		return "prefix_list_id", b.Get("prefix_list_id")
	case "AWS::EC2::SecurityGroup":
		if items := b.Get(sgIngress.cfnProp).Items(); i < len(items) {
			return fmt.Sprintf("%s[%d].SourcePrefixListId", sgIngress.cfnProp, i), items[i].Get("SourcePrefixListId")
		}
	case sgIngress.cfnRule:
		return "SourcePrefixListId", b.Get("SourcePrefixListId")
	}
	return "", nil
}

// sgPrefixListWorld returns the internet ranges (0.0.0.0/0, ::/0 and the
// like) held by the customer-managed prefix lists of the scanned code that
// the i-th ingress permission of res admits, the value that names them,
// and the prefix lists' addresses. A prefix list not in the scanned code
// (an AWS-managed one, or one named by a literal ID) gives nothing.
func sgPrefixListWorld(p *engine.Pass, res *parser.Resource, i int) (world []*parser.Value, at *parser.Value, names []string) {
	attr, at := sgPrefixListAttr(res, i)
	if at == nil {
		return nil, nil, nil
	}
	for _, pl := range p.ReferencedUnder(res, attr, "aws_ec2_managed_prefix_list", "AWS::EC2::PrefixList") {
		var cidrs []*parser.Value
		switch pl.Type {
		case "aws_ec2_managed_prefix_list":
			for _, e := range pl.Body.Get("entry").Items() {
				cidrs = append(cidrs, e.Get("cidr"))
			}
			for _, e := range p.Referrers(pl, "prefix_list_id", "aws_ec2_managed_prefix_list_entry") {
				cidrs = append(cidrs, e.Body.Get("cidr"))
			}
		case "AWS::EC2::PrefixList":
			for _, e := range pl.Body.Get("Entries").Items() {
				cidrs = append(cidrs, e.Get("Cidr"))
			}
		}
		w := slices.DeleteFunc(cidrs, func(v *parser.Value) bool { return v == nil || !netexposure.IsInternetCIDR(v) })
		if len(w) > 0 {
			world = append(world, w...)
			names = append(names, pl.Address)
		}
	}
	return world, at, names
}
