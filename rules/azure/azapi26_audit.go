package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// SQL auditing written with azapi (azapi26_mapping.go): a server's or a
// database's auditingSettings or extendedAuditingSettings child
// ("default"), with properties.state (Enabled, Disabled) and
// properties.retentionDays (0 keeps the logs forever). AZURE-111 reports a
// child that turns auditing off and an azapi SQL server that no auditing
// child or azurerm policy names; AZURE-148 a retention of 1 to 89 days.

// armAuditTypes are the ARM auditing settings types.
var armAuditTypes = []string{
	"Microsoft.Sql/servers/auditingSettings",
	"Microsoft.Sql/servers/extendedAuditingSettings",
	"Microsoft.Sql/servers/databases/auditingSettings",
	"Microsoft.Sql/servers/databases/extendedAuditingSettings",
}

// armAuditOff are AZURE-111's settings on the auditing children.
var armAuditOff = func() []setting.Check {
	var out []setting.Check
	for _, t := range armAuditTypes {
		out = append(out, armSetting{
			Type:    t,
			Names:   []string{"default"},
			Judge:   armNot("properties.state", "", "Disabled"),
			Problem: "auditing is turned off",
		}.Check())
	}
	return out
}()

// armAuditRetention are AZURE-148's settings on the auditing children: a
// retention of 1 to 89 days while auditing is on.
var armAuditRetention = func() []setting.Check {
	var out []setting.Check
	for _, t := range armAuditTypes {
		out = append(out, armSetting{
			Type:  t,
			Names: []string{"default"},
			Judge: armJudgeFunc(func(view *parser.Resource, _ bool) parser.Verdict {
				if armOf(view, "properties.state").IsAnyOf("Disabled") {
					return parser.Decided
				}
				days := armOf(view, "properties.retentionDays")
				if n, ok := days.AsInt(); ok && n <= 0 {
					return parser.Decided
				}
				return parser.Below(days, "body.properties.retentionDays", -1, logMinRetentionDays)
			}),
			Problem: "audit logs are deleted before 90 days",
		}.Check())
	}
	return out
}()

// isARMAudit reports whether r is an azapi resource of a server-level
// auditing type.
func isARMAudit(r *parser.Resource) bool {
	return armIs(r, armAuditTypes[0], nil).Answer == parser.Yes || armIs(r, armAuditTypes[1], nil).Answer == parser.Yes
}

// checkARMSQLAuditing is AZURE-111 on azapi resources: the auditing
// children that turn it off, and the SQL servers created with azapi that
// no auditing child (by reference, or by a literal id ending in
// "/servers/<name>") or azurerm extended auditing policy names. A child
// whose parent_id is not known statically may name any server: the
// server is undecided.
func checkARMSQLAuditing(p *engine.Pass) {
	runARM(p, armAuditOff...)
	for _, srv := range p.KnownManaged("azapi_resource") {
		if armIs(srv, "Microsoft.Sql/servers", nil).Answer != parser.Yes {
			continue
		}
		found := len(p.Referrers(srv, "server_id", covSQLAuditPolicy)) > 0
		for _, r := range p.Referrers(srv, "parent_id", "azapi_resource") {
			found = found || isARMAudit(r)
		}
		name, named := srv.Body.Get("name").AsString()
		maybe := false
		for _, r := range p.InRoot(srv, "azapi_resource") {
			if found || !isARMAudit(r) {
				continue
			}
			if id, ok := r.Body.Get("parent_id").AsString(); ok {
				found = named && strings.HasSuffix(strings.ToLower(strings.TrimSuffix(id, "/")), "/servers/"+strings.ToLower(name))
				continue
			}
			maybe = maybe || p.Unresolved(r, "parent_id")
		}
		switch {
		case found:
		case maybe:
			p.CannotTell(srv, nil, "an azapi auditing setting in this module names a server not known statically")
		default:
			p.Report(srv, nil, "%s: the server is not audited (no auditingSettings or extendedAuditingSettings resource, no extended auditing policy)", srv.Address)
		}
	}
}
