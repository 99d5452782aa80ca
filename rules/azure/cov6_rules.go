package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov6AnyOrigin judges a CORS origin list: Yes at the "*" entry.
func cov6AnyOrigin(path string) setting.Judge {
	a := parser.A(path, "")
	return func(res *parser.Resource) parser.Verdict {
		origins, hidden := setting.Elems(a.Of(res))
		for _, o := range origins {
			if o.IsAnyOf("*") {
				return parser.Bad(o, `allowed_origins includes "*"`)
			}
		}
		if hidden != nil {
			return parser.Unknowable(hidden, path)
		}
		return parser.Decided
	}
}

// coverage6Rules are the sixth batch of coverage rules (AZURE-140 and up).
func coverage6Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "AZURE-140"}, setting.Check{
			Types:   []string{"azurerm_container_registry"},
			Judge:   setting.MustBeFalse(parser.A("anonymous_pull_enabled", ""), false),
			Problem: "anyone on the internet can pull the registry's images without signing in",
		}),
		setting.Rule(engine.Rule{ID: "AZURE-141"}, setting.Check{
			Types:   covWebApps,
			Judge:   cov6AnyOrigin("site_config.cors.allowed_origins"),
			Problem: "browsers let scripts of any website call the app",
		}),
	}
}
