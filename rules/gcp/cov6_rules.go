package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage6Rules are the sixth batch of coverage rules (GCP-144 and up).
func coverage6Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-146", Check: checkCov6UserGrants},
		setting.Rule(engine.Rule{ID: "GCP-144"}, setting.Check{
			Types:   []string{"google_redis_instance"},
			Judge:   setting.MustBeTrue(parser.A("auth_enabled", ""), false),
			Problem: "clients connect without AUTH",
		}, setting.Check{
			Types:   []string{"google_redis_cluster"},
			Judge:   setting.MustNotBe(parser.A("authorization_mode", ""), "AUTH_MODE_DISABLED", "AUTH_MODE_DISABLED"),
			Problem: "clients connect without IAM authentication",
		}),
		setting.Rule(engine.Rule{ID: "GCP-145"}, setting.Check{
			Types: []string{"google_sql_user"},
			If: setting.Both(setting.Is(parser.A("name", ""), "", "root"),
				setting.Is(parser.A("type", ""), "BUILT_IN", "BUILT_IN")),
			Judge: setting.Both(setting.MustBeSet(parser.A("password", "")),
				setting.MustBeSet(parser.A("password_wo", ""))),
			Problem: "the database's root user has no password",
		}),
	}
}

// checkCov6UserGrants reports roles granted on a project, folder or
// organization to individual user accounts, and to personal Google
// accounts there or in a google_iam_policy that no resource uses.
func checkCov6UserGrants(p *engine.Pass) {
	packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
		cov6ReportUsers(p, res, g)
	})
	for _, d := range p.DataSourcesOfType("google_iam_policy") {
		if len(p.Referrers(d, "policy_data")) > 0 {
			continue // judged where it is used
		}
		for _, b := range d.Body.Get("binding").Items() {
			cov6ReportUsers(p, d, packGrant{role: b.Get("role"), members: b.Get("members").Items()})
		}
	}
}

func cov6ReportUsers(p *engine.Pass, res *parser.Resource, g packGrant) {
	for _, m := range g.members {
		s, ok := m.AsString()
		email, user := strings.CutPrefix(s, "user:")
		if !ok || !user {
			continue
		}
		_, domain, _ := strings.Cut(email, "@")
		if strings.EqualFold(domain, "gmail.com") || strings.EqualFold(domain, "googlemail.com") {
			p.Report(res, m, "%s grants %s to the personal Google account %s%s: access outlives the person's time in the organization", res.Address, g.roleName(), s, g.in())
			continue
		}
		p.Report(res, m, "%s grants %s to the individual user %s%s: grant roles to groups so that leavers lose them in one place", res.Address, g.roleName(), s, g.in())
	}
}
