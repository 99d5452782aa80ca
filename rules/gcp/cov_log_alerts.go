package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covCISChange is one change of the CIS set and the filter contents that
// name it (lower case, without spaces).
type covCISChange struct {
	name  string
	match func(f string) bool
}

func covContainsAny(f string, subs ...string) bool {
	for _, s := range subs {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

var covCISChanges = []covCISChange{
	{"project ownership changes", func(f string) bool {
		return strings.Contains(f, "projectownership") || strings.Contains(f, "bindingdeltas") && strings.Contains(f, "roles/owner")
	}},
	{"audit configuration changes", func(f string) bool { return strings.Contains(f, "auditconfigdeltas") }},
	{"custom role changes", func(f string) bool {
		return covContainsAny(f, `resource.type="iam_role"`, "iam.admin.v1.createrole", "iam.admin.v1.updaterole", "iam.admin.v1.deleterole")
	}},
	{"VPC firewall rule changes", func(f string) bool {
		return covContainsAny(f, `resource.type="gce_firewall_rule"`, "compute.firewalls.")
	}},
	{"route changes", func(f string) bool { return covContainsAny(f, `resource.type="gce_route"`, "compute.routes.") }},
	{"VPC network changes", func(f string) bool { return covContainsAny(f, `resource.type="gce_network"`, "compute.networks.") }},
	{"Cloud Storage IAM changes", func(f string) bool { return strings.Contains(f, "storage.setiampermissions") }},
	{"Cloud SQL configuration changes", func(f string) bool { return strings.Contains(f, "cloudsql.instances.update") }},
}

// covNormalFilter lowers a filter and drops its white space.
func covNormalFilter(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), "")
}

// covLogMetricAlertsReads are the types checkCovLogMetricAlerts reads (Rule.Reads).
var covLogMetricAlertsReads = []string{"google_logging_metric", "google_monitoring_alert_policy"}

func checkCovLogMetricAlerts(p *engine.Pass) {
	metrics := p.ResourcesOfType("google_logging_metric")
	policies := p.ResourcesOfType("google_monitoring_alert_policy")
	// Alert filters by root; roots with an alert filter not known.
	filters := map[string][]string{}
	anyAlert := map[string]bool{}
	for _, a := range policies {
		if a.Data {
			continue
		}
		if setting.Unknown(a.Body) != nil {
			anyAlert[a.Root] = true
			continue
		}
		for _, c := range a.Body.Get("conditions").Items() {
			for _, kind := range []string{"condition_threshold", "condition_absent"} {
				for _, ct := range c.Get(kind).Items() {
					f := ct.Get("filter")
					if s, ok := f.AsString(); ok {
						filters[a.Root] = append(filters[a.Root], covNormalFilter(s))
					} else if setting.Unknown(f) != nil && len(p.Referenced(a, "filter", "google_logging_metric")) == 0 {
						anyAlert[a.Root] = true
					}
				}
			}
			for _, mql := range c.Get("condition_monitoring_query_language").Items() {
				if s, ok := mql.Get("query").AsString(); ok {
					filters[a.Root] = append(filters[a.Root], covNormalFilter(s))
				}
			}
		}
	}
	alerted := func(m *parser.Resource) bool {
		if anyAlert[m.Root] || len(p.Referrers(m, "", "google_monitoring_alert_policy")) > 0 {
			return true
		}
		name, ok := m.Body.Get("name").AsString()
		if !ok {
			return true
		}
		want := "logging.googleapis.com/user/" + strings.ToLower(name)
		for _, f := range filters[m.Root] {
			if strings.Contains(f, want+`"`) || strings.HasSuffix(f, want) || strings.Contains(f, want+" ") {
				return true
			}
		}
		return false
	}
	covered := map[string]map[string]bool{}
	for _, m := range metrics {
		if m.Data || !alerted(m) {
			continue
		}
		if covered[m.Root] == nil {
			covered[m.Root] = map[string]bool{}
		}
		f := m.Body.Get("filter")
		s, ok := f.AsString()
		if !ok {
			if setting.Unknown(m.Body, f) != nil {
				covered[m.Root]["*"] = true
			}
			continue
		}
		nf := covNormalFilter(s)
		for _, c := range covCISChanges {
			if c.match(nf) {
				covered[m.Root][c.name] = true
			}
		}
	}
	for _, root := range p.RootsDeploying(googleResources) {
		got := covered[root.Name]
		if got["*"] {
			continue
		}
		var missing []string
		for _, c := range covCISChanges {
			if !got[c.name] {
				missing = append(missing, c.name)
			}
		}
		if len(missing) > 0 {
			p.ReportMissing(root, "%s has no log-based metric with an alert policy for %s", root.Name, strings.Join(missing, ", "))
		}
	}
}
