package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// gap24dArmorTypes are the Cloud Armor security policies, and the rule
// resources that add rules to one from outside it.
var (
	gap24dArmorTypes    = []string{"google_compute_security_policy", "google_compute_region_security_policy"}
	gap24dArmorRuleType = []string{"google_compute_security_policy_rule", "google_compute_region_security_policy_rule"}
)

// gap24dArmorDefaultPriority is the priority of a security policy's
// default rule, which matches every request the other rules do not.
const gap24dArmorDefaultPriority = 2147483647

// armorWithoutRulesReads are the types checkArmorWithoutRules reads (Rule.Reads).
var armorWithoutRulesReads = []string{"google_compute_region_security_policy", "google_compute_region_security_policy_rule", "google_compute_security_policy", "google_compute_security_policy_rule"}

// checkArmorWithoutRules is GCP-188: a Cloud Armor security policy none of
// whose rules denies, throttles, bans or redirects a request (or only in
// preview), and whose default rule allows (Cloud Armor adds a default
// allow rule when none is written), inspects nothing: the backends it is
// attached to have a WAF in name only.
func checkArmorWithoutRules(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(gap24dArmorTypes...) {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		// Rules added by separate resources (or a policy whose rules
		// another configuration manages) are given the benefit of the
		// doubt.
		if len(p.Referrers(res, "security_policy", gap24dArmorRuleType...)) > 0 {
			continue
		}
		// Network edge and internal service policies have no request
		// rules of this kind.
		typ := res.Body.Get("type")
		if typ.IsAnyOf("CLOUD_ARMOR_NETWORK", "CLOUD_ARMOR_INTERNAL_SERVICE") {
			continue
		}
		rules, ok := setting.DecidedBlocks(p, res, "rule", res.Body.Get("rule"))
		if !ok {
			continue
		}
		var defaultRule *parser.Value
		protects, undecided := false, false
		for _, r := range rules {
			action, prio, preview := r.Get("action"), r.Get("priority"), r.Get("preview")
			if n, known := prio.AsInt(); known && n == gap24dArmorDefaultPriority {
				defaultRule = r
				if !action.IsAnyOf("allow") {
					if setting.Undecided(p, res, "rule.action", action) {
						undecided = true
						break
					}
					protects = true
				}
				continue
			}
			if action.IsAnyOf("allow") {
				continue
			}
			if setting.Undecided(p, res, "rule.action", action) {
				undecided = true
				break
			}
			switch preview.Truth(false) {
			case parser.False:
				protects = true
			case parser.Maybe:
				p.CannotTell(res, preview, parser.Unknowable(preview, "rule.preview").Detail)
				undecided = true
			}
			if protects || undecided {
				break
			}
		}
		if protects || undecided || setting.Undecided(p, res, "type", typ) {
			continue
		}
		if defaultRule != nil {
			p.Report(res, defaultRule.Get("action"), "%s blocks nothing: no rule denies, throttles or redirects a request (or only in preview), and its default rule allows every request", res.Address)
			continue
		}
		p.Report(res, nil, "%s blocks nothing: no rule denies, throttles or redirects a request (or only in preview), and Cloud Armor's default rule allows every request", res.Address)
	}
}
