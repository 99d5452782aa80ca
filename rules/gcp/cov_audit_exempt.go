package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// covAuditExemptionsReads are the types covAuditExemptions reads (Rule.Reads).
var covAuditExemptionsReads = []string{"google_folder_iam_audit_config", "google_iam_policy", "google_organization_iam_audit_config", "google_project_iam_audit_config"}

func covAuditExemptions() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-121",
		Reads: covAuditExemptionsReads,
		Alone: true,
		Check: func(p *engine.Pass) {
			judge := func(res *parser.Resource, configs []*parser.Value) {
				for _, c := range configs {
					for _, lc := range c.Get("audit_log_config").Items() {
						v := lc.Get("exempted_members")
						switch parser.Set(v) {
						case parser.Yes:
							var who []string
							for _, m := range v.Items() {
								if s, ok := m.AsString(); ok {
									who = append(who, s)
								}
							}
							if len(who) == 0 {
								continue // an empty list exempts nobody
							}
							lt, _ := lc.Get("log_type").AsString()
							if lt == "" {
								lt = "the"
							}
							p.Report(res, v, "%s exempts %s from %s audit logs", res.Address, strings.Join(who, ", "), lt)
						case parser.CannotTell:
							p.CannotTell(res, v, parser.Unknowable(v, "exempted_members").Detail)
						}
					}
				}
			}
			for _, r := range p.ResourcesOfType("google_project_iam_audit_config", "google_folder_iam_audit_config",
				"google_organization_iam_audit_config") {
				if !r.Data && p.BodyKnown(r) {
					judge(r, []*parser.Value{r.Body})
				}
			}
			for _, d := range p.DataSourcesOfType("google_iam_policy") {
				judge(d, d.Body.Get("audit_config").Items())
			}
		},
	}
}
