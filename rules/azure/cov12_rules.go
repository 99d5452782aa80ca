package azure

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage12Rules are the twelfth batch of coverage rules (AZURE-152 and
// up): misses on third-party samples.
func coverage12Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "AZURE-152"}, setting.Check{
			Types:   covDBFirewallRuleTypes,
			Judge:   cov12AzureServicesRule,
			Problem: "the firewall admits every Azure service, other customers' included",
		}, setting.Check{
			// "Accept connections from within public Azure datacenters".
			Types:   []string{"azurerm_cosmosdb_account"},
			Judge:   cov12CosmosAzureDatacenters,
			Problem: "the firewall admits every Azure datacenter address, other customers' included",
		}),
	}
}

// covDBFirewallRuleTypes are the server-level firewall rules of the
// database services (AZURE-100), where the rule 0.0.0.0 - 0.0.0.0 means
// "allow Azure services" (AZURE-152). Redis has its own.
var covDBFirewallRuleTypes = []string{"azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule",
	"azurerm_postgresql_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule",
	"azurerm_mysql_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule",
	"azurerm_mariadb_firewall_rule", "azurerm_synapse_firewall_rule"}

// cov12AzureServicesRule is AZURE-152's judgement: a rule whose start and
// end addresses are both 0.0.0.0.
func cov12AzureServicesRule(res *parser.Resource) parser.Verdict {
	start, end := parser.A("start_ip_address", ""), parser.A("end_ip_address", "")
	sv, ev := start.Of(res), end.Of(res)
	if sv == nil || ev == nil {
		return parser.Decided
	}
	// A known address other than 0.0.0.0 settles it, whatever the other.
	for _, v := range []*parser.Value{sv, ev} {
		if s, ok := v.AsString(); ok && strings.TrimSpace(s) != "0.0.0.0" {
			return parser.Decided
		}
	}
	if u := setting.Unknown(sv, ev); u != nil {
		return parser.Unknowable(u, "start_ip_address/end_ip_address")
	}
	if _, ok := sv.AsString(); !ok {
		return parser.Decided
	}
	if _, ok := ev.AsString(); !ok {
		return parser.Decided
	}
	return parser.Bad(ev, "start_ip_address = end_ip_address = 0.0.0.0, the \"Allow Azure services\" rule")
}

// cov12Reserved are the IPv4 ranges no internet client connects from:
// this network, private, shared (carrier-grade NAT), loopback, link-local,
// multicast and reserved.
var cov12Reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"), netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), netip.MustParsePrefix("127.0.0.0/8"),
	netip.MustParsePrefix("169.254.0.0/16"), netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"), netip.MustParsePrefix("224.0.0.0/3"),
}

// cov12PublicAddresses counts the public IPv4 addresses from lo to hi.
func cov12PublicAddresses(lo, hi uint32) uint64 {
	n := uint64(hi) - uint64(lo) + 1
	for _, r := range cov12Reserved {
		rlo := covIPv4(r.Addr())
		rhi := rlo + uint32(uint64(1)<<(32-r.Bits())-1)
		a, b := max(lo, rlo), min(hi, rhi)
		if a <= b {
			n -= uint64(b) - uint64(a) + 1
		}
	}
	return n
}

// cov12LargeRange is the number of public addresses from which a firewall
// range counts as a large part of the internet: a /8's worth.
const cov12LargeRange = 1 << 24

// cov12IPEntries returns the entries of an IP allow list: the elements
// of a list, each split at commas (Cosmos DB's ip_range_filter is one
// comma-separated string in azurerm 3.x). Entries not known statically
// are left out.
func cov12IPEntries(v *parser.Value) (vals []*parser.Value, entries []string) {
	elems, _ := setting.Elems(v)
	for _, e := range elems {
		s, ok := e.AsString()
		if !ok {
			continue
		}
		for _, part := range strings.Split(s, ",") {
			vals = append(vals, e)
			entries = append(entries, strings.TrimSpace(part))
		}
	}
	return vals, entries
}

// cov12CosmosAzureDatacenters is Yes when a Cosmos DB account's
// ip_range_filter lists 0.0.0.0, the portal's "Accept connections from
// within public Azure datacenters".
// Public network access turned off makes the filter moot.
func cov12CosmosAzureDatacenters(res *parser.Resource) parser.Verdict {
	vals, entries := cov12IPEntries(res.Body.Get("ip_range_filter"))
	for i, s := range entries {
		if s != "0.0.0.0" {
			continue
		}
		switch pub := cov12PublicAccessOn(res); pub.Answer {
		case parser.No, parser.CannotTell:
			return pub
		}
		return parser.Bad(vals[i], "ip_range_filter lists 0.0.0.0, every public Azure datacenter address")
	}
	return parser.Decided
}

// cov12PublicAccessOn is Yes when public_network_access_enabled is true
// or absent (the default).
var cov12PublicAccessOn = setting.Not(setting.MustBeTrue(parser.A("public_network_access_enabled", ""), true))

// cov12IPRulesAdmitAll judges a list of IP rules (addresses or CIDR
// ranges) of a network ACL whose default action is Deny: Yes when one of
// them spans at least half of the IPv4 address space (0.0.0.0/0), which
// admits every network again. Elements not known statically are taken to
// list specific addresses.
func cov12IPRulesAdmitAll(v *parser.Value, name string) parser.Verdict {
	vals, entries := cov12IPEntries(v)
	for i, s := range entries {
		pfx, err := netip.ParsePrefix(s)
		if err != nil || !pfx.Addr().Is4() || pfx.Bits() > 1 {
			continue
		}
		return parser.Bad(vals[i], fmt.Sprintf("%s lists %s", name, s))
	}
	return parser.Decided
}

// cov12OpenACL judges a network ACL: its default action is "Allow" (def
// when not written), or one of its IP rules admits every address.
func cov12OpenACL(acl *parser.Value, prefix, def string) parser.Verdict {
	return parser.Either(parser.OneOf(acl.Get("default_action"), prefix+"default_action", def, "Allow"),
		cov12IPRulesAdmitAll(acl.Get("ip_rules"), prefix+"ip_rules"))
}

// checkCov12SQLEntraAdmin is AZURE-137's check of Azure SQL servers: an
// azurerm_mssql_server without an azuread_administrator block, or a
// legacy azurerm_sql_server, that no azurerm_sql_active_directory_administrator
// names (by reference or by its literal name).
func checkCov12SQLEntraAdmin(p *engine.Pass) {
	for _, srv := range p.KnownManaged("azurerm_mssql_server", "azurerm_sql_server") {
		if srv.Type == "azurerm_mssql_server" {
			block := srv.Body.Get("azuread_administrator")
			if setting.Undecided(p, srv, "azuread_administrator", block) {
				continue
			}
			if parser.Set(block) == parser.Yes {
				continue
			}
		}
		judgeEntraAdmin(p, srv, "azurerm_sql_active_directory_administrator", "server_name", "SQL")
	}
}
