package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Threat intelligence filtering alerts on (or denies) traffic to and from
// known malicious addresses and domains; it is on, in Alert mode, unless
// turned off. IDPS (Premium policies) is off unless configured, so only a
// mode written as "Off" is judged.
var (
	cov8FirewallThreatIntel = setting.Check{
		Types:   []string{"azurerm_firewall"},
		Judge:   setting.MustNotBe(parser.A("threat_intel_mode", ""), "Alert", "Off"),
		Problem: "threat intelligence filtering is off",
	}
	cov8FirewallPolicyThreatIntel = setting.Check{
		Types: []string{"azurerm_firewall_policy"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("threat_intelligence_mode", ""), "Alert", "Off"),
			setting.MustNotBe(parser.A("intrusion_detection.mode", ""), "", "Off")),
		Problem: "threat intelligence filtering or intrusion detection is off",
	}
)

// coverage8Rules are the eighth batch of coverage rules (AZURE-145 and up).
func coverage8Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "AZURE-145"}, cov8FirewallThreatIntel, cov8FirewallPolicyThreatIntel),
	}
}
