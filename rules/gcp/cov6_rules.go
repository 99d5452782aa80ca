package gcp

import (
	"slices"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage6Rules are the sixth batch of coverage rules (GCP-144 and up).
func coverage6Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "GCP-146", Check: checkCov6UserGrants, Reads: cov6UserGrantsReads},
		{ID: "GCP-147", Check: checkCov6KMSSeparation, Reads: cov6KMSSeparationReads},
		setting.Rule(engine.Rule{ID: "GCP-144"}, setting.Check{
			Types:   []string{"google_redis_instance"},
			Judge:   setting.MustBeTrue(parser.A("auth_enabled", ""), false),
			Problem: "clients connect without AUTH",
		}, setting.Check{
			Types:   []string{"google_redis_cluster"},
			Judge:   setting.MustNotBe(parser.A("authorization_mode", ""), "AUTH_MODE_DISABLED", "AUTH_MODE_DISABLED"),
			Problem: "clients connect without IAM authentication",
		}),
		{ID: "GCP-145", Check: checkSQLRootWithoutPassword, Reads: sQLRootWithoutPasswordReads},
	}
}

// cov6UserGrantsReads: checkCov6UserGrants reads the IAM resources of
// every google type (google_<resource>_iam_member, _binding, _policy,
// googleIAMReads), which it finds through Pass.All by the suffixes of
// their names (cov6ResourceIAMTypes), the google_iam_policy data sources
// their policy_data refers to or that nothing uses, the BigQuery dataset
// access entries and the Cloud Storage ACLs: no other google type
// (Rule.Reads).
var cov6UserGrantsReads = append(slices.Clone(googleIAMReads), "google_iam_policy",
	"google_bigquery_dataset", "google_bigquery_dataset_access", "google_storage_bucket_acl",
	"google_storage_default_object_acl", "google_storage_object_acl", "google_storage_bucket_access_control",
	"google_storage_default_object_access_control", "google_storage_object_access_control")

// checkCov6UserGrants reports roles granted to personal Google accounts on
// a project, folder or organization (or in a google_iam_policy that no
// resource uses), and to individual user accounts on a folder or an
// organization; and, on a single resource (its google_*_iam_member,
// _binding or _policy, or a BigQuery dataset's access by user_by_email),
// the grants to personal Google accounts.
func checkCov6UserGrants(p *engine.Pass) {
	packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
		cov6ReportUsers(p, res, g, !strings.HasPrefix(res.Type, "google_project_"))
	})
	packEachUnusedPolicyGrant(p, func(d *parser.Resource, g packGrant) {
		cov6ReportUsers(p, d, g, false)
	})
	packEachGrant(p, cov6ResourceIAMTypes(p), func(res *parser.Resource, g packGrant) {
		cov6ReportUsers(p, res, g, false)
	})
	for _, res := range p.ResourcesOfType("google_bigquery_dataset", "google_bigquery_dataset_access") {
		if res.Data {
			continue
		}
		for _, a := range bigQueryAccessEntries(res) {
			if v := a.Get("user_by_email"); cov6PersonalEmail(v) {
				p.Report(res, v, "%s gives the personal Google account %s access to the dataset (user_by_email): access outlives the person's time in the organization", res.Address, v.Str)
			}
		}
	}
	// Cloud Storage ACLs name a user as the entity "user-<email>".
	for _, res := range p.ResourcesOfType("google_storage_bucket_acl", "google_storage_default_object_acl",
		"google_storage_object_acl", "google_storage_bucket_access_control",
		"google_storage_default_object_access_control", "google_storage_object_access_control") {
		if res.Data {
			continue
		}
		for _, re := range res.Body.Get("role_entity").Items() {
			s, _ := re.AsString()
			if role, entity, ok := strings.Cut(s, ":"); ok {
				cov6ReportACLUser(p, res, re, role, entity)
			}
		}
		if v := res.Body.Get("entity"); v != nil {
			role, _ := res.Body.Get("role").AsString()
			entity, _ := v.AsString()
			cov6ReportACLUser(p, res, v, role, entity)
		}
	}
}

// cov6ReportACLUser reports a Cloud Storage ACL entry whose entity is a
// personal Google account ("user-<email>").
func cov6ReportACLUser(p *engine.Pass, res *parser.Resource, at *parser.Value, role, entity string) {
	email, ok := strings.CutPrefix(strings.TrimSpace(entity), "user-")
	if !ok || !cov8Personal(email) {
		return
	}
	if role == "" {
		role = "access"
	}
	p.Report(res, at, "%s gives %s to the personal Google account %s through a Cloud Storage ACL: access outlives the person's time in the organization", res.Address, role, email)
}

// cov6ResourceIAMTypes returns the IAM resource types of single resources
// (google_<resource>_iam_member, _binding, _policy) present in the graph,
// in a stable order: every resource's IAM policy may name a member of any
// domain unless the organization restricts it (iam.allowedPolicyMemberDomains).
func cov6ResourceIAMTypes(p *engine.Pass) []string {
	var types []string
	for _, r := range p.All() {
		t := r.Type
		if r.Data || !strings.HasPrefix(t, "google_") || slices.Contains(packScopeIAMTypes, t) || slices.Contains(types, t) {
			continue
		}
		if strings.HasSuffix(t, "_iam_member") || strings.HasSuffix(t, "_iam_binding") || strings.HasSuffix(t, "_iam_policy") {
			types = append(types, t)
		}
	}
	sort.Strings(types)
	return types
}

// cov6PersonalEmail reports whether v is a known e-mail address of a
// personal Google account.
func cov6PersonalEmail(v *parser.Value) bool {
	s, ok := v.AsString()
	return ok && cov8Personal(strings.TrimSpace(s))
}

// cov6ReportUsers reports the personal accounts a grant names, and its
// other user accounts when individuals is true.
func cov6ReportUsers(p *engine.Pass, res *parser.Resource, g packGrant, individuals bool) {
	for _, m := range g.members {
		s, ok := m.AsString()
		email, user := strings.CutPrefix(s, "user:")
		if !ok || !user {
			continue
		}
		if cov8Personal(email) {
			p.Report(res, m, "%s grants %s to the personal Google account %s%s: access outlives the person's time in the organization", res.Address, g.roleName(), s, g.in())
			continue
		}
		if individuals {
			p.Report(res, m, "%s grants %s to the individual user %s%s: grant roles to groups so that leavers lose them in one place", res.Address, g.roleName(), s, g.in())
		}
	}
}

// cov6UnrestrictedAPIKeys is GCP-032's check of API keys: a key without
// api_targets works for every API enabled in its project; one without an
// application restriction works from any website, address or app.
func cov6UnrestrictedAPIKeys(p *engine.Pass) {
	for _, k := range p.KnownManaged("google_apikeys_key") {
		targets, hidden := setting.Blocks(parser.A("restrictions.api_targets", "").Of(k))
		if setting.Undecided(p, k, "restrictions.api_targets", hidden) {
			continue
		}
		if len(targets) == 0 {
			p.Report(k, nil, "%s creates an API key that every API of the project accepts (no restrictions.api_targets): the key string is written to the Terraform state", k.Address)
			continue
		}
		restricted, unknown := cov6APIKeyAppRestricted(k)
		if setting.Undecided(p, k, "restrictions", unknown) || restricted {
			continue
		}
		p.Report(k, parser.A("restrictions", "").Of(k), "%s creates an API key that may be used from any website, IP address or app (no browser, server, Android or iOS key restriction): whoever holds the key string, also written to the Terraform state, can call its APIs", k.Address)
	}
}

// cov6APIKeyAppRestrictions are the blocks of restrictions that limit
// where an API key may be used from.
var cov6APIKeyAppRestrictions = []string{"browser_key_restrictions", "server_key_restrictions",
	"android_key_restrictions", "ios_key_restrictions"}

// cov6APIKeyAppRestricted says whether an API key has an application
// restriction, or the value that hides it.
func cov6APIKeyAppRestricted(k *parser.Resource) (bool, *parser.Value) {
	for _, name := range cov6APIKeyAppRestrictions {
		blocks, hidden := setting.Blocks(parser.A("restrictions."+name, "").Of(k))
		if hidden != nil {
			return false, hidden
		}
		if len(blocks) > 0 {
			return true, nil
		}
	}
	return false, nil
}

// cov6KMSAdmin administers Cloud KMS keys; cov6KMSUse encrypt or decrypt
// with them.
var (
	cov6KMSAdmin = []string{"roles/cloudkms.admin"}
	cov6KMSUse   = []string{"roles/cloudkms.cryptoKeyEncrypterDecrypter", "roles/cloudkms.cryptoKeyEncrypter",
		"roles/cloudkms.cryptoKeyDecrypter"}
)

// cov6KMSSeparationReads are the types checkCov6KMSSeparation reads (Rule.Reads).
var cov6KMSSeparationReads = []string{"google_folder", "google_folder_iam_binding", "google_folder_iam_member", "google_folder_iam_policy", "google_iam_policy", "google_organization", "google_organization_iam_binding", "google_organization_iam_member", "google_organization_iam_policy", "google_project", "google_project_iam_binding", "google_project_iam_member", "google_project_iam_policy"}

// checkCov6KMSSeparation reports a member granted both the Cloud KMS admin
// role and a role that uses keys on the same project, folder or
// organization.
func checkCov6KMSSeparation(p *engine.Pass) {
	reportDutiesHeldTogether(p, cov6KMSAdmin, cov6KMSUse, "one member both manages the keys and uses them")
}

// reportDutiesHeldTogether reports each member granted a role of held and
// a role of reported on the same project, folder or organization, once,
// at the grant of the reported role (which names the other grant).
func reportDutiesHeldTogether(p *engine.Pass, held, reported []string, problem string) {
	type grant struct {
		res  *parser.Resource
		role *parser.Value
		at   *parser.Value
	}
	first, second := map[string]grant{}, map[string]grant{}
	packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
		for _, m := range g.members {
			s, ok := m.AsString()
			if !ok {
				continue
			}
			key := cov6Scope(res) + "\x00" + s
			switch {
			case g.role.IsAnyOf(held...):
				first[key] = grant{res, g.role, m}
			case g.role.IsAnyOf(reported...):
				second[key] = grant{res, g.role, m}
			}
		}
	})
	keys := make([]string, 0, len(second))
	for key := range second {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		a, ok := first[key]
		if !ok {
			continue
		}
		u, member := second[key], key[strings.IndexByte(key, 0)+1:]
		p.Report(u.res, u.at, "%s grants %s to %s, who also holds %s (%s): %s", u.res.Address, u.role.Str, member, a.role.Str, a.res.Address, problem)
	}
}

// cov6Scope names the project, folder or organization an IAM resource
// grants on; grants on a scope not known statically (a module's
// var.project_id) are taken to be on the same one.
func cov6Scope(res *parser.Resource) string {
	for _, attr := range []string{"project", "folder", "org_id"} {
		if v := res.Body.Get(attr); v != nil {
			s, _ := v.AsString()
			return attr + "=" + s
		}
	}
	return ""
}

// cov6AppEngineHTTP is GCP-133's check of App Engine versions: a handler
// whose security_level is not SECURE_ALWAYS (SECURE_DEFAULT, when unset,
// serves HTTP and HTTPS alike) answers plain HTTP.
var cov6AppEngineHTTP = setting.Check{
	Types: []string{"google_app_engine_standard_app_version", "google_app_engine_flexible_app_version"},
	Judge: func(res *parser.Resource) parser.Verdict {
		handlers, hidden := setting.Blocks(res.Body.Get("handlers"))
		if hidden != nil {
			return parser.Unknowable(hidden, "handlers")
		}
		out := parser.Decided
		for _, h := range handlers {
			v := parser.NoneOf(h.Get("security_level"), "handlers security_level", "SECURE_DEFAULT", "SECURE_ALWAYS")
			if v.Answer == parser.Yes && v.At == nil {
				v.At = h // the handler that leaves it unset
			}
			out = parser.Either(out, v)
		}
		return out
	},
	Problem: "a URL handler also answers plain HTTP",
}

// sqlRootUser is GCP-145's judgement of one user: a built-in user named
// root with neither password nor password_wo.
var sqlRootUser = setting.Check{
	Types: []string{"google_sql_user"},
	If: setting.Both(setting.Is(parser.A("name", ""), "", "root"),
		setting.Is(parser.A("type", ""), "BUILT_IN", "BUILT_IN")),
	Judge: setting.Both(setting.MustBeSet(parser.A("password", "")),
		setting.MustBeSet(parser.A("password_wo", ""))),
	Problem: "the database's root user has no password",
}

// sQLRootWithoutPasswordReads are the types checkSQLRootWithoutPassword reads (Rule.Reads).
var sQLRootWithoutPasswordReads = []string{"google_sql_database_instance", "google_sql_user"}

// checkSQLRootWithoutPassword judges the root users of MySQL instances:
// root is MySQL's administrator, while on PostgreSQL (postgres) and SQL
// Server (sqlserver) a user named root is an ordinary one. A user whose
// instance is not declared, or whose engine is unknown, is judged.
func checkSQLRootWithoutPassword(p *engine.Pass) {
	for _, u := range p.ResourcesOfType(sqlRootUser.Types...) {
		if u.Data || !p.BodyKnown(u) || sqlUserOfOtherEngine(p, u) {
			continue
		}
		switch v := sqlRootUser.If(u); v.Answer {
		case parser.CannotTell:
			p.CannotTell(u, v.At, v.Detail)
		case parser.Yes:
			p.Judge(u, sqlRootUser.Judge(u), sqlRootUser.Problem)
		}
	}
}

// sqlUserOfOtherEngine reports whether the instance a user belongs to is
// declared with a known database_version that is not MySQL.
func sqlUserOfOtherEngine(p *engine.Pass, u *parser.Resource) bool {
	for _, inst := range p.Referenced(u, "instance", "google_sql_database_instance") {
		if v, ok := inst.Body.Get("database_version").AsString(); ok && !strings.HasPrefix(strings.ToUpper(v), "MYSQL") {
			return true
		}
	}
	return false
}
