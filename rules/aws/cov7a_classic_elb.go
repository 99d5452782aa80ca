package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// checkClassicELBPlainHTTP reports the HTTP listeners of internet-facing
// (the default) classic load balancers: a classic load balancer cannot
// redirect to HTTPS, so such a listener serves the application unencrypted.
func checkClassicELBPlainHTTP(p *engine.Pass) {
	for _, lb := range p.KnownResources("aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer") {
		items, unknown := setting.Blocks(elbListeners.Of(lb))
		if unknown != nil {
			p.CannotTell(lb, unknown, parser.Unknowable(unknown, elbListeners.Name(lb)).Detail)
			continue
		}
		for _, l := range items {
			proto := parser.Lookup(l, elbListenerProtocol.Path(lb))
			v := parser.Both(isOneOf(proto, elbListenerProtocol.Name(lb), "HTTP"), tlsLBPublic(lb))
			if v.Answer == parser.Yes {
				v.At = proto
			}
			report(p, lb, v, "%s serves plain HTTP on port %s of an internet-facing classic load balancer, which cannot redirect to HTTPS",
				lb.Address, str(parser.Lookup(l, elbListenerPort.Path(lb))))
		}
	}
}

// A classic load balancer's listeners, and the protocol and port of one.
var (
	elbListeners        = parser.A("listener", "Listeners")
	elbListenerProtocol = parser.A("lb_protocol", "Protocol")
	elbListenerPort     = parser.A("lb_port", "LoadBalancerPort")
)
