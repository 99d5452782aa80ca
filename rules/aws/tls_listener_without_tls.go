package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// The settings of a listener, and of one of its default actions.
var (
	tlsListenerLB       = parser.A("load_balancer_arn", "LoadBalancerArn")
	tlsListenerProtocol = parser.A("protocol", "Protocol")
	tlsListenerActions  = parser.A("default_action", "DefaultActions")
	tlsListenerRuleOf   = parser.A("listener_arn", "ListenerArn")
	tlsActionType       = parser.A("type", "Type")
	tlsRedirectProtocol = parser.A("redirect.protocol", "RedirectConfig.Protocol")
	tlsLBTypes          = []string{"aws_lb", "aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer"}
	tlsListenerRules    = []string{"aws_lb_listener_rule", "aws_alb_listener_rule", "AWS::ElasticLoadBalancingV2::ListenerRule"}
)

func checkTLSListenerWithoutTLS(p *engine.Pass) {
	checkPlainHTTPListeners(p, false)
	tlsBeanstalkHTTPOnly.Run(p)
}

// checkInternalListenerWithoutTLS is AWS-416: the same listeners as AWS-026
// on load balancers known to be internal.
func checkInternalListenerWithoutTLS(p *engine.Pass) { checkPlainHTTPListeners(p, true) }

// checkPlainHTTPListeners makes one decision per listener that may serve
// plain HTTP: internet-facing load balancers are AWS-026's (internal false),
// the others AWS-416's (internal true). A listener whose load balancer is
// not in the scan, or whose scheme is not known, serves plain HTTP whatever
// the scheme: AWS-416 reports it, and AWS-026 notes that it may be
// internet-facing.
func checkPlainHTTPListeners(p *engine.Pass, internal bool) {
	for _, res := range p.KnownResources("aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener") {
		// The load balancer must be in the scan and, when the protocol is
		// left to its default, an application load balancer.
		lbs := p.Referenced(res, tlsListenerLB.Path(res), tlsLBTypes...)
		lb := tlsAlikeLBs(lbs)
		if lb == nil {
			// A load balancer not in the scan (or not told apart) may be
			// internet-facing: say so when the listener serves HTTP, which
			// is plain HTTP on a load balancer whatever its scheme.
			proto := tlsListenerProtocol.Of(res)
			if proto.IsNull() || parser.Both(isOneOf(proto, tlsListenerProtocol.Name(res), "HTTP"), tlsActionsUnencrypted(p, res)).Answer != parser.Yes {
				continue
			}
			why := "its load balancer is not in the scan"
			if len(lbs) > 1 {
				why = "the instances of its load balancer differ in scheme or type"
			}
			if internal {
				p.Report(res, proto, "%s serves HTTP without redirecting to HTTPS (%s; internal or internet-facing, the traffic is unencrypted)", res.Address, why)
				continue
			}
			p.CannotTell(res, proto, res.Address+" serves HTTP without redirecting to HTTPS, and "+why+": it may be internet-facing")
			continue
		}
		pub := tlsLBPublic(lb)
		// Internal or not, a listener on a load balancer of unknown
		// scheme is plain HTTP; AWS-026 notes that it may be
		// internet-facing.
		unsure := internal && pub.Answer == parser.CannotTell
		scheme := "internet-facing"
		if internal {
			if pub.Answer == parser.Yes {
				continue
			}
			scheme = "internal"
			pub = yes(nil)
		}
		proto := tlsListenerProtocol.Of(res)
		var plain parser.Verdict
		if proto.IsNull() {
			plain = tlsApplicationLB(lb)
		} else {
			plain = isOneOf(proto, tlsListenerProtocol.Name(res), "HTTP")
		}
		v := parser.Both(plain, pub, tlsActionsUnencrypted(p, res))
		where := scheme + " load balancer " + lb.Address
		if unsure {
			if v.Answer != parser.Yes {
				continue // AWS-026 notes what is not known
			}
			where = "load balancer " + lb.Address + " (internal or internet-facing: not known statically)"
		}
		if proto.IsNull() {
			if v.Answer == parser.Yes {
				v.At = nil
			}
			report(p, res, v, "%s serves HTTP (the default protocol) on %s without redirecting to HTTPS", res.Address, where)
			continue
		}
		if v.Answer == parser.Yes {
			v.At = proto
		}
		report(p, res, v, "%s serves HTTP on %s without redirecting to HTTPS", res.Address, where)
	}
	checkClassicELBPlainHTTP(p, internal)
}

// tlsAlikeLBs returns the one load balancer a listener names, or the first
// of several (the instances of a counted or for_each load balancer that a
// listener names by count.index or each.key) when all are alike in what the
// check reads: internet-facing or not, and their type. Nil when there is
// none, or they differ.
func tlsAlikeLBs(lbs []*parser.Resource) *parser.Resource {
	if len(lbs) == 0 {
		return nil
	}
	first := lbs[0]
	pub, app := tlsLBPublic(first).Answer, tlsApplicationLB(first).Answer
	for _, lb := range lbs[1:] {
		if lb.Type != first.Type || tlsLBPublic(lb).Answer != pub || tlsApplicationLB(lb).Answer != app {
			return nil
		}
	}
	return first
}

// tlsLBPublic judges whether a load balancer is internet-facing: the
// default in both formats.
func tlsLBPublic(lb *parser.Resource) parser.Verdict {
	if lb.Format == parser.CloudFormation {
		scheme := lb.Body.Get("Scheme")
		return parser.OneOf(scheme, "Scheme", "internet-facing", "internet-facing")
	}
	return parser.NotTrue(lb.Body.Get("internal"), "internal", false)
}

// tlsApplicationLB judges whether a load balancer is an application load
// balancer, whose listeners default to HTTP: the default type.
func tlsApplicationLB(lb *parser.Resource) parser.Verdict {
	typ := parser.A("load_balancer_type", "Type")
	return parser.OneOf(typ.Of(lb), typ.Name(lb), "application", "application")
}

// tlsActionsUnencrypted judges whether the listener's default actions
// serve traffic over HTTP: not all redirects to HTTPS, and not only a fixed
// response on a listener without rules.
func tlsActionsUnencrypted(p *engine.Pass, res *parser.Resource) parser.Verdict {
	actions := tlsListenerActions.Of(res)
	if actions.IsNull() {
		// No default action written (both formats require one): nothing
		// redirects the listener's traffic to HTTPS.
		return yes(nil)
	}
	if parser.Set(actions) == parser.CannotTell {
		return parser.Unknowable(actions, tlsListenerActions.Name(res))
	}
	items := actions.Items()
	if len(items) == 0 {
		return parser.Decided
	}
	fixedOnly, redirected := true, false
	for _, act := range items {
		typ := parser.Lookup(act, tlsActionType.Path(res))
		if parser.Set(act) == parser.CannotTell || parser.Set(typ) == parser.CannotTell {
			return parser.Unknowable(typ, tlsActionType.Name(res))
		}
		switch {
		case typ == nil || act.Kind != parser.Object:
			return parser.Decided
		case typ.IsAnyOf("redirect"):
			proto := parser.Lookup(act, tlsRedirectProtocol.Path(res))
			switch isOneOf(proto, tlsRedirectProtocol.Name(res), "HTTPS").Answer {
			case parser.Yes:
				redirected = true
				continue
			case parser.CannotTell:
				return parser.Unknowable(proto, tlsRedirectProtocol.Name(res))
			}
			return yes(nil)
		case typ.IsAnyOf("fixed-response"):
			continue
		default:
			fixedOnly = false
		}
	}
	if redirected && fixedOnly {
		return parser.Decided
	}
	if fixedOnly && len(p.Referrers(res, tlsListenerRuleOf.Path(res), tlsListenerRules...)) == 0 {
		// A fixed response carries no application data, unless listener
		// rules forward some paths.
		return parser.Decided
	}
	return yes(nil)
}
