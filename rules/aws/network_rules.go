package aws

import "github.com/soc2lint/soc2lint/engine"

// networkRules returns the AWS network rules.
func networkRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-010", Check: func(p *engine.Pass) { checkNetVPCFlowLogs(p); netAcceleratorFlowLogs.Run(p) },
			// A flow log in one template may import the VPC another
			// exports (Fn::ImportValue).
			Scope: engine.AcrossRoots,
			Reads: []string{"aws_flow_log", "AWS::EC2::FlowLog", "aws_vpc", "aws_default_vpc", "AWS::EC2::VPC", "aws_subnet", "AWS::EC2::Subnet",
				"aws_globalaccelerator_accelerator"},
			// Of a VPC the rule reads no attribute (the flow logs and
			// subnets referring to it, and a template's exports), of a
			// subnet only the VPC it names.
			ReadsAttrs: map[string][]string{"aws_vpc": {}, "aws_default_vpc": {}, "AWS::EC2::VPC": {}, "aws_subnet": {"vpc_id"}, "AWS::EC2::Subnet": {"VpcId"}}},
		{ID: "AWS-011", Check: checkNetMissingWAF},
		// Each group or rule resource judged by itself.
		{ID: "AWS-012", Check: checkNetUnrestrictedEgress, Alone: true, Reads: sgEgress.types()},
	}
}
