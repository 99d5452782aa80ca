package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// csp20Rules are the rules found missing by CloudSploit's GCP plugin
// tests (session 20).
func csp20Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-169", Check: checkSQLRootAnyHost, Reads: sQLRootAnyHostReads},
		{ID: "GCP-170", Check: checkComposerWebServerOpen, Reads: []string{"google_composer_environment"}, Alone: true},
		{ID: "GCP-171", Check: checkOrgGuardrailOff, Reads: []string{"google_organization_policy", "google_folder_organization_policy",
			"google_project_organization_policy", "google_org_policy_policy"}, Alone: true},
	}
}

// sQLRootAnyHostReads are the types checkSQLRootAnyHost reads (Rule.Reads).
var sQLRootAnyHostReads = []string{"google_sql_database_instance", "google_sql_user"}

// checkSQLRootAnyHost is GCP-169: MySQL's root account may sign in from
// any host ("%", also what Cloud SQL gives a MySQL user created without
// a host). Users of an instance declared with another engine are not
// judged: host applies to MySQL only, and root is no administrator
// there. A user whose instance is not declared, or whose engine is
// unknown, is judged as GCP-145 judges it.
func checkSQLRootAnyHost(p *engine.Pass) {
	for _, u := range p.ResourcesOfType("google_sql_user") {
		if u.Data || !p.BodyKnown(u) || sqlUserOfOtherEngine(p, u) {
			continue
		}
		switch v := sqlRootUser.If(u); v.Answer {
		case parser.CannotTell:
			p.CannotTell(u, v.At, v.Detail)
		case parser.Yes:
			host := u.Body.Get("host")
			if setting.Undecided(p, u, "host", host) {
				continue
			}
			if host == nil {
				p.Report(u, nil, "%s creates the root user without a host: Cloud SQL gives it the host %%, so the administrator may sign in from any address", u.Address)
			} else if s, ok := host.AsString(); ok && strings.TrimSpace(s) == "%" {
				p.Report(u, host, "%s lets the root user sign in from any host (%%)", u.Address)
			}
		}
	}
}

// checkComposerWebServerOpen is GCP-170: a Cloud Composer environment's
// Airflow web server accepts connections from every address, by default
// (no web_server_network_access_control) or through an allowed range
// that is the whole internet.
func checkComposerWebServerOpen(p *engine.Pass) {
	for _, env := range p.KnownResources("google_composer_environment") {
		cfgs, ok := setting.DecidedBlocks(p, env, "config", env.Body.Get("config"))
		if !ok {
			continue
		}
		if len(cfgs) == 0 {
			p.Report(env, nil, "%s has no config block: its Airflow web server accepts connections from any address (the default, 0.0.0.0/0 and ::0/0)", env.Address)
			continue
		}
		for _, cfg := range cfgs {
			acls, ok := setting.DecidedBlocks(p, env, "web_server_network_access_control", cfg.Get("web_server_network_access_control"))
			if !ok {
				continue
			}
			if len(acls) == 0 {
				p.Report(env, nil, "%s has no web_server_network_access_control: its Airflow web server accepts connections from any address (the default, 0.0.0.0/0 and ::0/0)", env.Address)
				continue
			}
			for _, acl := range acls {
				ranges, ok := setting.DecidedBlocks(p, env, "allowed_ip_range", acl.Get("allowed_ip_range"))
				if !ok {
					continue
				}
				for _, r := range ranges {
					v := r.Get("value")
					if setting.Undecided(p, env, "allowed_ip_range value", v) {
						continue
					}
					if netexposure.IsWorldCIDR(v) {
						p.Report(env, v, "%s lets %s reach its Airflow web server: any address on the internet may connect", env.Address, v.Str)
					}
				}
			}
		}
	}
}

// orgGuardrails are the boolean organization policy constraints that keep
// a security setting on for every project below the policy, with what
// each one guarantees.
var orgGuardrails = map[string]string{
	"compute.disableSerialPortAccess":                 "VMs may not enable interactive serial console access",
	"compute.requireOsLogin":                          "VMs sign SSH users in with OS Login, not metadata SSH keys",
	"compute.skipDefaultNetworkCreation":              "new projects get no default network with its open SSH and RDP firewall rules",
	"iam.disableServiceAccountKeyCreation":            "no long-lived service account key may be created",
	"iam.disableServiceAccountKeyUpload":              "no service account key may be uploaded",
	"iam.automaticIamGrantsForDefaultServiceAccounts": "default service accounts get no Editor role",
	"storage.uniformBucketLevelAccess":                "buckets use uniform bucket-level access, not object ACLs",
	"storage.publicAccessPrevention":                  "buckets may not be made public",
	"sql.restrictPublicIp":                            "Cloud SQL instances may not have a public IP address",
	"sql.restrictAuthorizedNetworks":                  "Cloud SQL instances may not admit authorized networks",
}

// orgConstraintName returns the constraint a policy names
// ("constraints/x", "x", or ".../policies/x"), with ok false when the name
// is not a string. A partly known name whose known end holds the
// constraint ("projects/${local.project_id}/policies/x", the parent
// unknown) names it too.
func orgConstraintName(v *parser.Value) (string, bool) {
	s, ok := v.AsString()
	if !ok {
		suffix, known := v.KnownSuffix()
		i := strings.LastIndex(suffix, "/policies/")
		if !known || i < 0 {
			return "", false
		}
		s = suffix[i:]
	}
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "/policies/"); i >= 0 {
		s = s[i+len("/policies/"):]
	}
	return strings.TrimPrefix(s, "constraints/"), true
}

// checkOrgGuardrailOff is GCP-171: an organization, folder or project
// policy that sets one of orgGuardrails' boolean constraints to not
// enforced, so the setting it guarantees is off below it.
func checkOrgGuardrailOff(p *engine.Pass) {
	judge := func(res *parser.Resource, name, at *parser.Value, enforced *parser.Value) {
		c, ok := orgConstraintName(name)
		if !ok && setting.Undecided(p, res, "the policy's constraint", name) {
			return
		}
		what, guard := orgGuardrails[c]
		if !ok || !guard {
			return
		}
		switch enforced.Truth(false) {
		case parser.False:
			p.Report(res, at, "%s turns the constraint %s off: below it, it no longer holds that %s", res.Address, c, what)
		case parser.Maybe:
			setting.Undecided(p, res, c+" enforcement", enforced)
		}
	}
	for _, r := range p.ResourcesOfType("google_organization_policy", "google_folder_organization_policy", "google_project_organization_policy") {
		if r.Data || !p.BodyKnown(r) {
			continue
		}
		bps, ok := setting.DecidedBlocks(p, r, "boolean_policy", r.Body.Get("boolean_policy"))
		if !ok {
			continue
		}
		for _, bp := range bps {
			e := bp.Get("enforced")
			at := e
			if e == nil {
				at = bp
			}
			judge(r, r.Body.Get("constraint"), at, e)
		}
	}
	for _, r := range p.ResourcesOfType("google_org_policy_policy") {
		if r.Data || !p.BodyKnown(r) {
			continue
		}
		specs, ok := setting.DecidedBlocks(p, r, "spec", r.Body.Get("spec"))
		if !ok {
			continue
		}
		for _, spec := range specs {
			rules, ok := setting.DecidedBlocks(p, r, "spec.rules", spec.Get("rules"))
			if !ok {
				continue
			}
			for _, rule := range rules {
				// A conditional rule scopes an exemption to tagged
				// resources: the narrow exception the fix suggests.
				if e := rule.Get("enforce"); e != nil && rule.Get("condition") == nil {
					judge(r, r.Body.Get("name"), e, e)
				}
			}
		}
	}
}
