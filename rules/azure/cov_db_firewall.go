package azure

import (
	"fmt"
	"net/netip"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covDBFirewallAllowsAll() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-100"}, setting.Check{
		Types:   covDBFirewallRuleTypes,
		Judge:   covFirewallRange(parser.A("start_ip_address", ""), parser.A("end_ip_address", "")),
		Problem: "the firewall admits the internet",
	}, setting.Check{
		// Redis firewall rules name their bounds start_ip and end_ip.
		Types:   []string{"azurerm_redis_firewall_rule"},
		Judge:   covFirewallRange(parser.A("start_ip", ""), parser.A("end_ip", "")),
		Problem: "the firewall admits the internet",
	})
}

// covWorldHalf is the number of IPv4 addresses from which a firewall range
// counts as the internet: half of the address space.
const covWorldHalf = 1 << 31

// covFirewallRange judges a start/end IPv4 range: Yes when it spans at
// least half of the IPv4 address space, or at least a /8's worth of
// public addresses (0.0.0.0 - 10.0.27.62 holds 1.0.0.0 - 9.255.255.255).
func covFirewallRange(start, end parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		sv, ev := start.Of(res), end.Of(res)
		if sv == nil || ev == nil {
			return parser.Decided
		}
		if u := setting.Unknown(sv, ev); u != nil {
			return parser.Unknowable(u, start.Name(res)+"/"+end.Name(res))
		}
		s, ok1 := sv.AsString()
		e, ok2 := ev.AsString()
		if !ok1 || !ok2 {
			return parser.Decided
		}
		a, err1 := netip.ParseAddr(s)
		b, err2 := netip.ParseAddr(e)
		if err1 != nil || err2 != nil || !a.Is4() || !b.Is4() {
			return parser.Decided
		}
		lo, hi := covIPv4(a), covIPv4(b)
		if hi < lo || uint64(hi)-uint64(lo)+1 < covWorldHalf && cov12PublicAddresses(lo, hi) < cov12LargeRange {
			return parser.Decided
		}
		return parser.Bad(ev, fmt.Sprintf("%s = %s, %s = %s", start.Name(res), s, end.Name(res), e))
	}
}

func covIPv4(a netip.Addr) uint32 {
	b := a.As4()
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}
