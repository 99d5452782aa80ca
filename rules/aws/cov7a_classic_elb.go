package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// checkClassicELBPlainHTTP reports the HTTP listeners of classic load
// balancers: a classic load balancer cannot redirect to HTTPS, so such a
// listener serves the application unencrypted. Internet-facing (the
// default) ones are AWS-026's (internal false), the others AWS-416's
// (internal true): those known to be internal, and those whose scheme is
// not known (plain HTTP either way; AWS-026 notes that they may be
// internet-facing).
func checkClassicELBPlainHTTP(p *engine.Pass, internal bool) {
	for _, lb := range p.KnownResources("aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer") {
		pub := tlsLBPublic(lb)
		scheme := "an internet-facing"
		unsure := pub.Answer == parser.CannotTell
		if internal {
			if pub.Answer == parser.Yes {
				continue
			}
			pub, scheme = yes(nil), "an internal"
			if unsure {
				scheme = "an internal or internet-facing (not known statically)"
			}
		}
		items, unknown := setting.Blocks(elbListeners.Of(lb))
		if unknown != nil {
			// Noted once: by AWS-416 when the load balancer is known to
			// be internal, by AWS-026 otherwise.
			if (!internal && pub.Answer == parser.No) || (internal && unsure) {
				continue
			}
			p.CannotTell(lb, unknown, parser.Unknowable(unknown, elbListeners.Name(lb)).Detail)
			continue
		}
		for _, l := range items {
			proto := parser.Lookup(l, elbListenerProtocol.Path(lb))
			v := parser.Both(isOneOf(proto, elbListenerProtocol.Name(lb), "HTTP"), pub)
			if v.Answer == parser.Yes {
				v.At = proto
			}
			report(p, lb, v, "%s serves plain HTTP on port %s of %s classic load balancer, which cannot redirect to HTTPS",
				lb.Address, str(parser.Lookup(l, elbListenerPort.Path(lb))), scheme)
		}
	}
}

// A classic load balancer's listeners, and the protocol and port of one.
var (
	elbListeners        = parser.A("listener", "Listeners")
	elbListenerProtocol = parser.A("lb_protocol", "Protocol")
	elbListenerPort     = parser.A("lb_port", "LoadBalancerPort")
)
