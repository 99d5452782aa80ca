package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// The network-exposure concepts whose ARM reading is more than one
// property (azapi26_mapping.go): the public endpoint of SQL and flexible
// servers (AZURE-020), of an AKS API server (AZURE-035), and of vaults,
// Cosmos DB and storage accounts (AZURE-034, AZURE-153).

// armJudgeFunc makes an armJudge of a judgement that reads several
// properties of the view; update is true for azapi_update_resource.
func armJudgeFunc(f func(view *parser.Resource, update bool) parser.Verdict) armJudge {
	return func(update bool) setting.Judge {
		return func(view *parser.Resource) parser.Verdict { return f(view, update) }
	}
}

// armOf returns the property at path of an ARM view.
func armOf(view *parser.Resource, path string) *parser.Value { return armAttr(path).Of(view) }

// armDBPublic are AZURE-020's ARM settings. A SQL logical server's
// publicNetworkAccess is Enabled unless written otherwise. A flexible
// server (PostgreSQL, MySQL) in a delegated subnet has no public endpoint;
// one without is created in public access mode unless
// network.publicNetworkAccess is Disabled.
var armDBPublic = armChecks(armSetting{
	Type:    "Microsoft.Sql/servers",
	Judge:   armNot("properties.publicNetworkAccess", "Enabled", "Enabled"),
	Problem: "allows public network access",
}, armSetting{
	Type:    "Microsoft.DBforPostgreSQL/flexibleServers",
	Judge:   armJudgeFunc(armFlexiblePublic),
	Problem: "allows public network access",
}, armSetting{
	Type:    "Microsoft.DBforMySQL/flexibleServers",
	Judge:   armJudgeFunc(armFlexiblePublic),
	Problem: "allows public network access",
})

func armFlexiblePublic(view *parser.Resource, update bool) parser.Verdict {
	pub := armAttr("properties.network.publicNetworkAccess")
	if update || parser.AnySet(pub.Of(view)) {
		return setting.MustNotBe(pub, "", "Enabled")(view)
	}
	if parser.AnySet(armOf(view, "properties.network.delegatedSubnetResourceId")) {
		return parser.Decided
	}
	return parser.Bad(nil, "no body.properties.network.delegatedSubnetResourceId, and publicNetworkAccess is not Disabled: the server is created in public access mode")
}

// armAKSPublicAPI is AZURE-035's ARM setting: a cluster that is not
// private (apiServerAccessProfile.enablePrivateCluster) and lists no
// authorized IP ranges, or lists the whole internet, exposes its API
// server. An update resource is judged only on the ranges it writes.
var armAKSPublicAPI = armSetting{
	Type: "Microsoft.ContainerService/managedClusters",
	Judge: armJudgeFunc(func(view *parser.Resource, update bool) parser.Verdict {
		const prof = "properties.apiServerAccessProfile."
		priv := armOf(view, prof+"enablePrivateCluster")
		if v := setting.Unknown(priv); v != nil {
			return parser.Unknowable(v, "body."+prof+"enablePrivateCluster")
		}
		if priv.IsTrue() {
			return parser.Decided
		}
		ranges := armOf(view, prof+"authorizedIPRanges")
		cidrs, hidden := setting.Elems(ranges)
		restricted := false
		for _, c := range cidrs {
			switch {
			case parser.Set(c) == parser.No:
			case netexposure.IsWorldCIDR(c):
				return parser.Bad(c, "body."+prof+"authorizedIPRanges admits "+c.Str)
			case c.IsKnown():
				restricted = true
			}
		}
		switch {
		case hidden != nil:
			return parser.Unknowable(hidden, "body."+prof+"authorizedIPRanges")
		case restricted || update:
			return parser.Decided
		}
		return parser.Bad(priv, "not private, no authorized IP ranges")
	}),
	Problem: "exposes its API server to the internet",
}

// armOpenStores are AZURE-034's ARM settings: a vault or storage account
// whose network ACLs' default action is Allow, a vault without network
// ACLs (ARM: all networks), a Cosmos DB account with neither IP rules nor
// a virtual network filter; publicNetworkAccess Disabled closes them all.
// A storage account without network ACLs is AZURE-153's.
var armOpenStores = armChecks(armSetting{
	Type:    "Microsoft.KeyVault/vaults",
	Judge:   armJudgeFunc(armOpenACLs(true)),
	Problem: "accepts connections from all networks",
}, armSetting{
	Type:    "Microsoft.Storage/storageAccounts",
	Judge:   armJudgeFunc(armOpenACLs(false)),
	Problem: "accepts connections from all networks",
}, armSetting{
	Type: "Microsoft.DocumentDB/databaseAccounts",
	Judge: armJudgeFunc(func(view *parser.Resource, update bool) parser.Verdict {
		if v, closed := armPublicOff(view); closed || v.Answer == parser.CannotTell {
			return v
		}
		vnet := armOf(view, "properties.isVirtualNetworkFilterEnabled")
		rules := armOf(view, "properties.ipRules")
		if u := setting.Unknown(vnet, rules); u != nil {
			return parser.Unknowable(u, "body.properties")
		}
		if update || vnet.IsTrue() || parser.Set(rules) == parser.Yes {
			return parser.Decided
		}
		return parser.Bad(nil, "public network access, no body.properties.ipRules, no virtual network filter")
	}),
	Problem: "accepts connections from all networks",
})

// armPublicOff answers whether publicNetworkAccess is Disabled (closed),
// or cannot tell.
func armPublicOff(view *parser.Resource) (parser.Verdict, bool) {
	pub := armOf(view, "properties.publicNetworkAccess")
	if u := setting.Unknown(pub); u != nil {
		return parser.Unknowable(u, "body.properties.publicNetworkAccess"), false
	}
	return parser.Decided, pub.IsAnyOf("Disabled", "SecuredByPerimeter")
}

// armOpenACLs judges networkAcls.defaultAction; missing reports whether
// ACLs left out admit every network here (a vault: yes; a storage account
// is AZURE-153's).
func armOpenACLs(missing bool) func(view *parser.Resource, update bool) parser.Verdict {
	return func(view *parser.Resource, update bool) parser.Verdict {
		if v, closed := armPublicOff(view); closed || v.Answer == parser.CannotTell {
			return v
		}
		acls := armOf(view, "properties.networkAcls")
		if u := setting.Unknown(acls); u != nil {
			return parser.Unknowable(u, "body.properties.networkAcls")
		}
		if acls.IsNull() {
			if missing && !update {
				return parser.Bad(nil, "public network access and no body.properties.networkAcls")
			}
			return parser.Decided
		}
		return setting.MustNotBe(armAttr("properties.networkAcls.defaultAction"), "", "Allow")(view)
	}
}

// armStorageDefaultNetwork is AZURE-153's ARM setting: a storage account
// created without network ACLs and without turning public network access
// off admits every network.
var armStorageDefaultNetwork = armSetting{
	Type: "Microsoft.Storage/storageAccounts",
	Judge: armJudgeFunc(func(view *parser.Resource, update bool) parser.Verdict {
		if update {
			return parser.Decided
		}
		if v, closed := armPublicOff(view); closed || v.Answer == parser.CannotTell {
			return v
		}
		acls := armOf(view, "properties.networkAcls")
		if u := setting.Unknown(acls); u != nil {
			return parser.Unknowable(u, "body.properties.networkAcls")
		}
		if !acls.IsNull() {
			return parser.Decided
		}
		return parser.Bad(nil, "no body.properties.networkAcls, and publicNetworkAccess is not Disabled (Azure's default)")
	}),
	Problem: "accepts connections from all networks",
}

// runARM runs checks; the rules that own these concepts call it.
func runARM(p *engine.Pass, checks ...setting.Check) {
	for _, c := range checks {
		c.Run(p)
	}
}

// armNSGRuleNames maps the ARM security rule properties AZURE-001 reads to
// the azurerm attribute names its judgement (netCheckNSGRule) reads.
var armNSGRuleNames = map[string]string{
	"access":                "access",
	"direction":             "direction",
	"protocol":              "protocol",
	"sourceAddressPrefix":   "source_address_prefix",
	"sourceAddressPrefixes": "source_address_prefixes",
	"destinationPortRange":  "destination_port_range",
	"destinationPortRanges": "destination_port_ranges",
}

// armNSGRule returns an ARM security rule's properties under the azurerm
// names, the values themselves (their positions kept).
func armNSGRule(props *parser.Value) *parser.Value {
	out := &parser.Value{Kind: parser.Object, Range: props.Range, Attrs: map[string]*parser.Value{}}
	for arm, tf := range armNSGRuleNames {
		if v := props.Get(arm); v != nil {
			out.Attrs[tf] = v
		}
	}
	return out
}

// checkARMNSGRules is AZURE-001 on network security groups written with
// azapi: a Microsoft.Network/networkSecurityGroups body's
// properties.securityRules[].properties, and a
// Microsoft.Network/networkSecurityGroups/securityRules body's properties,
// judged as the azurerm rules are.
func checkARMNSGRules(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(azapiTypes...) {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		group := armIs(res, "Microsoft.Network/networkSecurityGroups", nil).Answer == parser.Yes
		if !group && armIs(res, "Microsoft.Network/networkSecurityGroups/securityRules", nil).Answer != parser.Yes {
			continue
		}
		view, v := armView(res)
		if view == nil {
			if v.Answer == parser.CannotTell {
				p.CannotTell(res, v.At, v.Detail)
			}
			continue
		}
		if !group {
			props := armOf(view, "properties")
			if u := setting.Unknown(props); u != nil {
				p.CannotTell(res, u, parser.Unknowable(u, "body.properties").Detail)
				continue
			}
			if props.Kind == parser.Object {
				netCheckNSGRule(p, res, armNSGRule(props), res.Address)
			}
			continue
		}
		rules, hidden := setting.Elems(armOf(view, "properties.securityRules"))
		if hidden != nil {
			// An element not known statically may be any rule.
			p.CannotTell(res, hidden, parser.Unknowable(hidden, "body.properties.securityRules").Detail)
		}
		for _, rule := range rules {
			name := res.Address + " securityRules"
			if n, ok := rule.Get("name").AsString(); ok {
				name += ` "` + n + `"`
			}
			props := rule.Get("properties")
			if u := setting.Unknown(props); u != nil {
				p.CannotTell(res, u, parser.Unknowable(u, name+" properties").Detail)
				continue
			}
			if props.Kind == parser.Object {
				netCheckNSGRule(p, res, armNSGRule(props), name)
			}
		}
	}
}
