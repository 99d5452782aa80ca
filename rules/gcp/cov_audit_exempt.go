package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func covAuditExemptions() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-121",
		Name:     "audit-log-exempted-members",
		Title:    "Cloud Audit Logs exempt some principals from logging",
		Severity: engine.Medium,
		Description: "An IAM audit config (google_project_iam_audit_config, or the folder or organization one, or an " +
			"audit_config of a google_iam_policy data source) lists exempted_members in an audit_log_config: the " +
			"Data Access reads and writes of those users or service accounts are not logged, so their actions " +
			"leave no trace. Exempted members not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove exempted_members; reduce log volume with exclusion filters on the sink instead, where the exclusion is visible and reviewed."},
		Checklist:   []string{"LOG-1"},
		Links: []string{
			"https://cloud.google.com/logging/docs/audit/configure-data-access#exempt",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config",
		},
		Precision: "very-high",
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
