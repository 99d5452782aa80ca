package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const (
	packAppGatewayWAFPolicy = "azurerm_web_application_firewall_policy"
	packFrontDoorSecPolicy  = "azurerm_cdn_frontdoor_security_policy"
	packFrontDoorWAFPolicy  = "azurerm_cdn_frontdoor_firewall_policy"
)

// packMissingWAFReads are the types checkPackMissingWAF reads (Rule.Reads).
var packMissingWAFReads = []string{"azurerm_application_gateway", "azurerm_cdn_frontdoor_endpoint", "azurerm_cdn_frontdoor_firewall_policy", "azurerm_cdn_frontdoor_profile", "azurerm_cdn_frontdoor_security_policy", "azurerm_frontdoor", "azurerm_frontdoor_firewall_policy", "azurerm_web_application_firewall_policy"}

func checkPackMissingWAF(p *engine.Pass) {
	public := map[*parser.Resource]bool{}
	for _, gw := range p.ResourcesOfType("azurerm_application_gateway") {
		if !packGatewayIsPublic(gw) {
			continue
		}
		public[gw] = true
		skus, hidden := setting.Blocks(gw.Body.Get("sku"))
		setting.Undecided(p, gw, "sku", hidden)
		for _, sku := range skus {
			tier := sku.Get("tier")
			if tier != nil && !setting.Undecided(p, gw, "sku.tier", tier) && !tier.IsAnyOf("WAF", "WAF_v2") {
				p.Report(gw, tier, "%s is internet-facing without a WAF (sku tier %s)", gw.Address, tier.Str)
			}
		}
		wafs, _ := setting.Blocks(gw.Body.Get("waf_configuration"))
		for _, w := range wafs {
			packReportWAFMode(p, gw, w.Get("enabled"), w.Get("firewall_mode"), gw.Address+" waf_configuration")
		}
	}
	for _, pol := range p.ResourcesOfType(packAppGatewayWAFPolicy) {
		gws := p.Referrers(pol, "firewall_policy_id", "azurerm_application_gateway")
		used := false
		for _, gw := range gws {
			used = used || public[gw]
		}
		settings, _ := setting.Blocks(pol.Body.Get("policy_settings"))
		for _, s := range settings {
			switch {
			case used:
				packReportWAFMode(p, pol, s.Get("enabled"), s.Get("mode"), pol.Address)
			case len(gws) == 0:
				packUnattachedWAFMode(p, pol, s.Get("enabled"), s.Get("mode"), "Application Gateway")
			}
		}
	}

	unresolved := map[string]bool{}
	for _, sp := range p.ResourcesOfType(packFrontDoorSecPolicy) {
		if p.Unresolved(sp, "cdn_frontdoor_profile_id") {
			unresolved[sp.Root] = true
		}
	}
	for _, prof := range p.ResourcesOfType("azurerm_cdn_frontdoor_profile") {
		if unresolved[prof.Root] || len(p.Referrers(prof, "cdn_frontdoor_profile_id", "azurerm_cdn_frontdoor_endpoint")) == 0 {
			continue
		}
		if len(p.Referrers(prof, "cdn_frontdoor_profile_id", packFrontDoorSecPolicy)) == 0 {
			p.Report(prof, nil, "%s serves endpoints without a WAF (no azurerm_cdn_frontdoor_security_policy)", prof.Address)
		}
	}
	for _, pol := range p.ResourcesOfType(packFrontDoorWAFPolicy) {
		if len(p.Referrers(pol, "cdn_frontdoor_firewall_policy_id", packFrontDoorSecPolicy)) > 0 {
			packReportWAFMode(p, pol, pol.Body.Get("enabled"), pol.Body.Get("mode"), pol.Address)
		} else {
			packUnattachedWAFMode(p, pol, pol.Body.Get("enabled"), pol.Body.Get("mode"), "Front Door security policy")
		}
	}
	cov7ClassicFrontDoorWAF(p)
}

// packGatewayIsPublic reports whether an application gateway is known to
// have a frontend with a public IP address.
func packGatewayIsPublic(gw *parser.Resource) bool {
	fronts, _ := setting.Blocks(gw.Body.Get("frontend_ip_configuration"))
	for _, f := range fronts {
		if !f.Get("public_ip_address_id").IsNull() {
			return true
		}
	}
	return false
}

// packUnattachedWAFMode reports a WAF policy that is turned off or only
// detects when nothing in the scanned code uses it (a module that defines
// the policy for gateways or profiles made elsewhere): wherever it is
// attached it filters nothing, and a WAF policy is made for what faces the
// internet. A policy used only by private gateways is not judged here.
func packUnattachedWAFMode(p *engine.Pass, res *parser.Resource, enabled, mode *parser.Value, user string) {
	if enabled.IsFalse() {
		p.Report(res, enabled, "%s disables the WAF (no %s in the scanned code uses the policy; wherever it is attached it filters nothing)", res.Address, user)
		return
	}
	if s, ok := mode.AsString(); ok && strings.EqualFold(strings.TrimSpace(s), "Detection") {
		p.Report(res, mode, "%s runs the WAF in Detection mode (no %s in the scanned code uses the policy; wherever it is attached it only logs attacks)", res.Address, user)
	}
}

// packReportWAFMode reports a WAF that is disabled, or enabled in
// Detection mode.
func packReportWAFMode(p *engine.Pass, res *parser.Resource, enabled, mode *parser.Value, what string) {
	if enabled.IsFalse() {
		p.Report(res, enabled, "%s disables the WAF", what)
		return
	}
	if s, ok := mode.AsString(); ok && strings.EqualFold(strings.TrimSpace(s), "Detection") {
		p.Report(res, mode, "%s runs the WAF in Detection mode: attacks are logged, not blocked", what)
	}
}
