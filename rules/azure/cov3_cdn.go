package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3CDNAllowsHTTP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-131"}, setting.Check{
		Types:   []string{"azurerm_cdn_endpoint"},
		Judge:   setting.Both(setting.MustBeFalse(parser.A("is_http_allowed", ""), true), cov3NoHTTPSRedirect),
		Problem: "the endpoint serves plain HTTP",
	}, setting.Check{
		Types:   []string{"azurerm_cdn_frontdoor_route"},
		Judge:   cov3RouteServesHTTP,
		Problem: "the route serves plain HTTP",
	}, setting.Check{
		Types:   []string{"azurerm_frontdoor"},
		Judge:   cov3ClassicFrontDoorHTTP,
		Problem: "a routing rule forwards plain HTTP to the backends",
	}, cov5GatewayHTTPCheck, cov6AKSHTTPRouting, cov7APIMBackendHTTP, cov7APIMAPIProtocols, cov7APIMAPIServiceURL,
		mon22dGatewayBackendHTTP, mon22dRouteOriginHTTP)
}

// cov3NoHTTPSRedirect is Yes unless a delivery rule of a CDN endpoint
// (global or conditional) redirects to HTTPS; CannotTell when the rules
// cannot be told.
func cov3NoHTTPSRedirect(res *parser.Resource) parser.Verdict {
	for _, attr := range []string{"global_delivery_rule", "delivery_rule"} {
		rules, hidden := setting.Blocks(res.Body.Get(attr))
		if hidden != nil {
			return parser.Unknowable(hidden, attr)
		}
		for _, r := range rules {
			redirects, hidden := setting.Blocks(r.Get("url_redirect_action"))
			if hidden != nil {
				return parser.Unknowable(hidden, attr+" url_redirect_action")
			}
			for _, rd := range redirects {
				switch v := parser.OneOf(rd.Get("protocol"), "protocol", "", "Https"); v.Answer {
				case parser.Yes:
					return parser.Decided
				case parser.CannotTell:
					return v
				}
			}
		}
	}
	return parser.Verdict{Answer: parser.Yes}
}

// cov3RouteServesHTTP judges a Front Door route: Yes when it supports Http
// and does not redirect it, or supports Http alone.
func cov3RouteServesHTTP(res *parser.Resource) parser.Verdict {
	protos, hidden := setting.Elems(res.Body.Get("supported_protocols"))
	if hidden != nil {
		return parser.Unknowable(hidden, "supported_protocols")
	}
	var http *parser.Value
	https := false
	for _, p := range protos {
		switch {
		case p.IsAnyOf("Http"):
			http = p
		case p.IsAnyOf("Https"):
			https = true
		}
	}
	switch {
	case http == nil:
		return parser.Decided
	case !https:
		return parser.Bad(http, `supported_protocols = ["Http"]`)
	}
	return parser.NotTrue(res.Body.Get("https_redirect_enabled"), "https_redirect_enabled", true)
}

// cov3ClassicFrontDoorHTTP judges the routing rules of a classic Front
// Door: Yes at the first that accepts Http and forwards (a redirect rule
// that answers HTTP with HTTPS is the secure pattern).
func cov3ClassicFrontDoorHTTP(res *parser.Resource) parser.Verdict {
	rules, hidden := setting.Blocks(res.Body.Get("routing_rule"))
	if hidden != nil {
		return parser.Unknowable(hidden, "routing_rule")
	}
	out := parser.Decided
	for _, r := range rules {
		if parser.Set(r.Get("forwarding_configuration")) == parser.No {
			continue
		}
		if on := r.Get("enabled"); on.Truth(true) == parser.False {
			continue
		}
		protos, hidden := setting.Elems(r.Get("accepted_protocols"))
		if hidden != nil {
			out = parser.Either(out, parser.Unknowable(hidden, "routing_rule accepted_protocols"))
			continue
		}
		for _, p := range protos {
			if p.IsAnyOf("Http") {
				return parser.Bad(p, `routing_rule accepted_protocols includes "Http" with a forwarding_configuration`)
			}
		}
	}
	return out
}
