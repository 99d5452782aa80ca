package gcp

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covDefaultSA matches the Compute Engine and App Engine default service
// accounts as IAM members. Both domains hold the default accounts only, so
// any local part counts: a domain-scoped project's App Engine account
// (my-app.example.com@appspot.gserviceaccount.com) too.
var covDefaultSA = regexp.MustCompile(`^(?:serviceAccount:)?[^@\s]+@(?:developer|appspot)\.gserviceaccount\.com$`)

// covDefaultSADomains hold the default service accounts and no other
// account, so a member written with an interpolated project number or id
// ("serviceAccount:${var.project_number}-compute@developer...") is one of
// them.
var covDefaultSADomains = []string{cov3DefaultSASuffix, "@appspot.gserviceaccount.com"}

// covPartlyDefaultSA reports whether the member m, partly known, is a
// default service account: it starts with serviceAccount: or with the
// unknown part, and its known end is in one of covDefaultSADomains.
func covPartlyDefaultSA(m *parser.Value) bool {
	parts := m.KnownParts()
	if parts == nil || parts[0] != "" && parts[0] != "serviceAccount:" {
		return false
	}
	end := parts[len(parts)-1]
	for _, d := range covDefaultSADomains {
		if strings.HasSuffix(end, d) && strings.Count(end, "@") == 1 && !strings.ContainsAny(end, " ,") {
			return true
		}
	}
	return false
}

// covDefaultSAGrantedReads are the types covDefaultSAGranted reads (Rule.Reads).
var covDefaultSAGrantedReads = []string{"google_folder", "google_folder_iam_binding", "google_folder_iam_member", "google_folder_iam_policy", "google_iam_policy", "google_organization", "google_organization_iam_binding", "google_organization_iam_member", "google_organization_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy"}

func covDefaultSAGranted() *engine.Rule {
	return &engine.Rule{
		ID:    "GCP-118",
		Reads: covDefaultSAGrantedReads,
		Check: func(p *engine.Pass) {
			packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
				for _, m := range g.members {
					if s, ok := m.AsString(); ok && covDefaultSA.MatchString(strings.TrimSpace(s)) {
						p.Report(res, m, "%s grants %s to the default service account %s%s", res.Address, g.roleName(),
							strings.TrimPrefix(s, "serviceAccount:"), g.in())
					} else if !ok && covPartlyDefaultSA(m) {
						p.Report(res, m, "%s grants %s to the default service account %s%s", res.Address, g.roleName(),
							strings.TrimPrefix(m.Shown(), "serviceAccount:"), g.in())
					} else if !ok && parser.ComputedFrom(m, cov8DefaultSAData) {
						p.Report(res, m, "%s grants %s to the default service account read by %s%s", res.Address, g.roleName(), strings.Join(m.Refs(), ", "), g.in())
					}
				}
			})
		},
	}
}

func covRawDiskKey() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-119"}, covRawKeyChecks()...)
}

// covRawKeyChecks judge every place a raw or RSA-wrapped key can be written.
func covRawKeyChecks() []setting.Check {
	notSet := covWritten
	const problem = "a disk encryption key is written in the configuration"
	return []setting.Check{{
		Types: []string{"google_compute_disk", "google_compute_region_disk"},
		Judge: setting.Either(notSet("disk_encryption_key.raw_key"), notSet("disk_encryption_key.rsa_encrypted_key"),
			notSet("source_image_encryption_key.raw_key"), notSet("source_snapshot_encryption_key.raw_key")),
		Problem: problem,
	}, {
		Types:   []string{"google_compute_image"},
		Judge:   setting.Either(notSet("image_encryption_key.raw_key"), notSet("image_encryption_key.rsa_encrypted_key")),
		Problem: problem,
	}, {
		Types:   []string{"google_compute_snapshot"},
		Judge:   setting.Either(notSet("snapshot_encryption_key.raw_key"), notSet("snapshot_encryption_key.rsa_encrypted_key")),
		Problem: problem,
	}, {
		Types:   []string{"google_compute_instance"},
		Judge:   setting.Either(notSet("boot_disk.disk_encryption_key_raw"), notSet("attached_disk.disk_encryption_key_raw")),
		Problem: problem,
	}}
}

func covDefaultNetwork() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-120"}, setting.Check{
		Types:   []string{"google_project"},
		Judge:   setting.MustBeFalse(parser.A("auto_create_network", ""), true),
		Problem: "the default network admits SSH and RDP from the internet",
	})
}

// covWritten judges a setting that must not be written: Yes when it holds
// a value (unknown counts: something is written there).
func covWritten(path string) setting.Judge {
	a := parser.A(path, "")
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		if parser.Set(v) == parser.No {
			return parser.Decided
		}
		return parser.Bad(v, path+" is set")
	}
}
