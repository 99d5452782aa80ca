package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage13rRules are the rules added from Regula's AWS rule tests
// (issue 9, session 13).
func coverage13rRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-253", Check: checkDefaultSecurityGroupRules},
	}
}

// defaultSGRuleTypes are the standalone security group rules, with the
// attribute that names the group they belong to.
var defaultSGRuleTypes = map[string]string{
	"aws_security_group_rule":             "security_group_id",
	"aws_vpc_security_group_ingress_rule": "security_group_id",
	"aws_vpc_security_group_egress_rule":  "security_group_id",
	"AWS::EC2::SecurityGroupIngress":      "GroupId",
	"AWS::EC2::SecurityGroupEgress":       "GroupId",
}

// checkDefaultSecurityGroupRules is AWS-253: a rule written on a VPC's
// default security group. Every VPC has one, and instances, endpoints
// and functions launched without a group of their own get it, so a rule
// on it opens whatever is placed there by omission. Terraform's
// aws_default_security_group removes every rule it does not write; a
// standalone rule reaches the default group through the group resource
// or the VPC's default_security_group_id (CloudFormation: Fn::GetAtt
// VPC.DefaultSecurityGroup), the only security group a VPC resource
// exports.
func checkDefaultSecurityGroupRules(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_default_security_group") {
		for _, dir := range []string{"ingress", "egress"} {
			blocks, u := setting.Blocks(res.Body.Get(dir))
			switch {
			case u != nil:
				p.CannotTell(res, u, parser.Unknowable(u, dir).Detail)
			case len(blocks) > 0:
				p.Report(res, blocks[0], "%s keeps %s rules on the VPC's default security group: anything launched in the VPC without a security group of its own gets them", res.Address, dir)
			}
		}
	}
	for _, res := range p.ResourcesOfType("aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
		"AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress") {
		attr := defaultSGRuleTypes[res.Type]
		for _, g := range p.Referenced(res, attr, "aws_default_security_group", "aws_vpc", "AWS::EC2::VPC") {
			p.Report(res, res.Body.Get(attr), "%s adds a rule to the default security group of %s: anything launched in the VPC without a security group of its own gets it", res.Address, g.Address)
			break
		}
	}
}
