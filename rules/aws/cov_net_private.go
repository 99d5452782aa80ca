package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// NET-3: data stores and compute that should be reachable only privately.

// net3 fills in the metadata every NET-3 rule shares.
var net3 = checklistItem("NET-3")

func netRedshiftPublic() *engine.Rule {
	public := parser.A("publicly_accessible", "PubliclyAccessible")
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-100",
		Name:     "redshift-publicly-accessible",
		Title:    "Redshift cluster or serverless workgroup is publicly accessible",
		Severity: engine.High,
		Description: "A Redshift provisioned cluster or Redshift Serverless workgroup is publicly accessible " +
			"(publicly_accessible / PubliclyAccessible true): it gets a public IP address, and anything its " +
			"security groups admit can reach the warehouse from the internet. Only an explicit true is reported: " +
			"the Redshift API, CloudFormation, Redshift Serverless and version 6 of the Terraform AWS provider " +
			"default to false (provider versions up to 5 defaulted aws_redshift_cluster to true; pin the setting " +
			"to false if you still run one). An unknown value is a note, not a finding.",
		Remediation: engine.Remediation{Summary: "Set publicly_accessible = false (PubliclyAccessible: false) and reach the warehouse from inside the VPC."},
		Links: []string{
			"https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html",
		},
		Precision: "high",
	}), setting.Check{
		Types:   []string{"aws_redshift_cluster", "AWS::Redshift::Cluster"},
		Judge:   setting.MustBeFalse(public, false),
		Problem: "the cluster is publicly accessible",
	}, setting.Check{
		Types:   []string{"aws_redshiftserverless_workgroup", "AWS::RedshiftServerless::Workgroup"},
		Judge:   setting.MustBeFalse(public, false),
		Problem: "the workgroup is publicly accessible",
	})
}

func netDMSPublic() *engine.Rule {
	public := parser.A("publicly_accessible", "PubliclyAccessible")
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-101",
		Name:     "dms-replication-instance-public",
		Title:    "DMS replication instance is publicly accessible",
		Severity: engine.High,
		Description: "A Database Migration Service replication instance has a public IP address " +
			"(publicly_accessible / PubliclyAccessible true). It holds credentials for both ends of the " +
			"migration and reads their data. The DMS API and CloudFormation default to true, so a " +
			"CloudFormation instance that does not set the property is reported; the Terraform provider sends " +
			"false when the argument is not set, so there only an explicit true is reported.",
		Remediation: engine.Remediation{Summary: "Set publicly_accessible = false (PubliclyAccessible: false) and place the instance in a private replication subnet group."},
		Links: []string{
			"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html",
			"https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationInstance.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible",
		},
		Precision: "very-high",
	}), setting.Check{
		Types:   []string{"aws_dms_replication_instance"},
		Judge:   setting.MustBeFalse(public, false),
		Problem: "the replication instance is publicly accessible",
	}, setting.Check{
		Types:   []string{"AWS::DMS::ReplicationInstance"},
		Judge:   setting.MustBeFalse(public, true),
		Problem: "the replication instance is publicly accessible",
	})
}

func netMQPublic() *engine.Rule {
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-102",
		Name:     "mq-broker-publicly-accessible",
		Title:    "Amazon MQ broker is publicly accessible",
		Severity: engine.High,
		Description: "An Amazon MQ broker is publicly accessible (publicly_accessible / PubliclyAccessible " +
			"true): its endpoints and web console resolve to public addresses. Both formats default to false " +
			"(CloudFormation requires the property), so only an explicit true is reported.",
		Remediation: engine.Remediation{Summary: "Set publicly_accessible = false (PubliclyAccessible: false) and give the broker private subnets and security groups."},
		Links: []string{
			"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible",
		},
		Precision: "very-high",
	}), setting.Check{
		Types:   []string{"aws_mq_broker", "AWS::AmazonMQ::Broker"},
		Judge:   setting.MustBeFalse(parser.A("publicly_accessible", "PubliclyAccessible"), false),
		Problem: "the broker is publicly accessible",
	})
}

func netSearchOutsideVPC() *engine.Rule {
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-103",
		Name:     "search-domain-outside-vpc",
		Title:    "OpenSearch or Elasticsearch domain has a public endpoint (not in a VPC)",
		Severity: engine.Medium,
		Description: "An OpenSearch Service or Elasticsearch domain is created without VPC options " +
			"(vpc_options / VPCOptions with subnets): it gets a public endpoint, reachable from the internet " +
			"and guarded only by its access policy and fine-grained access control. The default is a public " +
			"domain. A domain whose VPC options are unknown (a dynamic block over a variable) is not reported. " +
			"The choice is made at creation and cannot be changed later.",
		Remediation: engine.Remediation{Summary: "Create the domain in private subnets of a VPC (vpc_options / VPCOptions) and reach it from inside the VPC."},
		Links: []string{
			"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options",
		},
		Precision: "high",
	}), setting.Check{
		Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain",
			"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		Judge:   setting.MustBeSet(parser.A("vpc_options.subnet_ids", "VPCOptions.SubnetIds")),
		Problem: "the domain has a public endpoint outside any VPC",
	})
}

func netEKSPublicEndpoint() *engine.Rule {
	public := parser.A("vpc_config.endpoint_public_access", "ResourcesVpcConfig.EndpointPublicAccess")
	cidrs := parser.A("vpc_config.public_access_cidrs", "ResourcesVpcConfig.PublicAccessCidrs")
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-104",
		Name:     "eks-endpoint-open-to-internet",
		Title:    "EKS cluster API endpoint is public and open to the whole internet",
		Severity: engine.High,
		Description: "An EKS cluster's Kubernetes API server endpoint is public (endpoint_public_access / " +
			"EndpointPublicAccess, default true) and admits every address: public_access_cidrs / " +
			"PublicAccessCidrs is not set (the default is 0.0.0.0/0) or includes 0.0.0.0/0 or ::/0. The API " +
			"server is then exposed to scanning and credential attacks from anywhere. A cluster with a private " +
			"endpoint only, or a public endpoint limited to known ranges, is not reported; unknown values are " +
			"notes.",
		Remediation: engine.Remediation{Summary: "Turn the public endpoint off (endpoint_public_access = false with endpoint_private_access = true), or limit public_access_cidrs to your offices and CI ranges."},
		Links: []string{
			"https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs",
		},
		Precision: "high",
	}), setting.Check{
		Types: []string{"aws_eks_cluster", "AWS::EKS::Cluster"},
		Judge: func(res *parser.Resource) parser.Verdict {
			v := parser.NotFalse(public.Of(res), public.Name(res), true)
			if v.Answer != parser.Yes {
				return v
			}
			w := worldCIDRs(cidrs.Of(res), cidrs.Name(res), true)
			if w.Answer == parser.Yes && w.At == nil {
				w.At = parser.A("vpc_config", "ResourcesVpcConfig").Of(res)
			}
			return w
		},
		Problem: "the Kubernetes API endpoint is public and open to the whole internet",
	})
}

// worldCIDRs judges a list of source ranges: Yes when one of them is the
// whole internet, or when the list is absent and worldByDefault.
func worldCIDRs(list *parser.Value, name string, worldByDefault bool) parser.Verdict {
	switch {
	case parser.Set(list) == parser.No:
		if worldByDefault {
			return parser.Bad(nil, name+" is not set, and the default is 0.0.0.0/0")
		}
		return parser.Decided
	case parser.Set(list) == parser.CannotTell:
		return parser.Unknowable(list, name)
	}
	out := parser.Decided
	for _, c := range list.Items() {
		if netexposure.IsWorldCIDR(c) {
			return parser.Bad(c, name+" includes "+c.Str)
		}
		if parser.Set(c) == parser.CannotTell && out.Answer == parser.No {
			out = parser.Unknowable(c, name)
		}
	}
	if list.Kind == parser.String && netexposure.IsWorldCIDR(list) {
		return parser.Bad(list, name+" is "+list.Str)
	}
	return out
}

// anyItem judges each element of a list of blocks (network interfaces) with
// judge on field: the first Yes, else the first CannotTell.
func anyItem(list parser.Attr, field parser.Attr, judge func(v *parser.Value, name string) parser.Verdict) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !list.Exists(res) {
			return parser.Decided
		}
		l := list.Of(res)
		name := list.Name(res) + "." + field.Name(res)
		if parser.Set(l) == parser.CannotTell {
			return parser.Unknowable(l, list.Name(res))
		}
		var vs []parser.Verdict
		for _, it := range l.Items() {
			if parser.Set(it) == parser.CannotTell {
				vs = append(vs, parser.Unknowable(it, list.Name(res)))
				continue
			}
			vs = append(vs, judge(parser.Lookup(it, field.Path(res)), name))
		}
		return parser.Either(vs...)
	}
}

func netInstancePublicIP() *engine.Rule {
	assoc := parser.A("associate_public_ip_address", "AssociatePublicIpAddress")
	isTrue := func(v *parser.Value, name string) parser.Verdict { return parser.NotFalse(v, name, false) }
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-105",
		Name:     "ec2-public-ip",
		Title:    "EC2 instance, launch template or launch configuration assigns a public IP address",
		Severity: engine.Medium,
		Description: "An EC2 instance, spot instance request, launch template network interface or Auto " +
			"Scaling launch configuration explicitly asks for a public IPv4 address " +
			"(associate_public_ip_address / AssociatePublicIpAddress true), so the instances are reachable " +
			"from the internet wherever their security groups allow. When the setting is not written the " +
			"subnet decides (see AWS-106), so only an explicit true is reported.",
		Remediation: engine.Remediation{Summary: "Set associate_public_ip_address = false (or leave it out) and reach the instances through a load balancer, SSM Session Manager or a VPN."},
		Links: []string{
			"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html",
		},
		Precision: "very-high",
	}), setting.Check{
		Types:   []string{"aws_instance", "aws_spot_instance_request", "aws_launch_configuration", "AWS::AutoScaling::LaunchConfiguration"},
		Judge:   setting.MustBeFalse(assoc, false),
		Problem: "instances get a public IP address",
	}, setting.Check{
		Types:   []string{"aws_launch_template", "AWS::EC2::LaunchTemplate"},
		Judge:   anyItem(parser.A("network_interfaces", "LaunchTemplateData.NetworkInterfaces"), assoc, isTrue),
		Problem: "instances get a public IP address",
	}, setting.Check{
		Types:   []string{"AWS::EC2::Instance"},
		Judge:   anyItem(parser.A("", "NetworkInterfaces"), assoc, isTrue),
		Problem: "the instance gets a public IP address",
	})
}

func netSubnetPublicIP() *engine.Rule {
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-106",
		Name:     "subnet-maps-public-ip",
		Title:    "Subnet assigns public IP addresses to every instance launched in it",
		Severity: engine.Medium,
		Description: "A subnet sets map_public_ip_on_launch / MapPublicIpOnLaunch to true: every instance and " +
			"network interface launched in it gets a public IPv4 address unless it asks otherwise, so " +
			"workloads placed there are reachable from the internet wherever their security groups allow. " +
			"The default for a new subnet is false, so only an explicit true is reported. Public subnets for " +
			"load balancers and NAT gateways do not need the setting: those get their addresses explicitly.",
		Remediation: engine.Remediation{Summary: "Set map_public_ip_on_launch = false (MapPublicIpOnLaunch: false); give public addresses only to the load balancers and NAT gateways that need them."},
		Links: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch",
		},
		Precision: "medium",
	}), setting.Check{
		Types:   []string{"aws_subnet", "aws_default_subnet", "AWS::EC2::Subnet"},
		Judge:   setting.MustBeFalse(parser.A("map_public_ip_on_launch", "MapPublicIpOnLaunch"), false),
		Problem: "instances launched in the subnet get public IP addresses",
	})
}

func netFunctionURLNoAuth() *engine.Rule {
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-107",
		Name:     "lambda-function-url-without-auth",
		Title:    "Lambda function URL accepts unauthenticated requests",
		Severity: engine.High,
		Description: "A Lambda function URL has authorization type NONE (authorization_type / AuthType, or a " +
			"SAM FunctionUrlConfig with AuthType NONE): anyone on the internet who learns the URL can invoke " +
			"the function, and nothing but the function's own code checks who calls. AWS_IAM requires signed " +
			"requests. The setting is required in both formats.",
		Remediation: engine.Remediation{Summary: "Use authorization_type = \"AWS_IAM\" (AuthType: AWS_IAM), or put the function behind API Gateway or CloudFront with authentication."},
		Links: []string{
			"https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url#authorization_type",
		},
		Precision: "very-high",
	}), setting.Check{
		Types:   []string{"aws_lambda_function_url", "AWS::Lambda::Url"},
		Judge:   setting.MustNotBe(parser.A("authorization_type", "AuthType"), "", "NONE"),
		Problem: "the function URL accepts unauthenticated requests from the internet",
	})
}

func netNotebookDirectInternet() *engine.Rule {
	return setting.Rule(net3(engine.Rule{
		ID:       "AWS-108",
		Name:     "sagemaker-notebook-direct-internet",
		Title:    "SageMaker notebook instance or Studio domain has direct internet access",
		Severity: engine.Medium,
		Description: "A SageMaker notebook instance has direct internet access (direct_internet_access / " +
			"DirectInternetAccess is Enabled, which is the default): SageMaker gives it a network interface " +
			"with internet access outside your VPC, so code and data on the notebook can reach, and be " +
			"exfiltrated to, the internet without passing your VPC's controls. Disabled requires a subnet; " +
			"the notebook then reaches the internet only through your VPC's NAT and endpoints. A SageMaker " +
			"Studio domain whose app_network_access_type (AppNetworkAccessType) is PublicInternetOnly, the " +
			"default in both formats, gives its apps the same direct access; VpcOnly is not reported.",
		Remediation: engine.Remediation{Summary: "Set direct_internet_access = \"Disabled\" (DirectInternetAccess: Disabled) with a subnet_id and security groups in your VPC."},
		Links: []string{
			"https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access",
			"https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html",
		},
		Precision: "high",
	}), setting.Check{
		Types:   []string{"aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"},
		Judge:   setting.MustBeOneOf(parser.A("direct_internet_access", "DirectInternetAccess"), "Enabled", "Disabled"),
		Problem: "the notebook reaches the internet directly, outside the VPC",
	}, setting.Check{
		Types:   []string{"aws_sagemaker_domain", "AWS::SageMaker::Domain"},
		Judge:   setting.MustBeOneOf(parser.A("app_network_access_type", "AppNetworkAccessType"), "PublicInternetOnly", "VpcOnly"),
		Problem: "the domain's apps reach the internet directly, outside the VPC",
	})
}
