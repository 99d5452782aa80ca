package aws

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
)

// The per-root rules below judge each resource by itself (engine.Rule's
// Alone) in a root that has no resource of a few types (Given): the
// root-level settings, the data sources and the resources they would
// judge a resource with. In a root that has one, they run on the root's
// graph. The scan then checks an EC2 instance as it is evaluated in a
// root that declares none of them (issue 10: bench/gen's 30,000
// resources), and Config.CheckReads, which the fixture tests run, checks
// each claim on every fixture root that has none.
var perRootGiven = map[string][]string{
	// checkUnencryptedBlockStorage: the account's default encryption and
	// key (aws_ebs_encryption_by_default, aws_ebs_default_kms_key), the
	// images, snapshots and keys a device may come from, and the
	// lifecycle policies and copies judged with them. The instances,
	// launch templates and configurations, spot requests and volumes are
	// judged each by itself.
	"AWS-002": without(perRootReads["AWS-002"].reads, "aws_instance", "aws_spot_instance_request",
		"aws_launch_configuration", "aws_launch_template", "aws_spot_fleet_request", "aws_ebs_volume",
		"AWS::EC2::Instance", "AWS::EC2::Volume", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration",
		"AWS::EC2::SpotFleet"),
	// imdsV1Allowed: the account's instance metadata defaults, and the
	// data sources an Amazon Linux 2023 image is read from (al2023Image).
	"AWS-311": {"aws_ec2_instance_metadata_defaults", "aws_ami", "aws_ssm_parameter"},
	// checkDefaultSecurityGroupRules: an instance is judged with its
	// subnet, VPC, launch template and the VPC's default security group;
	// without them (and without the other types it reads) nothing is
	// reported on it. The security groups are only looked up from what
	// names them.
	"AWS-253": without(perRootReads["AWS-253"].reads, "aws_instance", "aws_security_group",
		"AWS::EC2::Instance", "AWS::EC2::SecurityGroup"),
}

// without returns types without drop.
func without(types []string, drop ...string) []string {
	return slices.DeleteFunc(slices.Clone(types), func(t string) bool { return slices.Contains(drop, t) })
}

// declareGiven makes the rules of rs that perRootGiven names judge each
// resource alone with those types given.
func declareGiven(rs []*engine.Rule) {
	for _, r := range rs {
		given, ok := perRootGiven[r.ID]
		if !ok {
			continue
		}
		if r.Reads == nil || r.Alone {
			panic("rule " + r.ID + ": Given needs Reads, and a rule not already Alone")
		}
		r.Alone, r.Given = true, given
	}
}
