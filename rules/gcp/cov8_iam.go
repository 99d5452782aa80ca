package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov8CreatedServiceAccount matches the address of a service account the
// configuration creates: its email is computed, and is never a
// Google-managed service agent.
func cov8CreatedServiceAccount(addr string) bool {
	return parser.ResourceType(addr) == "google_service_account"
}

// cov8DefaultSAData matches the data sources that read a project's default
// Compute Engine or App Engine service account.
func cov8DefaultSAData(addr string) bool {
	for strings.HasPrefix(addr, "module.") {
		_, rest, ok := strings.Cut(addr[len("module."):], ".")
		if !ok {
			return false
		}
		addr = rest
	}
	return strings.HasPrefix(addr, "data.google_compute_default_service_account.") ||
		strings.HasPrefix(addr, "data.google_app_engine_default_service_account.")
}

// cov8PersonalDomains are consumer mail domains: a Google account under one
// of them is a person's own, not one the organization's identity provider
// manages.
var cov8PersonalDomains = []string{"gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com",
	"live.com", "msn.com", "icloud.com", "me.com", "aol.com", "protonmail.com", "proton.me", "gmx.com",
	"gmx.net", "yandex.com", "mail.com", "qq.com", "163.com"}

// cov8Personal reports whether an email address is at a consumer mail domain.
func cov8Personal(email string) bool {
	_, domain, _ := strings.Cut(email, "@")
	for _, d := range cov8PersonalDomains {
		if strings.EqualFold(domain, d) {
			return true
		}
	}
	return false
}

// cov8AuditLogTypesReads are the types checkCov8AuditLogTypes reads (Rule.Reads).
var cov8AuditLogTypesReads = []string{"google_folder_iam_audit_config", "google_organization_iam_audit_config", "google_project_iam_audit_config"}

// checkCov8AuditLogTypes reports an IAM audit config for allServices that
// names no Data Access log type: Admin Activity logs are always written,
// but reads (DATA_READ) and changes (DATA_WRITE) of data are logged only
// for the types the config names.
func checkCov8AuditLogTypes(p *engine.Pass) {
	for _, res := range p.KnownManaged("google_project_iam_audit_config", "google_folder_iam_audit_config",
		"google_organization_iam_audit_config") {
		svc := res.Body.Get("service")
		if setting.Undecided(p, res, "service", svc) || !svc.IsAnyOf("allServices") {
			continue
		}
		blocks, hidden := setting.Blocks(res.Body.Get("audit_log_config"))
		if setting.Undecided(p, res, "audit_log_config", hidden) {
			continue
		}
		have := map[string]bool{}
		unknown := false
		for _, b := range blocks {
			t := b.Get("log_type")
			if setting.Undecided(p, res, "audit_log_config.log_type", t) {
				unknown = true
				break
			}
			if s, ok := t.AsString(); ok {
				have[strings.ToUpper(s)] = true
			}
		}
		if unknown {
			continue
		}
		if !have["DATA_READ"] && !have["DATA_WRITE"] {
			p.Report(res, svc, "%s: the audit config for all services turns on no Data Access logs (neither DATA_READ nor DATA_WRITE)", res.Address)
		}
	}
}
