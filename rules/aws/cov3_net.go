package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// NET-1 and NET-3 on services the first coverage rules did not reach: EKS
// managed node groups, MSK brokers, Transfer Family servers.

// coverage3Rules are the rules of the third coverage pass (cov3_*.go).
func coverage3Rules() []*engine.Rule {
	return []*engine.Rule{
		netNodeGroupSSHOpen(),
		netMSKPublicAccess(),
		netTransferServerPublic(),
		iamPrivilegeEscalation(),
		netMWAAPublicWebserver(),
		netSearchServerlessPublic(),
	}
}

func netNodeGroupSSHOpen() *engine.Rule {
	key := parser.A("remote_access.ec2_ssh_key", "RemoteAccess.Ec2SshKey")
	return setting.Rule(engine.Rule{ID: "AWS-200"}, setting.Check{
		Types:   []string{"aws_eks_node_group", "AWS::EKS::Nodegroup"},
		If:      setting.Not(setting.MustBeSet(key)),
		Judge:   setting.MustBeSet(parser.A("remote_access.source_security_group_ids", "RemoteAccess.SourceSecurityGroups")),
		Problem: "the nodes' SSH (or RDP) port is open to 0.0.0.0/0",
	})
}

func netMSKPublicAccess() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-201"}, setting.Check{
		Types: []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
		Judge: setting.MustNotBe(parser.A("broker_node_group_info.connectivity_info.public_access.type",
			"BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type"), "", "SERVICE_PROVIDED_EIPS"),
		Problem: "the Kafka brokers have public IP addresses",
	})
}

func netTransferServerPublic() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-202"}, setting.Check{
		Types:   []string{"aws_transfer_server", "AWS::Transfer::Server"},
		Judge:   setting.MustNotBe(parser.A("endpoint_type", "EndpointType"), "PUBLIC", "PUBLIC"),
		Problem: "the server's endpoint is public and cannot be limited by security groups",
	})
}
