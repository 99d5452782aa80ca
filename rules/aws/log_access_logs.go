package aws

import (
	"strconv"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Access logs of the entry points: load balancers, CloudFront, API Gateway.

func logLoadBalancerAccessLogs() *engine.Rule {
	r := &engine.Rule{ID: "AWS-180"}
	const problem = "the load balancer writes no access logs"
	classic := setting.Check{
		Types: []string{"aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer"},
		Judge: logSaying(setting.Either(
			setting.MustBeSet(parser.A("access_logs", "AccessLoggingPolicy")),
			setting.MustBeTrue(parser.A("access_logs.enabled", "AccessLoggingPolicy.Enabled"), true)),
			"no access_logs / AccessLoggingPolicy is enabled"),
		Problem: problem,
	}
	tfV2Enabled := parser.A("access_logs.enabled", "")
	tfV2 := setting.MustBeTrue(tfV2Enabled, false)
	r.Check = func(p *engine.Pass) {
		classic.Run(p)
		logBeanstalkALBAccessLogs.Run(p)
		for _, lb := range p.KnownManaged("aws_lb", "aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer") {
			switch v := logLBLogs(p, lb); v.Answer {
			case parser.No:
				continue
			case parser.CannotTell:
				p.CannotTell(lb, v.At, v.Detail)
				continue
			}
			if tfV2Enabled.Exists(lb) {
				p.Judge(lb, tfV2(lb), problem)
				continue
			}
			// CloudFormation keeps the setting in LoadBalancerAttributes.
			p.Judge(lb, logELBv2Attribute(lb, "access_logs.s3.enabled"), problem)
		}
	}
	return r
}

// logLBLogs answers whether an Elastic Load Balancing v2 load balancer
// can write access logs: Yes for an application load balancer (the
// default type) and for a network load balancer with a TLS listener.
func logLBLogs(p *engine.Pass, lb *parser.Resource) parser.Verdict {
	t := parser.A("load_balancer_type", "Type")
	switch v := parser.OneOf(t.Of(lb), t.Name(lb), "application", "application"); v.Answer {
	case parser.Yes, parser.CannotTell:
		return v
	}
	if !t.Of(lb).IsAnyOf("network") {
		return parser.Decided // gateway: no access logs
	}
	arn := parser.A("load_balancer_arn", "LoadBalancerArn").Name(lb)
	for _, l := range p.Referrers(lb, arn, "aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener") {
		proto := parser.A("protocol", "Protocol")
		if v := parser.OneOf(proto.Of(l), proto.Name(l), "", "TLS"); v.Answer != parser.No {
			return v
		}
	}
	return parser.Decided
}

// logELBv2Attribute judges a CloudFormation LoadBalancerAttributes entry
// that must be "true": Yes when it is absent or known false.
func logELBv2Attribute(lb *parser.Resource, key string) parser.Verdict {
	attrs := lb.Body.Get("LoadBalancerAttributes")
	if parser.Set(attrs) == parser.CannotTell {
		return parser.Unknowable(attrs, "LoadBalancerAttributes")
	}
	var unknownKey *parser.Value
	for _, a := range attrs.Items() {
		k := a.Get("Key")
		if parser.Set(k) == parser.CannotTell {
			unknownKey = k
			continue
		}
		if s, _ := k.AsString(); s == key {
			return parser.NotTrue(a.Get("Value"), "LoadBalancerAttributes "+key, false)
		}
	}
	if unknownKey != nil {
		return parser.Unknowable(unknownKey, "LoadBalancerAttributes Key")
	}
	return parser.Bad(nil, "LoadBalancerAttributes does not set "+key+", and the default is false")
}

func logCloudFrontAccessLogs() *engine.Rule {
	r := &engine.Rule{ID: "AWS-181"}
	logging := setting.MustBeSet(parser.A("logging_config", "DistributionConfig.Logging"))
	r.Check = func(p *engine.Pass) {
		for _, d := range p.KnownManaged("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
			v := logging(d)
			if v.Answer != parser.Yes {
				p.Judge(d, v, "the distribution writes no access logs")
				continue
			}
			attr := parser.A("resource_arn", "ResourceArn").Name(d)
			sources := p.Referrers(d, attr, "aws_cloudwatch_log_delivery_source", "AWS::Logs::DeliverySource")
			if len(sources) == 0 {
				logJudgeAttached(p, d, "the distribution writes no access logs", v.Detail+" and no log delivery source names it", attr,
					"aws_cloudwatch_log_delivery_source", "AWS::Logs::DeliverySource")
				continue
			}
			logJudgeDelivered(p, d, sources)
		}
	}
	return r
}

// logJudgeDelivered reports target, whose logs only the CloudWatch log
// delivery sources sources collect, when no log delivery
// (aws_cloudwatch_log_delivery, AWS::Logs::Delivery) sends any of them to
// a destination: a source alone delivers nothing. A delivery names its
// source by reference or by the source's name.
func logJudgeDelivered(p *engine.Pass, target *parser.Resource, sources []*parser.Resource) {
	deliveryTypes := []string{"aws_cloudwatch_log_delivery", "AWS::Logs::Delivery"}
	var undecided *parser.Resource
	var undecidedAt *parser.Value
	for _, src := range sources {
		attr := parser.A("delivery_source_name", "DeliverySourceName").Name(src)
		name, named := parser.A("name", "Name").Of(src).AsString()
		for _, dl := range p.InRoot(src, deliveryTypes...) {
			if n, ok := dl.Body.Get(attr).AsString(); ok && named && n == name {
				return
			}
		}
		switch a, by, at := logAttached(p, src, attr, deliveryTypes...); a {
		case parser.Yes:
			return
		case parser.CannotTell:
			undecided, undecidedAt = by, at
		}
	}
	if undecided != nil {
		p.CannotTell(target, undecidedAt, undecided.Address+" names a delivery source that cannot be resolved statically")
		return
	}
	p.Report(target, nil, "%s: the distribution writes no access logs (its log delivery source %s sends them nowhere: no log delivery names it)", target.Address, sources[0].Address)
}

func logAPIGatewayAccessLogs() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-182"}, setting.Check{
		Types:   []string{"aws_api_gateway_stage", "AWS::ApiGateway::Stage"},
		Judge:   setting.MustBeSet(parser.A("access_log_settings.destination_arn", "AccessLogSetting.DestinationArn")),
		Problem: "the API stage writes no access logs",
	}, setting.Check{
		Types:   []string{"aws_apigatewayv2_stage", "AWS::ApiGatewayV2::Stage"},
		Judge:   setting.MustBeSet(parser.A("access_log_settings.destination_arn", "AccessLogSettings.DestinationArn")),
		Problem: "the API stage writes no access logs",
	}, setting.Check{
		// A deployment with a StageName creates that stage.
		Types:   []string{"AWS::ApiGateway::Deployment"},
		If:      setting.Not(setting.MustBeSet(parser.A("", "StageName"))),
		Judge:   setting.MustBeSet(parser.A("", "StageDescription.AccessLogSetting.DestinationArn")),
		Problem: "the stage the deployment creates writes no access logs",
	}, setting.Check{
		// Terraform's deployment creates its stage_name stage too, and
		// has no argument for that stage's access logs.
		Types: []string{"aws_api_gateway_deployment"},
		Judge: func(res *parser.Resource) parser.Verdict {
			a := parser.A("stage_name", "")
			v := a.Of(res)
			switch parser.Set(v) {
			case parser.Yes:
				return parser.Verdict{Answer: parser.Yes, At: v,
					Detail: a.Name(res) + " = " + strconv.Quote(v.Str) + ", and a deployment cannot set access logging on the stage it creates"}
			case parser.CannotTell:
				return parser.Unknowable(v, a.Name(res))
			}
			return parser.Verdict{Answer: parser.No}
		},
		Problem: "the stage the deployment creates writes no access logs",
	})
}
