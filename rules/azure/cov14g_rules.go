package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov14gRules are the rules the session 14 sample of Checkov's graph
// checks showed missing.
func cov14gRules() []*engine.Rule {
	return []*engine.Rule{acrWebhookOverHTTP()}
}

// acrWebhookOverHTTP is AZURE-167: a container registry webhook that posts
// its notifications, and the custom headers that authenticate them, to an
// http:// URL.
func acrWebhookOverHTTP() *engine.Rule {
	uri := parser.A("service_uri", "")
	return setting.Rule(engine.Rule{ID: "AZURE-167"}, setting.Check{
		Types: []string{"azurerm_container_registry_webhook"},
		Judge: func(res *parser.Resource) parser.Verdict {
			v := uri.Of(res)
			prefix, ok := v.KnownPrefix()
			low := strings.ToLower(strings.TrimSpace(prefix))
			switch {
			case ok && strings.HasPrefix(low, "http://"):
				return parser.Bad(v, uri.Name(res)+" is an http:// URL")
			case ok && (strings.HasPrefix(low, "https://") || len(low) >= len("https://")):
				return parser.Decided
			case parser.Set(v) == parser.No:
				return parser.Decided // required: the provider rejects its absence
			}
			return parser.Unknowable(v, uri.Name(res))
		},
		Problem: "the webhook sends the registry's events, with its custom headers, over plain HTTP",
	})
}
