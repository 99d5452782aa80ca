package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// logAuditConfigReads are the types checkLogAuditConfig reads (Rule.Reads).
var logAuditConfigReads = []string{"google_folder_iam_audit_config", "google_iam_policy", "google_organization_iam_audit_config", "google_project_iam_audit_config"}

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
	for _, root := range p.RootsDeploying(googleResources) {
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
