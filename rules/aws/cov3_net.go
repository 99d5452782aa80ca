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
	return setting.Rule(engine.Rule{
		ID:       "AWS-200",
		Name:     "eks-node-group-ssh-open-to-internet",
		Title:    "EKS managed node group opens SSH (or RDP) on its nodes to the whole internet",
		Severity: engine.High,
		Description: "An EKS managed node group gives its nodes an EC2 key pair for remote access " +
			"(remote_access.ec2_ssh_key, RemoteAccess.Ec2SshKey) without naming the security groups allowed to " +
			"connect (source_security_group_ids, SourceSecurityGroups). EKS then opens port 22 (3389 for Windows " +
			"nodes) on the nodes to 0.0.0.0/0. Node groups without remote access, or whose remote access names " +
			"source security groups, are not reported; a key or list that comes from an unknown value counts as " +
			"written.",
		Remediation: engine.Remediation{Summary: "Name the security groups allowed to reach the nodes in source_security_group_ids (SourceSecurityGroups), or drop remote_access and reach the nodes through Systems Manager Session Manager."},
		Checklist:   []string{"NET-1"},
		Links: []string{
			"https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group#remote_access",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-nodegroup-remoteaccess.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_eks_node_group", "AWS::EKS::Nodegroup"},
		If:      setting.Not(setting.MustBeSet(key)),
		Judge:   setting.MustBeSet(parser.A("remote_access.source_security_group_ids", "RemoteAccess.SourceSecurityGroups")),
		Problem: "the nodes' SSH (or RDP) port is open to 0.0.0.0/0",
	})
}

func netMSKPublicAccess() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-201",
		Name:     "msk-cluster-public-access",
		Title:    "MSK cluster brokers are reachable from the internet",
		Severity: engine.High,
		Description: "An Amazon MSK provisioned cluster turns on public access " +
			"(broker_node_group_info.connectivity_info.public_access.type, " +
			"BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type = SERVICE_PROVIDED_EIPS): its brokers get " +
			"Elastic IP addresses and public DNS names, so the Kafka endpoints can be reached from outside the VPC, " +
			"limited only by the security groups and client authentication. The default is DISABLED: a cluster " +
			"that does not write the setting is private and not reported. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set public_access.type = \"DISABLED\" (PublicAccess.Type: DISABLED), or remove it, and reach the brokers through the VPC, a peering, a Transit Gateway or MSK multi-VPC private connectivity."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#public_access",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-publicaccess.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
		Judge: setting.MustNotBe(parser.A("broker_node_group_info.connectivity_info.public_access.type",
			"BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type"), "", "SERVICE_PROVIDED_EIPS"),
		Problem: "the Kafka brokers have public IP addresses",
	})
}

func netTransferServerPublic() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-202",
		Name:     "transfer-server-public-endpoint",
		Title:    "Transfer Family server uses a public endpoint that no security group can restrict",
		Severity: engine.Medium,
		Description: "An AWS Transfer Family server (SFTP, FTPS, FTP, AS2) has the endpoint type PUBLIC, which is " +
			"the default when endpoint_type (EndpointType) is not written: the endpoint is on the internet, and " +
			"no security group or network ACL can limit who connects; only the server's authentication stands " +
			"in the way. Servers with endpoint type VPC are not reported, whether internal or internet-facing " +
			"through Elastic IPs (their security groups then decide who can connect, which AWS-001 judges). " +
			"Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set endpoint_type = \"VPC\" (EndpointType: VPC) with endpoint_details naming private subnets and security groups; add address_allocation_ids only when partners must connect from the internet, and allow only their addresses in the security group."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://docs.aws.amazon.com/transfer/latest/userguide/create-server-in-vpc.html",
			"https://docs.aws.amazon.com/transfer/latest/APIReference/API_CreateServer.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#endpoint_type",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"aws_transfer_server", "AWS::Transfer::Server"},
		Judge:   setting.MustNotBe(parser.A("endpoint_type", "EndpointType"), "PUBLIC", "PUBLIC"),
		Problem: "the server's endpoint is public and cannot be limited by security groups",
	})
}
