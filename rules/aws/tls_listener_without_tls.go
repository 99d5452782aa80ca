package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func tlsListenerWithoutTLS() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-026",
		Name:     "public-lb-listener-without-tls",
		Title:    "Internet-facing load balancer listener serves plain HTTP without redirecting to HTTPS",
		Severity: engine.High,
		Description: "A listener of an internet-facing Application Load Balancer accepts HTTP (the protocol, or the " +
			"default for an application load balancer when none is set) and its default action does not redirect " +
			"to HTTPS, so requests and responses cross the internet unencrypted. Listeners whose load balancer is " +
			"internal, not in the scan, or not known statically to be internet-facing are not reported, nor are " +
			"listeners that only answer with a fixed response and have no listener rules.",
		Remediation: engine.Remediation{
			Summary: "Serve the application on an HTTPS listener and make the HTTP listener's default action a redirect to HTTPS.",
			Terraform: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`,
			CloudFormation: `HttpListener:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref AppLoadBalancer
    Port: 80
    Protocol: HTTP
    DefaultActions:
      - Type: redirect
        RedirectConfig:
          Protocol: HTTPS
          Port: "443"
          StatusCode: HTTP_301`,
		},
		Checklist: []string{"DATA-4"},
		SOC2:      []string{"CC6.7"},
		Provider:  "aws",
		Links: []string{
			"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
			"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html",
		},
		Precision: "high",
		Check:     checkTLSListenerWithoutTLS,
	}
}

// tlsListenerAttrs are the attribute names of a listener in one format.
type tlsListenerAttrs struct {
	lb, protocol, actions, actionType, redirect, redirectProtocol string
	lbTypes, ruleTypes                                            []string
	ruleAttr                                                      string
}

var (
	tlsListenerTF = tlsListenerAttrs{
		lb: "load_balancer_arn", protocol: "protocol", actions: "default_action", actionType: "type",
		redirect: "redirect", redirectProtocol: "protocol",
		lbTypes: []string{"aws_lb", "aws_alb"}, ruleTypes: []string{"aws_lb_listener_rule", "aws_alb_listener_rule"},
		ruleAttr: "listener_arn",
	}
	tlsListenerCFN = tlsListenerAttrs{
		lb: "LoadBalancerArn", protocol: "Protocol", actions: "DefaultActions", actionType: "Type",
		redirect: "RedirectConfig", redirectProtocol: "Protocol",
		lbTypes: []string{"AWS::ElasticLoadBalancingV2::LoadBalancer"}, ruleTypes: []string{"AWS::ElasticLoadBalancingV2::ListenerRule"},
		ruleAttr: "ListenerArn",
	}
)

func checkTLSListenerWithoutTLS(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener") {
		a := tlsListenerTF
		if res.Format == parser.CloudFormation {
			a = tlsListenerCFN
		}
		b := res.Body
		proto := b.Get(a.protocol)
		if !proto.IsNull() && !proto.IsAnyOf("HTTP") {
			continue
		}
		// The load balancer must be known, internet-facing and, when the
		// protocol is left to its default, an application load balancer.
		lbs := p.Referenced(res, a.lb, a.lbTypes...)
		if len(lbs) != 1 {
			continue
		}
		lb := lbs[0]
		public, application := tlsLBExposure(lb)
		if !public || proto.IsNull() && !application {
			continue
		}
		if !tlsActionsUnencrypted(p, res, a) {
			continue
		}
		at := proto
		if proto.IsNull() {
			p.Report(res, nil, "%s serves HTTP (the default protocol) on internet-facing load balancer %s without redirecting to HTTPS", res.Address, lb.Address)
			continue
		}
		p.Report(res, at, "%s serves HTTP on internet-facing load balancer %s without redirecting to HTTPS", res.Address, lb.Address)
	}
}

// tlsLBExposure reports whether a load balancer is known to be
// internet-facing, and whether it is known to be an application load
// balancer.
func tlsLBExposure(lb *parser.Resource) (public, application bool) {
	b := lb.Body
	if lb.Format == parser.CloudFormation {
		typ, scheme := b.Get("Type"), b.Get("Scheme")
		application = typ.IsNull() || typ.IsAnyOf("application")
		public = scheme.IsNull() || scheme.IsAnyOf("internet-facing")
		return public, application
	}
	typ, internal := b.Get("load_balancer_type"), b.Get("internal")
	application = typ.IsNull() || typ.IsAnyOf("application")
	if internal.IsNull() {
		return true, application
	}
	on, ok := internal.AsBool()
	return ok && !on, application
}

// tlsActionsUnencrypted reports whether the listener's default actions are
// known to serve traffic over HTTP: not all redirects to HTTPS, and not
// only a fixed response on a listener without rules.
func tlsActionsUnencrypted(p *engine.Pass, res *parser.Resource, a tlsListenerAttrs) bool {
	actions := res.Body.Get(a.actions)
	if actions == nil || actions.Kind != parser.List && actions.Kind != parser.Object {
		return false
	}
	items := actions.Items()
	if len(items) == 0 {
		return false
	}
	fixedOnly, redirected := true, false
	for _, act := range items {
		typ := act.Get(a.actionType)
		if !typ.IsKnown() || act.Kind != parser.Object {
			return false
		}
		switch {
		case typ.IsAnyOf("redirect"):
			var proto *parser.Value
			for _, r := range act.Get(a.redirect).Items() {
				proto = r.Get(a.redirectProtocol)
			}
			if tlsUnknown(proto) || proto.IsAnyOf("HTTPS") {
				redirected = true
				continue
			}
			return true
		case typ.IsAnyOf("fixed-response"):
			continue
		default:
			fixedOnly = false
		}
	}
	if redirected && fixedOnly {
		return false
	}
	if fixedOnly {
		// A fixed response carries no application data, unless listener
		// rules forward some paths.
		return len(p.Referrers(res, a.ruleAttr, a.ruleTypes...)) > 0
	}
	return true
}
