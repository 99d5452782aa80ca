package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func logAuditConfig() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-010",
		Name:     "data-access-audit-logs-missing",
		Title:    "Cloud Audit Logs are not configured for all services",
		Severity: engine.Medium,
		Description: "Admin Activity audit logs are always on, but Data Access audit logs (who read or " +
			"changed data, and who read configuration) are off for almost every service until an IAM " +
			"audit config turns them on. An audit config for service \"allServices\" on the project, " +
			"folder or organization (google_*_iam_audit_config, or an audit_config of a google_iam_policy " +
			"data source) is the evidence looked for; every audit config has at least one log type, and " +
			"any is accepted. This is an account-level control: in account-baseline mode " +
			"(`--account-baseline`), a GCP root module without one is a finding; otherwise it is listed in " +
			"the checklist report as having no evidence in the scanned code. A config whose service is " +
			"unknown counts as evidence.",
		Remediation: engine.Remediation{Summary: "Declare an IAM audit config for allServices with the ADMIN_READ, DATA_READ and DATA_WRITE log types, on the project or, better, the organization."},
		Checklist:   []string{"LOG-1"},
		Links: []string{
			"https://cloud.google.com/logging/docs/audit/configure-data-access",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config",
		},
		Precision: "medium",
		Check:     checkLogAuditConfig,
	}
}

func checkLogAuditConfig(p *engine.Pass) {
	covered := map[string]bool{}
	for _, r := range p.ResourcesOfType("google_project_iam_audit_config",
		"google_folder_iam_audit_config", "google_organization_iam_audit_config") {
		if logAllServices(r.Body.Get("service")) {
			covered[r.Root] = true
		}
	}
	for _, d := range p.DataSourcesOfType("google_iam_policy") {
		for _, ac := range d.Body.Get("audit_config").Items() {
			if logAllServices(ac.Get("service")) {
				covered[d.Root] = true
			}
		}
	}
	for _, root := range logGCPRoots(p) {
		if !covered[root.Name] {
			p.ReportMissing(root, "%s declares no IAM audit config for allServices: Data Access audit logs are off", root.Name)
		}
	}
}

// logAllServices reports whether an audit config service may be
// allServices.
func logAllServices(v *parser.Value) bool {
	if s, ok := v.AsString(); ok {
		return s == "allServices"
	}
	return setting.Unknown(v) != nil
}
