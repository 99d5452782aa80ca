package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// lbTargetPlainHTTP is AWS-405: the leg from a load balancer to its
// targets in plain HTTP, whatever its listeners accept. An ELBv2 target
// group of protocol HTTP (Lambda targets take no protocol, and TCP, TLS,
// UDP and GENEVE groups pass traffic through or re-encrypt it), and a
// classic load balancer listener whose instance protocol is written as
// HTTP. The leg stays inside the network behind an endpoint that may
// enforce TLS, which is what DATA-4 asks: the rule reports only when the
// configuration requires end-to-end TLS (require-end-to-end-tls).
func lbTargetPlainHTTP() *engine.Rule {
	return setting.WithEndToEndTLSOption(setting.Rule(engine.Rule{ID: "AWS-405"}, setting.Check{
		Types:   []string{"aws_lb_target_group", "aws_alb_target_group", "AWS::ElasticLoadBalancingV2::TargetGroup"},
		If:      setting.Not(setting.Is(parser.A("target_type", "TargetType"), "instance", "lambda")),
		Judge:   setting.MustNotBe(parser.A("protocol", "Protocol"), "", "HTTP"),
		Problem: "the load balancer forwards requests to the group's targets over plain HTTP",
	}, setting.Check{
		Types: []string{"aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer"},
		Judge: anyItemAt(parser.A("listener.instance_protocol", "Listeners.InstanceProtocol"),
			func(v *parser.Value, name string) parser.Verdict { return parser.OneOf(v, name, "", "HTTP") }),
		Problem: "the load balancer forwards requests to its instances over plain HTTP",
	}))
}
