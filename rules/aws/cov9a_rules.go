package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9aRules are the rules the ninth coverage pass added from
// Checkov's inline Terraform tests.
func coverage9aRules() []*engine.Rule {
	return []*engine.Rule{trailGlobalEventsOff(), {ID: "AWS-271", Check: checkIAMEveryActionOnNamedResources},
		{ID: "AWS-272", Check: checkNetworkFirewallLogging}}
}

// trailGlobalEventsOff reports trails that leave out the events of global
// services (include_global_service_events / IncludeGlobalServiceEvents,
// true by default in both formats); whether the trail covers every region
// is AWS-015's.
func trailGlobalEventsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-270"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeTrue(parser.A("include_global_service_events", "IncludeGlobalServiceEvents"), true),
		Problem: "the trail does not record the events of global services such as IAM and STS",
	})
}

// checkIAMEveryActionOnNamedResources reports identity policy statements
// that allow every action of every service ("*" or "*:*") on the resources
// they name: whoever holds the policy may delete them, change their
// policies or make them public. The same grant on every resource (Resource
// "*", or a pattern such as "arn:aws:*" that matches every ARN) is AWS-003's.
func checkIAMEveryActionOnNamedResources(p *engine.Pass) {
	for _, src := range identityPolicySources(p) {
		for _, st := range polStatements(p, src) {
			everyActionOnNamed(p, src.res, st)
		}
	}
	// An aws_iam_policy_document that no resource of the scan uses (a
	// module that hands its JSON to its caller, or a document not yet
	// attached) is judged where it is written, as AWS-003 judges it
	// (tscan26): its statements without principals are an identity
	// policy's. A document a resource uses is judged on that resource
	// (an identity policy above; a resource policy's statements name
	// principals).
	for _, ds := range p.DataSourcesOfType("aws_iam_policy_document") {
		if usedInScan(p, ds) {
			continue
		}
		items := ds.Body.Get("statement").Items()
		for i, st := range blockStatements(ds) {
			if namesPrincipals(items[i].Get("principals")) || namesPrincipals(items[i].Get("not_principals")) {
				continue
			}
			everyActionOnNamed(p, ds, st)
		}
	}
}

// usedInScan reports whether a resource or data source of the scan
// refers to res (ordering by depends_on aside). Variables, locals, outputs
// and module calls are not uses: a lint scan drops them once evaluated.
func usedInScan(p *engine.Pass, res *parser.Resource) bool {
	for _, e := range p.EdgesTo(res) {
		if e.From.Kind == "" && e.Kind != engine.DependsOn {
			return true
		}
	}
	return false
}

// everyActionOnNamed reports st, a statement of a policy res holds, when
// it allows every action of every service on the resources it names.
func everyActionOnNamed(p *engine.Pass, res *parser.Resource, st polStatement) {
	if !st.allows() || everyResourceOf(st.resources) != nil {
		return
	}
	var every *parser.Value
	for _, a := range stringsOf(st.actions) {
		if s := strings.TrimSpace(a.Str); s == "*" || s == "*:*" {
			every = a
			break
		}
	}
	if every == nil {
		return
	}
	named, unknown := setting.Elems(st.resources)
	switch {
	case unknown != nil && mayBeStar(unknown):
		// The unknown resource may be "*" (AWS-003's) or a named one.
		setting.Undecided(p, res, "Resource", unknown)
	case unknown != nil:
		p.Report(res, every, "%s allows every action of every service (%q) on the resources it names", res.Address, strings.TrimSpace(every.Str))
	case len(named) > 0:
		what := strings.TrimSpace(named[0].Str)
		if len(named) > 1 {
			what += " and other resources"
		}
		p.Report(res, every, "%s allows every action of every service (%q) on %s", res.Address, strings.TrimSpace(every.Str), what)
	}
}

// mayBeStar reports whether an unknown policy element may be "*": not when
// part of its text is known (an ARN built by a template or Fn::Sub), when it
// comes from another resource's attribute, or when the provider computes it
// (an ARN): an input without a value may be.
func mayBeStar(v *parser.Value) bool {
	for _, part := range v.Parts() {
		if part != "" {
			return false
		}
	}
	return len(v.Refs()) == 0 && !strings.Contains(v.Why(), "computed by the provider")
}

// checkNetworkFirewallLogging reports Network Firewall firewalls that no
// logging configuration names: the firewall then keeps no record of the
// flows it passes or the alerts its rules raise.
func checkNetworkFirewallLogging(p *engine.Pass) {
	const problem = "the firewall logs neither the traffic it passes nor the alerts of its rules"
	for _, fw := range p.KnownResources("aws_networkfirewall_firewall", "AWS::NetworkFirewall::Firewall") {
		if fw.Data {
			continue
		}
		logJudgeConfigured(p, fw, problem, "firewall_arn", "aws_networkfirewall_logging_configuration",
			"FirewallArn", "AWS::NetworkFirewall::LoggingConfiguration")
	}
}
