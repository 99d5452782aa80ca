package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// The settings by which an EC2 instance, or the launch template it is
// launched from, names its security groups; an instance that names none
// is placed in its VPC's default security group.
var (
	instanceGroups = []parser.Attr{parser.A("vpc_security_group_ids", "SecurityGroupIds"),
		parser.A("security_groups", "SecurityGroups"), parser.A("network_interface", "NetworkInterfaces")}
	templateGroups = []parser.Attr{parser.A("vpc_security_group_ids", "LaunchTemplateData.SecurityGroupIds"),
		parser.A("security_group_names", "LaunchTemplateData.SecurityGroups"),
		parser.A("network_interfaces", "LaunchTemplateData.NetworkInterfaces")}
	instanceTemplate = parser.A("launch_template", "LaunchTemplate")
	instanceSubnet   = parser.A("subnet_id", "SubnetId")
	subnetVPC        = parser.A("vpc_id", "VpcId")
)

// checkInstancesInDefaultGroup is the second half of AWS-253: an EC2
// instance that names no security group, launched into a subnet of a VPC
// the same code creates, is placed in that VPC's default security group,
// which keeps AWS's initial rules (all outbound traffic, inbound from the
// group's own members) unless the code manages it with an
// aws_default_security_group (CloudFormation cannot remove them). An
// instance in a subnet the code does not create (a default VPC, an input)
// is not judged: nothing in the code says what its default group allows.
func checkInstancesInDefaultGroup(p *engine.Pass) {
	for _, inst := range p.KnownResources("aws_instance", "AWS::EC2::Instance") {
		vpc := instanceVPC(p, inst)
		if vpc == nil || managesDefaultGroup(p, vpc) {
			continue
		}
		names, hidden := namesGroups(p, inst, instanceGroups)
		if hidden != nil {
			p.CannotTell(inst, hidden, parser.Unknowable(hidden, "the security groups of the instance").Detail)
			continue
		}
		if names {
			continue
		}
		if tv := instanceTemplate.Of(inst); !tv.IsNull() {
			tpls := p.Referenced(inst, "", "aws_launch_template", "AWS::EC2::LaunchTemplate")
			if len(tpls) != 1 || !p.BodyKnown(tpls[0]) {
				p.CannotTell(inst, tv, inst.Address+" is launched from a launch template that is not in the scanned code: its security groups cannot be told")
				continue
			}
			names, hidden = namesGroups(p, tpls[0], templateGroups)
			if hidden != nil {
				p.CannotTell(inst, hidden, parser.Unknowable(hidden, "the security groups of launch template "+tpls[0].Address).Detail)
				continue
			}
			if names {
				continue
			}
		}
		reportDefaultGroup(p, inst, vpc)
	}
	checkInterfacesInDefaultGroup(p)
}

// Network interfaces name their groups by security_groups (GroupSet);
// one that names none gets its VPC's default security group.
var interfaceGroups = []parser.Attr{parser.A("security_groups", "GroupSet")}

// checkInterfacesInDefaultGroup is checkInstancesInDefaultGroup for an
// elastic network interface (aws_network_interface,
// AWS::EC2::NetworkInterface) the code creates in a subnet of a VPC it
// creates: EC2 gives an interface created without security groups the
// VPC's default group, and every instance it is attached to takes the
// interface's groups. An aws_network_interface_sg_attachment of the
// interface names one.
func checkInterfacesInDefaultGroup(p *engine.Pass) {
	for _, eni := range p.KnownResources("aws_network_interface", "AWS::EC2::NetworkInterface") {
		vpc := instanceVPC(p, eni)
		if vpc == nil || managesDefaultGroup(p, vpc) {
			continue
		}
		names, hidden := namesGroups(p, eni, interfaceGroups)
		if len(p.Referrers(eni, "network_interface_id", "aws_network_interface_sg_attachment")) > 0 {
			names, hidden = true, nil
		}
		switch {
		case hidden != nil:
			p.CannotTell(eni, hidden, parser.Unknowable(hidden, "the security groups of the network interface").Detail)
		case !names:
			reportDefaultGroup(p, eni, vpc)
		}
	}
}

// reportDefaultGroup reports res, which names no security group and so
// joins the default security group of vpc with its initial rules.
func reportDefaultGroup(p *engine.Pass, res, vpc *parser.Resource) {
	p.Report(res, nil, "%s names no security group, so it is placed in the default security group of %s, which keeps AWS's initial rules (all outbound traffic, and inbound traffic from the group's members): nothing in the code removes them", res.Address, vpc.Address)
}

// instanceVPC returns the VPC the scanned code creates that an instance's
// subnet belongs to; nil when the subnet or its VPC is not created by the
// code (a default subnet, an input, a data source).
func instanceVPC(p *engine.Pass, inst *parser.Resource) *parser.Resource {
	return subnetsVPC(p, p.Referenced(inst, instanceSubnet.Name(inst), "aws_subnet", "AWS::EC2::Subnet"))
}

// subnetsVPC returns the one VPC the scanned code creates that all of
// subnets belong to; nil when there are none, or any belongs elsewhere.
func subnetsVPC(p *engine.Pass, subnets []*parser.Resource) *parser.Resource {
	var vpc *parser.Resource
	for _, sn := range subnets {
		vpcs := p.Referenced(sn, subnetVPC.Name(sn), "aws_vpc", "AWS::EC2::VPC")
		if len(vpcs) != 1 || vpc != nil && vpcs[0] != vpc {
			return nil
		}
		vpc = vpcs[0]
	}
	return vpc
}

// The settings by which an RDS DB instance or cluster names its security
// groups and its DB subnet group; a database that names no group gets
// the default security group of its subnet group's VPC.
var (
	databaseGroups = []parser.Attr{parser.A("vpc_security_group_ids", "VPCSecurityGroups"),
		parser.A("security_group_names", "DBSecurityGroups")}
	clusterGroups       = []parser.Attr{parser.A("vpc_security_group_ids", "VpcSecurityGroupIds")}
	databaseSubnetGroup = parser.A("db_subnet_group_name", "DBSubnetGroupName")
	databaseSource      = parser.A("replicate_source_db", "SourceDBInstanceIdentifier")
	databaseCluster     = parser.A("", "DBClusterIdentifier")
)

// checkDatabasesInDefaultGroup is checkInstancesInDefaultGroup for RDS
// DB instances and clusters whose DB subnet group, and its subnets and
// VPC, the code creates. A cluster's instances and read replicas are not
// judged: they take their groups from the cluster or the source.
func checkDatabasesInDefaultGroup(p *engine.Pass) {
	for _, db := range p.KnownResources("aws_db_instance", "AWS::RDS::DBInstance", "aws_rds_cluster", "AWS::RDS::DBCluster") {
		groups := databaseGroups
		if db.Type == "aws_rds_cluster" || db.Type == "AWS::RDS::DBCluster" {
			groups = clusterGroups
		} else if !databaseSource.Of(db).IsNull() || !databaseCluster.Of(db).IsNull() {
			continue
		}
		var subnets []*parser.Resource
		for _, sg := range p.Referenced(db, databaseSubnetGroup.Name(db), "aws_db_subnet_group", "AWS::RDS::DBSubnetGroup") {
			subnets = append(subnets, p.Referenced(sg, "", "aws_subnet", "AWS::EC2::Subnet")...)
		}
		vpc := subnetsVPC(p, subnets)
		if vpc == nil || managesDefaultGroup(p, vpc) {
			continue
		}
		names, hidden := namesGroups(p, db, groups)
		switch {
		case hidden != nil:
			p.CannotTell(db, hidden, parser.Unknowable(hidden, "the security groups of the database").Detail)
		case !names:
			reportDefaultGroup(p, db, vpc)
		}
	}
}

// namesGroups reports whether a resource names a security group (or a
// network interface, which carries its own) by any of attrs, with the
// value that hides whether it does. A value that cannot be told but is
// computed from a security group of the scan (Fn::Split of its GroupId)
// names one.
func namesGroups(p *engine.Pass, res *parser.Resource, attrs []parser.Attr) (bool, *parser.Value) {
	var hidden *parser.Value
	for _, a := range attrs {
		v := a.Of(res)
		if u := setting.Unknown(v); u != nil {
			if len(p.Referenced(res, a.Name(res), "aws_security_group", "AWS::EC2::SecurityGroup")) > 0 {
				return true, nil
			}
			if hidden == nil {
				hidden = u
			}
			continue
		}
		// An element or block whose value is computed (a group's id)
		// still names a group.
		if !v.IsNull() && (v.Kind != parser.List || len(v.Elems) > 0) {
			return true, nil
		}
	}
	return false, hidden
}

// managesDefaultGroup reports whether the code manages a VPC's default
// security group with an aws_default_security_group, which removes the
// rules it does not write (the first half of AWS-253 judges those).
func managesDefaultGroup(p *engine.Pass, vpc *parser.Resource) bool {
	return vpc.Format != parser.CloudFormation && len(p.Referrers(vpc, "vpc_id", "aws_default_security_group")) > 0
}
