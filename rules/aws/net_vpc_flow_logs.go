package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func netVPCFlowLogs() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-010",
		Name:     "vpc-flow-logs-disabled",
		Title:    "VPC has no flow log",
		Severity: engine.Medium,
		Description: "A VPC is declared without a flow log on it, or on every one of its subnets. Without flow " +
			"logs there is no record of which addresses talked to which over the network, so anomalous " +
			"connections cannot be detected or investigated. A flow log counts when its vpc_id (CloudFormation: " +
			"ResourceId with ResourceType VPC) refers to the VPC, directly, through locals or through a module " +
			"input; one whose target is not known statically is assumed to cover the VPCs of its root module " +
			"or template. Any traffic type (ALL, ACCEPT or REJECT) counts as logging.",
		Remediation: engine.Remediation{
			Summary: "Add a flow log (aws_flow_log / AWS::EC2::FlowLog) for the VPC, sending ALL traffic to CloudWatch Logs or S3.",
			Terraform: `resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`,
			CloudFormation: `VpcFlowLog:
  Type: AWS::EC2::FlowLog
  Properties:
    ResourceId: !Ref Vpc
    ResourceType: VPC
    TrafficType: ALL
    LogDestinationType: s3
    LogDestination: !GetAtt FlowLogBucket.Arn`,
		},
		Checklist: []string{"NET-2"},
		SOC2:      []string{"CC7.2"},
		Provider:  "aws",
		Links:     []string{"https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html"},
		Precision: "high",
		Check:     checkNetVPCFlowLogs,
	}
}

func checkNetVPCFlowLogs(p *engine.Pass) {
	// Roots holding a flow log whose VPC or subnet cannot be known.
	anyVPC, anySubnet := map[string]bool{}, map[string]bool{}
	for _, fl := range p.ResourcesOfType("aws_flow_log", "AWS::EC2::FlowLog") {
		k := netRootKey(fl)
		if fl.Format == parser.Terraform {
			anyVPC[k] = anyVPC[k] || p.Unresolved(fl, "vpc_id")
			anySubnet[k] = anySubnet[k] || p.Unresolved(fl, "subnet_id")
			continue
		}
		if p.Unresolved(fl, "ResourceId") {
			t := fl.Body.Get("ResourceType")
			anyVPC[k] = anyVPC[k] || netStringIsOrUnknown(t, "VPC")
			anySubnet[k] = anySubnet[k] || netStringIsOrUnknown(t, "Subnet")
		}
	}
	for _, vpc := range p.ResourcesOfType("aws_vpc", "AWS::EC2::VPC") {
		k := netRootKey(vpc)
		if anyVPC[k] || netHasFlowLog(p, vpc, "VPC") {
			continue
		}
		var subnets []*parser.Resource
		if vpc.Format == parser.Terraform {
			subnets = p.Referrers(vpc, "vpc_id", "aws_subnet")
		} else {
			subnets = p.Referrers(vpc, "VpcId", "AWS::EC2::Subnet")
		}
		var bare []string
		for _, s := range subnets {
			if !anySubnet[k] && !netHasFlowLog(p, s, "Subnet") {
				bare = append(bare, s.Address)
			}
		}
		switch {
		case len(subnets) > 0 && len(bare) == 0:
			// Every subnet has its own flow log.
		case len(bare) < len(subnets):
			p.Report(vpc, nil, "%s has no flow log, and %d of its %d subnets (%s) have none: their traffic is not recorded",
				vpc.Address, len(bare), len(subnets), strings.Join(bare, ", "))
		default:
			p.Report(vpc, nil, "%s has no flow log: its network traffic is not recorded", vpc.Address)
		}
	}
}

// netHasFlowLog reports whether a flow log refers to target, a VPC or a
// subnet (kind "VPC" or "Subnet").
func netHasFlowLog(p *engine.Pass, target *parser.Resource, kind string) bool {
	if target.Format == parser.Terraform {
		attr := "vpc_id"
		if kind == "Subnet" {
			attr = "subnet_id"
		}
		return len(p.Referrers(target, attr, "aws_flow_log")) > 0
	}
	for _, fl := range p.Referrers(target, "ResourceId", "AWS::EC2::FlowLog") {
		if t := fl.Body.Get("ResourceType"); t == nil || netStringIsOrUnknown(t, kind) {
			return true
		}
	}
	return false
}

// netRootKey names the root module or template a resource is deployed
// from.
func netRootKey(r *parser.Resource) string { return string(r.Format) + "|" + r.Root }
