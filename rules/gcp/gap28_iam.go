package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// gap28Rules are the rules of helper gap28 (GCP-198 and up).
func gap28Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-198", Check: checkGap28UserDataAdmin, Reads: gap28UserDataAdminReads},
	}
}

// gap28DataAdminRoles are the predefined roles that administer a data
// service over the whole project: they read, change and delete every
// dataset, bucket, database or secret of the service and manage who may
// (Google's predefined roles reference).
var gap28DataAdminRoles = map[string]bool{
	"roles/bigquery.admin":        true,
	"roles/bigquery.dataOwner":    true,
	"roles/storage.admin":         true,
	"roles/cloudsql.admin":        true,
	"roles/spanner.admin":         true,
	"roles/spanner.databaseAdmin": true,
	"roles/bigtable.admin":        true,
	"roles/datastore.owner":       true,
	"roles/alloydb.admin":         true,
	"roles/secretmanager.admin":   true,
}

// gap28UserDataAdminReads are the types checkGap28UserDataAdmin reads (Rule.Reads).
var gap28UserDataAdminReads = []string{"google_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy"}

// checkGap28UserDataAdmin is GCP-198: an individual user account granted a
// data service's administrator role on a whole project. Folder and
// organization grants to users are GCP-146, service accounts GCP-140,
// groups the pattern Google recommends; a grant with an IAM condition is
// limited to what the condition allows and is not reported.
func checkGap28UserDataAdmin(p *engine.Pass) {
	packEachGrant(p, iamTypes("google_project"), func(res *parser.Resource, g packGrant) {
		role, ok := g.role.AsString()
		if !ok || !gap28DataAdminRoles[role] || res.Body.Get("condition") != nil {
			return
		}
		var users []string
		for _, m := range g.members {
			if s, ok := m.AsString(); ok {
				if strings.HasPrefix(s, "user:") {
					users = append(users, s)
				}
				continue
			}
			// "user:${var.admin_email}"
			if pre, _ := m.KnownPrefix(); strings.HasPrefix(pre, "user:") {
				users = append(users, m.Shown())
			}
		}
		if len(users) > 0 {
			p.Report(res, g.role, "%s grants the data administrator role %s on the whole project to the individual user %s%s: every dataset, bucket or database of the service and its access", res.Address, role, strings.Join(users, ", "), g.in())
		}
	})
}
