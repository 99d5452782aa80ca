package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov5GatewayHTTPCheck extends AZURE-131 to Application Gateways with a
// public frontend whose plain-HTTP listener is routed to the backends
// instead of redirected to an HTTPS listener or URL.
var cov5GatewayHTTPCheck = setting.Check{
	Types: []string{"azurerm_application_gateway"},
	If: func(gw *parser.Resource) parser.Verdict {
		if packGatewayIsPublic(gw) {
			return parser.Verdict{Answer: parser.Yes}
		}
		return parser.Decided
	},
	Judge:   cov5GatewayServesHTTP,
	Problem: "the gateway serves plain HTTP",
}

func cov5GatewayServesHTTP(gw *parser.Resource) parser.Verdict {
	b := gw.Body
	listeners := map[string]*parser.Value{}
	for _, l := range b.Get("http_listener").Items() {
		if n, ok := l.Get("name").AsString(); ok {
			listeners[n] = l
		}
	}
	redirects := map[string]*parser.Value{}
	for _, rc := range b.Get("redirect_configuration").Items() {
		if n, ok := rc.Get("name").AsString(); ok {
			redirects[n] = rc
		}
	}
	isHTTPS := func(listener string) bool {
		l, found := listeners[listener]
		if !found {
			return false
		}
		p, ok := l.Get("protocol").AsString()
		return ok && strings.EqualFold(p, "Https")
	}
	rules, hidden := setting.Blocks(b.Get("request_routing_rule"))
	if hidden != nil {
		return parser.Unknowable(hidden, "request_routing_rule")
	}
	var unknown *parser.Value
	for _, rule := range rules {
		ln := rule.Get("http_listener_name")
		name, ok := ln.AsString()
		if !ok {
			unknown = ln
			continue
		}
		l := listeners[name]
		if l == nil {
			continue
		}
		proto := l.Get("protocol")
		p, ok := proto.AsString()
		switch {
		case !ok:
			unknown = proto
			continue
		case !strings.EqualFold(p, "Http"):
			continue
		}
		rcName := rule.Get("redirect_configuration_name")
		if rcName.IsNull() {
			if !rule.Get("url_path_map_name").IsNull() {
				continue // the path map decides per path; not judged
			}
			return parser.Bad(proto, "listener "+name+" routes plain HTTP to the backends")
		}
		rn, ok := rcName.AsString()
		if !ok {
			unknown = rcName
			continue
		}
		rc := redirects[rn]
		if rc == nil {
			continue
		}
		if t, ok := rc.Get("target_listener_name").AsString(); ok && isHTTPS(t) {
			continue
		}
		if u, ok := rc.Get("target_url").AsString(); ok && strings.HasPrefix(strings.ToLower(u), "https://") {
			continue
		}
		if setting.Unknown(rc.Get("target_listener_name"), rc.Get("target_url")) != nil {
			unknown = setting.Unknown(rc.Get("target_listener_name"), rc.Get("target_url"))
			continue
		}
		return parser.Bad(proto, "listener "+name+" redirects plain HTTP to another HTTP target")
	}
	if unknown != nil {
		return parser.Unknowable(unknown, "the HTTP listener's routing")
	}
	return parser.Decided
}
