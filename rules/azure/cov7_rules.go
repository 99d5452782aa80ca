package azure

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov7APIMBackendHTTP is AZURE-131's check of API Management backends:
// a backend whose URL is http:// receives every proxied request, with its
// headers and credentials, unencrypted.
var cov7APIMBackendHTTP = setting.Check{
	Types:   []string{"azurerm_api_management_backend"},
	Judge:   cov7PlainHTTPURL("url"),
	Problem: "API Management forwards requests to the backend over plain HTTP",
}

// cov7PlainHTTPURL is Yes when the URL in attr is known to start with
// http://, CannotTell when its known beginning could still become it.
func cov7PlainHTTPURL(attr string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		u := res.Body.Get(attr)
		if u == nil {
			return parser.Decided
		}
		pre, ok := u.KnownPrefix()
		lower := strings.ToLower(strings.TrimSpace(pre))
		switch {
		case ok && strings.HasPrefix(lower, "http://"):
			return parser.Bad(u, attr+" = "+strconv.Quote(u.Shown()))
		case setting.Unknown(u) != nil && strings.HasPrefix("http://", lower):
			return parser.Unknowable(u, attr)
		}
		return parser.Decided
	}
}

// cov7MayGovernOthers reports whether the account a network rules
// resource names in attr is unresolved in a way that may be any account of
// its root: not when the expression only refers to a storage account
// resource that the configuration does not declare (that one is not any
// other account).
func cov7MayGovernOthers(p *engine.Pass, nr *parser.Resource, attr string) bool {
	if !p.Unresolved(nr, attr) {
		return false
	}
	v := nr.Body.Get(attr)
	if len(v.Refs) == 0 || len(v.Uses) != len(v.Refs) {
		return true
	}
	for _, r := range v.Refs {
		if parser.ResourceType(r) != "azurerm_storage_account" || strings.HasPrefix(r, "module.") {
			return true
		}
	}
	return false
}
