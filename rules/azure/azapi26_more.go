package azure

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// More concepts on ARM types written with azapi (azapi26_mapping.go):
// server parameters of the flexible servers (AZURE-102, AZURE-025),
// transparent data encryption (AZURE-104), the public endpoints of
// registries and messaging namespaces (AZURE-121) and public blob
// containers (AZURE-033).

// armServerParameters are the flexible servers' configurations children:
// the parameter is the child's name, its value properties.value.
var armServerParameters = []string{
	"Microsoft.DBforPostgreSQL/flexibleServers/configurations",
	"Microsoft.DBforMySQL/flexibleServers/configurations",
}

// armNoTLS is AZURE-102's ARM settings: require_secure_transport turned off.
var armNoTLS = func() []setting.Check {
	var out []setting.Check
	for _, t := range armServerParameters {
		out = append(out, armSetting{
			Type:    t,
			Names:   []string{"require_secure_transport"},
			Judge:   armNot("properties.value", "", "off", "0", "false"),
			Problem: "the server accepts connections without TLS",
		}.Check())
	}
	return out
}()

// armOldTLSParameters is AZURE-025's ARM settings on the flexible servers'
// TLS parameters: PostgreSQL's ssl_min_protocol_version, MySQL's
// tls_version (a list).
var armOldTLSParameters = armChecks(armSetting{
	Type:    "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
	Names:   []string{"ssl_min_protocol_version"},
	Judge:   armNot("properties.value", "", "TLSv1", "TLSv1.0", "TLSv1.1"),
	Problem: "the server accepts TLS below 1.2",
}, armSetting{
	Type:  "Microsoft.DBforMySQL/flexibleServers/configurations",
	Names: []string{"tls_version"},
	Judge: func(bool) setting.Judge {
		return covOldTLSInList(armAttr("properties.value"))
	},
	Problem: "the server accepts TLS below 1.2",
})

// armTDEOff is AZURE-104's ARM setting: a database's
// transparentDataEncryption child ("current") whose state is Disabled.
// A database is encrypted unless it is turned off.
var armTDEOff = armSetting{
	Type:    "Microsoft.Sql/servers/databases/transparentDataEncryption",
	Names:   []string{"current"},
	Judge:   armNot("properties.state", "", "Disabled"),
	Problem: "the database is stored unencrypted",
}

// armPublicEndpoints are AZURE-121's ARM settings. A registry's
// publicNetworkAccess is Enabled and its networkRuleSet.defaultAction
// Allow unless written otherwise. A Service Bus or Event Hubs namespace
// keeps its network rule set in a child resource ("default"): the child is
// judged, on what it writes, since the namespace alone cannot say.
var armPublicEndpoints = armChecks(armSetting{
	Type: "Microsoft.ContainerRegistry/registries",
	Judge: armBoth(
		armNot("properties.publicNetworkAccess", "Enabled", "Enabled"),
		armOneOf("properties.networkRuleSet.defaultAction", "Allow", "Deny")),
	Problem: "the public endpoint admits every network",
}, armSetting{
	// AI services and Foundry accounts: Enabled and Allow when left out,
	// as azurerm's.
	Type: "Microsoft.CognitiveServices/accounts",
	Judge: armBoth(
		armNot("properties.publicNetworkAccess", "Enabled", "Enabled"),
		armOneOf("properties.networkAcls.defaultAction", "Allow", "Deny")),
	Problem: "the public endpoint admits every network",
}, armSetting{
	Type: "Microsoft.ServiceBus/namespaces/networkRuleSets",
	Judge: armBoth(
		armNot("properties.publicNetworkAccess", "Enabled", "Enabled"),
		armNot("properties.defaultAction", "", "Allow")),
	Problem: "the public endpoint admits every network",
}, armSetting{
	Type: "Microsoft.EventHub/namespaces/networkRuleSets",
	Judge: armBoth(
		armNot("properties.publicNetworkAccess", "Enabled", "Enabled"),
		armNot("properties.defaultAction", "", "Allow")),
	Problem: "the public endpoint admits every network",
})

const armContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers"

// checkARMPublicContainers is AZURE-033 on blob containers written with
// azapi: properties.publicAccess Blob or Container opens the container
// unless its account forbids public access. The account is found through
// parent_id (the blob service, then its account): an azapi account
// forbids it unless allowBlobPublicAccess is written true (the ARM
// default), an azurerm one as checkPackPublicContainer reads it.
func checkARMPublicContainers(p *engine.Pass) {
	for _, c := range p.ResourcesOfType(azapiTypes...) {
		if c.Data || !p.BodyKnown(c) || armIs(c, armContainerType, nil).Answer != parser.Yes {
			continue
		}
		view, v := armView(c)
		if view == nil {
			if v.Answer == parser.CannotTell {
				p.CannotTell(c, v.At, v.Detail)
			}
			continue
		}
		access := armOf(view, "properties.publicAccess")
		if u := setting.Unknown(access); u != nil {
			p.CannotTell(c, u, parser.Unknowable(u, "body.properties.publicAccess").Detail)
			continue
		}
		if !access.IsAnyOf("Blob", "Container") {
			continue
		}
		accounts := armContainerAccounts(p, c)
		if len(accounts) == 0 {
			p.CannotTell(c, access, fmt.Sprintf("body.properties.publicAccess = %q opens the container to anonymous reads unless its storage account forbids public access, and the account is not in the scanned code", access.Str))
			continue
		}
		open, why := parser.True, (*parser.Value)(nil)
		for _, a := range accounts {
			t, u := armAccountAllowsPublic(a)
			if t < open {
				open, why = t, u
			}
		}
		switch open {
		case parser.True:
			p.Report(c, access, "%s allows anonymous public read access (body.properties.publicAccess = %q) and %s does not forbid it",
				c.Address, access.Str, accounts[0].Address)
		case parser.Maybe:
			p.CannotTell(c, why, parser.Unknowable(why, "the storage account's public access setting").Detail)
		}
	}
}

// armContainerAccounts returns the storage accounts (azapi or azurerm)
// a container's parent_id leads to, directly or through its blob service.
func armContainerAccounts(p *engine.Pass, c *parser.Resource) []*parser.Resource {
	var out []*parser.Resource
	for _, r := range p.Referenced(c, "parent_id", "azapi_resource", "azurerm_storage_account") {
		switch {
		case r.Type == "azurerm_storage_account",
			armIs(r, "Microsoft.Storage/storageAccounts", nil).Answer == parser.Yes:
			out = append(out, r)
		case armIs(r, "Microsoft.Storage/storageAccounts/blobServices", nil).Answer == parser.Yes:
			for _, a := range p.Referenced(r, "parent_id", "azapi_resource", "azurerm_storage_account") {
				if a.Type == "azurerm_storage_account" || armIs(a, "Microsoft.Storage/storageAccounts", nil).Answer == parser.Yes {
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// armAccountAllowsPublic is packAccountAllowsPublic for an account of
// either provider.
func armAccountAllowsPublic(a *parser.Resource) (parser.Truth, *parser.Value) {
	if !strings.HasPrefix(a.Type, "azapi_") {
		return packAccountAllowsPublic(a)
	}
	view, v := armView(a)
	if view == nil {
		return parser.Maybe, v.At
	}
	allow := armOf(view, "properties.allowBlobPublicAccess")
	if u := setting.Unknown(allow); u != nil {
		return parser.Maybe, u
	}
	if allow.IsTrue() {
		return parser.True, nil
	}
	return parser.False, nil
}

// armSiteTypes are App Service sites and slots; their siteConfig is also
// written as a config child named "web".
var armSiteTypes = []string{"Microsoft.Web/sites", "Microsoft.Web/sites/slots"}

// armSiteConfig returns the settings of one siteConfig property: on the
// sites and slots (properties.siteConfig.<prop>) and on their "web" config
// children (properties.<prop>), judged by judge(path).
func armSiteConfig(prop, problem string, judge func(path string) armJudge) []setting.Check {
	var out []setting.Check
	for _, t := range armSiteTypes {
		out = append(out, armSetting{Type: t, Judge: judge("properties.siteConfig." + prop), Problem: problem}.Check(),
			armSetting{Type: t + "/config", Names: []string{"web"}, Judge: judge("properties." + prop), Problem: problem}.Check())
	}
	return out
}

// armRemoteDebugging is AZURE-135's ARM settings (off unless written).
var armRemoteDebugging = armSiteConfig("remoteDebuggingEnabled", "a remote debugger can attach to the app",
	func(path string) armJudge { return armFalse(path, false) })

// armAnyOrigin is AZURE-141's ARM settings: CORS allowedOrigins with "*".
var armAnyOrigin = armSiteConfig("cors.allowedOrigins", "browsers let scripts of any website call the app",
	func(path string) armJudge {
		return func(bool) setting.Judge { return cov6AnyOrigin("body." + path) }
	})

// armAnonymousPull is AZURE-140's ARM setting: anonymous pull, which only
// the Standard and Premium tiers have, off unless written.
var armAnonymousPull = armSetting{
	Type: "Microsoft.ContainerRegistry/registries",
	If: func(bool) setting.Judge {
		return setting.Is(armAttr("sku.name"), "", "Standard", "Premium")
	},
	Judge:   armFalse("properties.anonymousPullEnabled", false),
	Problem: "anyone on the internet can pull the registry's images without signing in",
}

// armRedisPublic is AZURE-021's ARM setting: publicNetworkAccess is
// Enabled unless written otherwise, except for a cache injected into a
// subnet (subnetId).
var armRedisPublic = armSetting{
	Type: "Microsoft.Cache/redis",
	Judge: armJudgeFunc(func(view *parser.Resource, update bool) parser.Verdict {
		pub := armAttr("properties.publicNetworkAccess")
		def := "Enabled"
		if update || parser.AnySet(armOf(view, "properties.subnetId")) {
			def = ""
		}
		return setting.MustNotBe(pub, def, "Enabled")(view)
	}),
	Problem: "allows public network access",
}

// armRedisNonTLS is AZURE-102's ARM setting on Redis: the non-TLS port,
// closed unless enableNonSslPort is written true.
var armRedisNonTLS = armSetting{
	Type:    "Microsoft.Cache/redis",
	Judge:   armFalse("properties.enableNonSslPort", false),
	Problem: "the cache opens its non-TLS port",
}

// armAKSNetworkPolicy is AZURE-110's ARM setting: networkProfile.networkPolicy
// left out (or "none") means no network policy engine. An update resource
// is judged only when it writes "none".
var armAKSNetworkPolicy = armSetting{
	Type: "Microsoft.ContainerService/managedClusters",
	Judge: armJudgeFunc(func(view *parser.Resource, update bool) parser.Verdict {
		a := armAttr("properties.networkProfile.networkPolicy")
		if update {
			return setting.MustNotBe(a, "", "none")(view)
		}
		return setting.Either(setting.MustBeSet(a), setting.MustNotBe(a, "", "none"))(view)
	}),
	Problem: "pod traffic is not limited by network policies",
}
