package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// NET-3: data stores and compute that should be reachable only privately.

func netRedshiftPublic() *engine.Rule {
	public := parser.A("publicly_accessible", "PubliclyAccessible")
	return setting.Rule(engine.Rule{ID: "AWS-100"}, setting.Check{
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
	return setting.Rule(engine.Rule{ID: "AWS-101"}, setting.Check{
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
	return setting.Rule(engine.Rule{ID: "AWS-102"}, setting.Check{
		Types:   []string{"aws_mq_broker", "AWS::AmazonMQ::Broker"},
		Judge:   setting.MustBeFalse(parser.A("publicly_accessible", "PubliclyAccessible"), false),
		Problem: "the broker is publicly accessible",
	})
}

func netSearchOutsideVPC() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-103"}, setting.Check{
		Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain",
			"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		// VPC options written place the domain in a VPC whatever their
		// subnet list holds: the service rejects a VPC domain without a
		// subnet, so an empty list (a module's placeholder for its
		// caller's subnets) never makes a public domain.
		Judge:   setting.MustBeSet(searchDomainVPC),
		Problem: "the domain has a public endpoint outside any VPC",
	})
}

func netEKSPublicEndpoint() *engine.Rule {
	public := parser.A("vpc_config.endpoint_public_access", "ResourcesVpcConfig.EndpointPublicAccess")
	cidrs := parser.A("vpc_config.public_access_cidrs", "ResourcesVpcConfig.PublicAccessCidrs")
	return setting.Rule(engine.Rule{ID: "AWS-104"}, setting.Check{
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

// anyItemAt is anyItem with the setting given as its whole path from the
// resource, whose first step is the list of blocks
// ("secondary_artifacts.encryption_disabled"), so that the path reads as
// the resource's own property path.
func anyItemAt(path parser.Attr, judge func(v *parser.Value, name string) parser.Verdict) setting.Judge {
	split := func(p string) (string, string) {
		list, field, _ := strings.Cut(p, ".")
		return list, field
	}
	tfList, tfField := split(path.TF)
	cfnList, cfnField := split(path.CFN)
	return anyItem(parser.A(tfList, cfnList), parser.A(tfField, cfnField), judge)
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
			v := judge(parser.Lookup(it, field.Path(res)), name)
			if v.Answer == parser.Yes && v.At == nil {
				// A setting left out whose default is insecure: the item.
				v.At = it
			}
			vs = append(vs, v)
		}
		return parser.Either(vs...)
	}
}

// spotFleetPublicIP judges the network interfaces of each launch
// specification of an AWS::EC2::SpotFleet.
func spotFleetPublicIP(assoc parser.Attr, judge func(v *parser.Value, name string) parser.Verdict) setting.Judge {
	perSpec := anyItem(parser.A("", "NetworkInterfaces"), assoc, judge)
	return func(res *parser.Resource) parser.Verdict {
		specs := res.Body.Path("SpotFleetRequestConfigData", "LaunchSpecifications")
		if specs == nil {
			return parser.Decided
		}
		if parser.Set(specs) == parser.CannotTell {
			return parser.Unknowable(specs, "SpotFleetRequestConfigData.LaunchSpecifications")
		}
		var vs []parser.Verdict
		for _, ls := range specs.Items() {
			vs = append(vs, perSpec(&parser.Resource{Type: res.Type, Format: res.Format, Address: res.Address, Body: ls}))
		}
		return parser.Either(vs...)
	}
}

func netInstancePublicIP() *engine.Rule {
	assoc := parser.A("associate_public_ip_address", "AssociatePublicIpAddress")
	isTrue := func(v *parser.Value, name string) parser.Verdict { return parser.NotFalse(v, name, false) }
	// An instance that names no subnet, network interface or launch
	// template is launched in a default subnet of the default VPC, which
	// gives instances a public IP address unless they decline one.
	instances := []string{"aws_instance", "aws_spot_instance_request"}
	placement := []parser.Attr{parser.A("subnet_id", "SubnetId"), parser.A("network_interface", "NetworkInterfaces"),
		parser.A("launch_template", "LaunchTemplate")}
	const defaultSubnet = "the instance names no subnet, so it is launched in a default subnet of the default VPC, which gives it a public IP address"
	return setting.Rule(engine.Rule{ID: "AWS-105"}, setting.Check{
		Types:   []string{"aws_launch_configuration", "AWS::AutoScaling::LaunchConfiguration"},
		Judge:   setting.MustBeFalse(assoc, false),
		Problem: "instances get a public IP address",
	}, setting.Check{
		Types:   instances,
		If:      anySet(placement...),
		Judge:   setting.MustBeFalse(assoc, false),
		Problem: "instances get a public IP address",
	}, setting.Check{
		Types:   instances,
		Unless:  placement,
		Judge:   setting.MustBeFalse(assoc, true),
		Problem: defaultSubnet,
	}, setting.Check{
		Types:   []string{"AWS::EC2::Instance"},
		Unless:  placement[1:],
		Judge:   setting.MustBeSet(placement[0]),
		Problem: defaultSubnet,
	}, setting.Check{
		Types:   []string{"aws_launch_template", "AWS::EC2::LaunchTemplate"},
		Judge:   anyItem(parser.A("network_interfaces", "LaunchTemplateData.NetworkInterfaces"), assoc, isTrue),
		Problem: "instances get a public IP address",
	}, setting.Check{
		Types:   []string{"AWS::EC2::Instance"},
		Judge:   anyItem(parser.A("", "NetworkInterfaces"), assoc, isTrue),
		Problem: "the instance gets a public IP address",
	}, setting.Check{
		// A spot fleet's launch specifications (tscan26): associate_public_ip_address
		// defaults to false; a CloudFormation launch specification asks for
		// one on a network interface.
		Types:   []string{"aws_spot_fleet_request"},
		Judge:   anyItem(parser.A("launch_specification", ""), assoc, isTrue),
		Problem: "the fleet's instances get public IP addresses",
	}, setting.Check{
		Types:   []string{"AWS::EC2::SpotFleet"},
		Judge:   spotFleetPublicIP(assoc, isTrue),
		Problem: "the fleet's instances get public IP addresses",
	}, setting.Check{
		// Both formats default to no public IP (false, DISABLED).
		Types: []string{"aws_ecs_service", "AWS::ECS::Service"},
		Judge: setting.Either(setting.MustBeFalse(parser.A("network_configuration.assign_public_ip", ""), false),
			setting.MustNotBe(parser.A("", "NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp"), "DISABLED", "ENABLED")),
		Problem: "the service's tasks get public IP addresses",
	}, setting.Check{
		// A task set of a service with an external deployment controller
		// places its own tasks; the same default (false, DISABLED).
		Types: []string{"aws_ecs_task_set", "AWS::ECS::TaskSet"},
		Judge: setting.Either(setting.MustBeFalse(parser.A("network_configuration.assign_public_ip", ""), false),
			setting.MustNotBe(parser.A("", "NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp"), "DISABLED", "ENABLED")),
		Problem: "the task set's tasks get public IP addresses",
	}, setting.Check{
		// ECS tasks that an EventBridge rule or EventBridge Scheduler
		// schedule runs on Fargate: the same default (false, DISABLED).
		Types: []string{"aws_cloudwatch_event_target", "AWS::Events::Rule"},
		Judge: setting.Either(setting.MustBeFalse(parser.A("ecs_target.network_configuration.assign_public_ip", ""), false),
			anyItemAt(parser.A("", "Targets.EcsParameters.NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp"),
				func(v *parser.Value, name string) parser.Verdict { return parser.OneOf(v, name, "DISABLED", "ENABLED") })),
		Problem: "the ECS tasks it runs get public IP addresses",
	}, setting.Check{
		Types: []string{"aws_scheduler_schedule", "AWS::Scheduler::Schedule"},
		Judge: setting.Either(setting.MustBeFalse(parser.A("target.ecs_parameters.network_configuration.assign_public_ip", ""), false),
			setting.MustNotBe(parser.A("", "Target.EcsParameters.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp"), "DISABLED", "ENABLED")),
		Problem: "the ECS tasks it runs get public IP addresses",
	}, setting.Check{
		// AppStream 2.0 gives the streaming instances of a fleet or image
		// builder with default internet access an Elastic IP address each
		// (off by default in both formats).
		Types:   []string{"aws_appstream_fleet", "AWS::AppStream::Fleet", "aws_appstream_image_builder", "AWS::AppStream::ImageBuilder"},
		Judge:   setting.MustBeFalse(parser.A("enable_default_internet_access", "EnableDefaultInternetAccess"), false),
		Problem: "its streaming instances get public IP addresses (default internet access)",
	})
}

// anySet answers Yes when one of the settings is written (with a known or
// unknown value), No otherwise.
func anySet(attrs ...parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		for _, a := range attrs {
			if a.Exists(res) && parser.AnySet(a.Of(res)) {
				return parser.Verdict{Answer: parser.Yes}
			}
		}
		return parser.Verdict{Answer: parser.No}
	}
}

func netSubnetPublicIP() *engine.Rule {
	return withSubnetIPv6Public(setting.Rule(engine.Rule{ID: "AWS-106"}, setting.Check{
		Types:   []string{"aws_subnet", "AWS::EC2::Subnet"},
		Judge:   setting.MustBeFalse(parser.A("map_public_ip_on_launch", "MapPublicIpOnLaunch"), false),
		Problem: "instances launched in the subnet get public IP addresses",
	}, setting.Check{
		// A default subnet assigns public addresses (AWS creates it so, and
		// the provider's default for map_public_ip_on_launch is true here).
		Types:   []string{"aws_default_subnet"},
		Judge:   setting.MustBeFalse(parser.A("map_public_ip_on_launch", ""), true),
		Problem: "instances launched in the default subnet get public IP addresses",
	}))
}

func netFunctionURLNoAuth() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-107"}, setting.Check{
		Types:   []string{"aws_lambda_function_url", "AWS::Lambda::Url"},
		Judge:   setting.MustNotBe(parser.A("authorization_type", "AuthType"), "", "NONE"),
		Problem: "the function URL accepts unauthenticated requests from the internet",
	})
}

func netNotebookDirectInternet() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-108"}, setting.Check{
		Types:   []string{"aws_sagemaker_notebook_instance", "AWS::SageMaker::NotebookInstance"},
		Judge:   setting.MustBeOneOf(parser.A("direct_internet_access", "DirectInternetAccess"), "Enabled", "Disabled"),
		Problem: "the notebook reaches the internet directly, outside the VPC",
	}, setting.Check{
		Types:   []string{"aws_sagemaker_domain", "AWS::SageMaker::Domain"},
		Judge:   setting.MustBeOneOf(parser.A("app_network_access_type", "AppNetworkAccessType"), "PublicInternetOnly", "VpcOnly"),
		Problem: "the domain's apps reach the internet directly, outside the VPC",
	})
}
