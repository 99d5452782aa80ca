package aws

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageHcp17bRules are the rules the HashiCorp policy library sample
// (AWS services e..m, session 17) added.
func coverageHcp17bRules() []*engine.Rule {
	return []*engine.Rule{ecsPrivilegedContainer(), vpnLoggingOff(), mskUnauthenticatedClients(), ecsContainerLogsOff()}
}

// ecsPrivilegedContainer is AWS-330: an ECS container definition or an
// AWS Batch job's container that runs privileged, with root's capabilities
// on the host container instance.
func ecsPrivilegedContainer() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-330"}, setting.Check{
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge:   privilegedContainer(parser.A("container_definitions", "ContainerDefinitions")),
		Problem: "a container runs privileged, with root's capabilities on its host instance",
	}, setting.Check{
		Types:   []string{"aws_batch_job_definition", "AWS::Batch::JobDefinition"},
		Judge:   batchPrivileged, // gap24a_rules.go
		Problem: "a job container runs privileged, with root's capabilities on its host instance",
	})
}

// privilegedContainer judges each container definition's privileged flag
// (false by default); container definitions that cannot be read are a note.
func privilegedContainer(a parser.Attr) setting.Judge {
	return eachContainer(a, func(c *parser.Value, name string, named bool) parser.Verdict {
		label := "privileged"
		if named {
			label = fmt.Sprintf("container %s: privileged", name)
		}
		return parser.NotFalse(firstOf(c, "privileged", "Privileged"), label, false)
	})
}

// eachContainer judges every container definition of a task definition
// with judge, given the container's name when it has one; either verdict
// that finds a problem decides. Definitions that cannot be read are a note.
func eachContainer(a parser.Attr, judge func(c *parser.Value, name string, named bool) parser.Verdict) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		if u := setting.Unknown(v); u != nil {
			return parser.Unknowable(u, a.Name(res))
		}
		var verdicts []parser.Verdict
		for _, c := range containerDefinitions(v) {
			name, named := firstOf(c, "name", "Name").AsString()
			verdicts = append(verdicts, judge(c, name, named))
		}
		return parser.Either(verdicts...)
	}
}

// vpnLoggingOff is AWS-331: a Site-to-Site VPN connection whose tunnels do
// not send their logs to CloudWatch Logs, or a Client VPN endpoint that
// does not log its client connections.
func vpnLoggingOff() *engine.Rule {
	// A tunnel logs when logging is on and names the log group to send
	// to: on with no log group, it logs nowhere.
	tunnel := func(n string) setting.Judge {
		opts := "tunnel" + n + "_log_options.cloudwatch_log_options."
		return setting.Either(setting.MustBeTrue(parser.A(opts+"log_enabled", ""), false),
			setting.MustBeSet(parser.A(opts+"log_group_arn", "")))
	}
	return setting.Rule(engine.Rule{ID: "AWS-331"}, setting.Check{
		Types:   []string{"aws_vpn_connection", "AWS::EC2::VPNConnection"},
		Judge:   setting.Either(tunnel("1"), tunnel("2"), cfnTunnelLogging),
		Problem: "a VPN tunnel sends no logs to CloudWatch Logs, so its connection attempts and IKE negotiations are not recorded",
	}, setting.Check{
		Types:   []string{"aws_ec2_client_vpn_endpoint", "AWS::EC2::ClientVpnEndpoint"},
		Judge:   setting.MustBeTrue(parser.A("connection_log_options.enabled", "ConnectionLogOptions.Enabled"), false),
		Problem: "the endpoint does not log client connections, so who connected, when and from where is not recorded",
	})
}

// cfnTunnelLogging judges the two tunnels of an AWS::EC2::VPNConnection: a
// tunnel without options in VpnTunnelOptionsSpecifications logs nothing.
func cfnTunnelLogging(res *parser.Resource) parser.Verdict {
	if res.Format != parser.CloudFormation {
		return parser.Decided
	}
	a := parser.A("", "VpnTunnelOptionsSpecifications")
	specs, unknown := setting.Blocks(a.Of(res))
	if unknown != nil {
		return parser.Unknowable(unknown, a.Name(res))
	}
	var verdicts []parser.Verdict
	for i := range 2 {
		name := fmt.Sprintf("VpnTunnelOptionsSpecifications[%d].LogOptions.CloudwatchLogOptions.LogEnabled", i)
		if i >= len(specs) {
			verdicts = append(verdicts, parser.Bad(nil, fmt.Sprintf("tunnel %d has no options, and logging is off by default", i+1)))
			continue
		}
		opts := specs[i].Path("LogOptions", "CloudwatchLogOptions")
		verdicts = append(verdicts, parser.NotTrue(opts.Path("LogEnabled"), name, false),
			parser.NotSet(opts.Path("LogGroupArn"), fmt.Sprintf("VpnTunnelOptionsSpecifications[%d].LogOptions.CloudwatchLogOptions.LogGroupArn", i)))
	}
	return parser.Either(verdicts...)
}

// mskUnauthenticatedClients is AWS-332: a provisioned MSK cluster that lets
// clients connect without authenticating, either because unauthenticated
// access is turned on or because no authentication method is.
func mskUnauthenticatedClients() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-332"}, setting.Check{
		Types:   []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
		Judge:   mskClientAuthOff,
		Problem: "clients may connect without authenticating, so whoever reaches the brokers may read and write every topic",
	})
}

var (
	mskUnauthenticated = parser.A("client_authentication.unauthenticated", "ClientAuthentication.Unauthenticated.Enabled")
	mskSASLIAM         = parser.A("client_authentication.sasl.iam", "ClientAuthentication.Sasl.Iam.Enabled")
	mskSASLSCRAM       = parser.A("client_authentication.sasl.scram", "ClientAuthentication.Sasl.Scram.Enabled")
	mskTLS             = parser.A("client_authentication.tls", "ClientAuthentication.Tls")
	mskTLSAuthorities  = parser.A("client_authentication.tls.certificate_authority_arns", "ClientAuthentication.Tls.CertificateAuthorityArnList")
	mskTLSEnabled      = parser.A("", "ClientAuthentication.Tls.Enabled")
)

// mskClientAuthOff answers Yes when unauthenticated access is on, or when
// none of IAM, SASL/SCRAM and TLS client certificates (with a certificate
// authority to check them) is.
func mskClientAuthOff(res *parser.Resource) parser.Verdict {
	open := parser.NotFalse(mskUnauthenticated.Of(res), mskUnauthenticated.Name(res), false)
	if open.Answer != parser.No {
		return open
	}
	var tlsOff parser.Verdict
	switch {
	case mskTLS.Of(res) == nil:
		tlsOff = parser.Bad(nil, "no TLS client authentication")
	case mskTLSEnabled.Exists(res) && mskTLSEnabled.Of(res) != nil:
		tlsOff = parser.Either(parser.NotTrue(mskTLSEnabled.Of(res), mskTLSEnabled.Name(res), true),
			parser.NotSet(mskTLSAuthorities.Of(res), mskTLSAuthorities.Name(res)))
	default:
		tlsOff = parser.NotSet(mskTLSAuthorities.Of(res), mskTLSAuthorities.Name(res))
	}
	none := parser.Both(parser.NotTrue(mskSASLIAM.Of(res), mskSASLIAM.Name(res), false),
		parser.NotTrue(mskSASLSCRAM.Of(res), mskSASLSCRAM.Name(res), false), tlsOff)
	if none.Answer == parser.Yes {
		none.Detail = "no client authentication method is on (IAM, SASL/SCRAM or TLS client certificates)"
	}
	return none
}

// ecsContainerLogsOff is AWS-333: an ECS container definition without a log
// driver, whose output then stays on its host or is lost.
func ecsContainerLogsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-333"}, setting.Check{
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge:   containerWithoutLogs(parser.A("container_definitions", "ContainerDefinitions")),
		Problem: "a container sends its output to no log service, so it stays on the host instance or is lost",
	})
}

// containerWithoutLogs judges each container definition's log driver: none
// given (logConfiguration absent or logDriver empty) or "none".
func containerWithoutLogs(a parser.Attr) setting.Judge {
	return eachContainer(a, func(c *parser.Value, name string, named bool) parser.Verdict {
		label := "container"
		if named {
			label = "container " + name
		}
		conf := firstOf(c, "logConfiguration", "LogConfiguration")
		if conf == nil || conf.IsNull() {
			return parser.Bad(nil, label+" has no log configuration")
		}
		return parser.Either(
			parser.NotSet(firstOf(conf, "logDriver", "LogDriver"), label+": logDriver"),
			parser.OneOf(firstOf(conf, "logDriver", "LogDriver"), label+": logDriver", "", "none"))
	})
}
