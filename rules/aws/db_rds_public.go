package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dbPublicRDS() *engine.Rule {
	r := setting.Rule(engine.Rule{ID: "AWS-023"}, setting.Check{
		Types: []string{"aws_db_instance", "aws_rds_cluster_instance", "aws_neptune_cluster_instance", "AWS::RDS::DBInstance",
			// A Multi-AZ DB cluster (db_cluster_instance_class) takes
			// publicly_accessible on the cluster itself.
			"aws_rds_cluster", "AWS::RDS::DBCluster",
			"aws_lightsail_database", "AWS::Lightsail::Database",
			"aws_timestreaminfluxdb_db_instance", "AWS::Timestream::InfluxDBInstance"},
		Judge:   setting.MustBeFalse(parser.A("publicly_accessible", "PubliclyAccessible"), false),
		Problem: "the database is publicly accessible and has a public IP address",
	}, setting.Check{
		// CreateDBInstance without a subnet group places the instance in
		// the Region's default VPC and, when PubliclyAccessible is not
		// given, makes it public if that VPC has an internet gateway, which
		// AWS attaches to every default VPC it creates. An Aurora instance
		// (DBClusterIdentifier) defaults to private, and a read replica
		// follows its source, so neither is judged here.
		Types: []string{"AWS::RDS::DBInstance"},
		Unless: []parser.Attr{parser.A("", "DBSubnetGroupName"), parser.A("", "DBClusterIdentifier"),
			parser.A("", "SourceDBInstanceIdentifier"), parser.A("", "SourceDBClusterIdentifier")},
		Judge: setting.MustBeSet(parser.A("", "PubliclyAccessible")),
		Problem: "the database names no DB subnet group, so it is created in the default VPC, which AWS creates with an " +
			"internet gateway, and RDS then makes it publicly accessible by default",
	})
	return setting.Also(r, nil, checkRDSSubnetGroupGateway)
}

// checkRDSSubnetGroupGateway judges a CloudFormation DB instance with a
// DB subnet group and no PubliclyAccessible by CreateDBInstance's
// default: it is public when the subnets' VPC has an internet gateway
// attached. Decided only when the subnet group, its subnets and their VPC
// are in the template: reported when an AWS::EC2::VPCGatewayAttachment
// attaches an internet gateway to that VPC, not when none does. Elsewhere
// it is left alone, with no note: most templates import their subnets,
// and a note on each would bury the rest. Aurora members and read
// replicas are left to their cluster and source, as above.
func checkRDSSubnetGroupGateway(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("AWS::RDS::DBInstance") {
		if res.Data || res.Body == nil || res.Body.Kind != parser.Object {
			continue
		}
		b := res.Body
		group := b.Get("DBSubnetGroupName")
		if group == nil || b.Get("PubliclyAccessible") != nil || b.Get("DBClusterIdentifier") != nil ||
			b.Get("SourceDBInstanceIdentifier") != nil || b.Get("SourceDBClusterIdentifier") != nil {
			continue
		}
		if vpc, igw := subnetGroupGateway(p, res); igw != nil {
			p.Report(res, group, "%s: PubliclyAccessible is not set and the subnet group's VPC %s has internet gateway %s attached, which makes the instance publicly accessible (CreateDBInstance's default)", res.Address, vpc.Address, igw.Address)
		}
	}
}

// subnetGroupGateway returns, for a DB instance whose subnet group, its
// subnets and their VPC are all in the template, the VPC and the internet
// gateway attached to it (an AWS::EC2::VPCGatewayAttachment); nil when
// none is attached or any of them is elsewhere.
func subnetGroupGateway(p *engine.Pass, db *parser.Resource) (*parser.Resource, *parser.Resource) {
	groups := p.Referenced(db, "DBSubnetGroupName", "AWS::RDS::DBSubnetGroup")
	if len(groups) != 1 {
		return nil, nil
	}
	ids := groups[0].Body.Get("SubnetIds")
	if ids == nil || ids.Kind != parser.List || len(ids.Elems) == 0 {
		return nil, nil
	}
	subnets := p.Referenced(groups[0], "", "AWS::EC2::Subnet") // SubnetIds[i]
	if len(subnets) != len(ids.Elems) {
		return nil, nil // some subnets are not in the template
	}
	var vpc *parser.Resource
	for _, s := range subnets {
		vs := p.Referenced(s, "VpcId", "AWS::EC2::VPC")
		if len(vs) != 1 || vpc != nil && vs[0] != vpc {
			return nil, nil
		}
		vpc = vs[0]
	}
	for _, att := range p.Referrers(vpc, "VpcId", "AWS::EC2::VPCGatewayAttachment") {
		if att.Body.Get("InternetGatewayId") == nil {
			continue // a virtual private gateway
		}
		if igws := p.Referenced(att, "InternetGatewayId", "AWS::EC2::InternetGateway"); len(igws) == 1 {
			return vpc, igws[0]
		}
		return vpc, att
	}
	return nil, nil
}
