package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packPublicMembers are the principals that make a grant public.
var packPublicMembers = []string{"allUsers", "allAuthenticatedUsers"}

// packPublicPredefinedACLs are the predefined ACLs that grant access to
// allUsers or allAuthenticatedUsers.
var packPublicPredefinedACLs = []string{"publicRead", "publicReadWrite", "authenticatedRead"}

// packPublicBucketReads are the types checkPackPublicBucket reads (Rule.Reads).
var packPublicBucketReads = []string{"google_folder_organization_policy", "google_iam_policy", "google_org_policy_policy", "google_organization_policy", "google_project_organization_policy", "google_storage_bucket", "google_storage_bucket_access_control", "google_storage_bucket_acl", "google_storage_bucket_iam_binding", "google_storage_bucket_iam_member", "google_storage_bucket_iam_policy", "google_storage_default_object_access_control", "google_storage_default_object_acl", "google_storage_object_access_control", "google_storage_object_acl"}

func checkPackPublicBucket(p *engine.Pass) {
	// Grants through IAM.
	for _, res := range p.ResourcesOfType("google_storage_bucket_iam_member", "google_storage_bucket_iam_binding",
		"google_storage_bucket_iam_policy") {
		var buckets []*parser.Resource
		prevented := parser.False
		for _, g := range packIAMGrants(p, res) {
			who, at := packPublicGrantees(g)
			if len(who) == 0 {
				continue
			}
			if buckets == nil {
				buckets = packStorageBucketsOf(p, res)
				prevented = packPublicPrevented(p, res, buckets, false)
			}
			if prevented != parser.False {
				break
			}
			p.Report(res, at, "%s makes %s public: it grants %s to %s%s, and no public access prevention stops it",
				res.Address, packBucketName(res, buckets), g.roleName(), strings.Join(who, " and "), g.in())
		}
	}
	// Grants through ACLs.
	for _, res := range p.ResourcesOfType("google_storage_bucket_acl", "google_storage_default_object_acl",
		"google_storage_object_acl", "google_storage_bucket_access_control",
		"google_storage_default_object_access_control", "google_storage_object_access_control") {
		var hits []*parser.Value
		var names []string
		if v := res.Body.Get("predefined_acl"); v.IsAnyOf(packPublicPredefinedACLs...) {
			who := "allUsers"
			if v.IsAnyOf("authenticatedRead") {
				who = "allAuthenticatedUsers"
			}
			hits, names = append(hits, v), append(names, "access to "+who+" (predefined ACL "+v.Str+")")
		}
		for _, re := range res.Body.Get("role_entity").Items() {
			s, ok := re.AsString()
			if !ok {
				continue
			}
			if role, entity, found := strings.Cut(s, ":"); found && (entity == "allUsers" || entity == "allAuthenticatedUsers") {
				hits, names = append(hits, re), append(names, role+" to "+entity)
			}
		}
		if v := res.Body.Get("entity"); v.IsAnyOf(packPublicMembers...) {
			role, _ := res.Body.Get("role").AsString()
			if role == "" {
				role = "access"
			}
			hits, names = append(hits, v), append(names, role+" to "+v.Str)
		}
		if len(hits) == 0 {
			continue
		}
		buckets := packStorageBucketsOf(p, res)
		if packPublicPrevented(p, res, buckets, true) != parser.False {
			continue
		}
		msg := "%s makes %s public: its ACL grants %s, and nothing disables ACLs or prevents public access"
		switch {
		case strings.Contains(res.Type, "default_object"):
			msg = "%s makes new objects in %s public: the default object ACL grants %s, and nothing disables ACLs or prevents public access"
		case strings.Contains(res.Type, "object"):
			msg = "%s makes an object in %s public: the object ACL grants %s, and nothing disables ACLs or prevents public access"
		}
		for i, h := range hits {
			p.Report(res, h, msg, res.Address, packBucketName(res, buckets), names[i])
		}
	}
}

// packBucketName names the bucket a grant applies to.
func packBucketName(res *parser.Resource, buckets []*parser.Resource) string {
	if len(buckets) > 0 {
		names := make([]string, len(buckets))
		for i, b := range buckets {
			names[i] = b.Address
		}
		return "bucket " + strings.Join(names, ", ")
	}
	if s, ok := res.Body.Get("bucket").AsString(); ok {
		return "bucket " + strings.TrimPrefix(s, "b/")
	}
	return "its bucket"
}

// packPublicPrevented tells whether public access through res is
// prevented: by public access prevention on a bucket it names, by an
// organization policy in the root, and, for ACLs, by uniform bucket-level
// access. When that depends on a setting not known statically, it records
// res as undecided and returns Maybe.
func packPublicPrevented(p *engine.Pass, res *parser.Resource, buckets []*parser.Resource, acl bool) parser.Truth {
	if packOrgPolicyEnforced(p, res, "storage.publicAccessPrevention") ||
		acl && packOrgPolicyEnforced(p, res, "storage.uniformBucketLevelAccess") {
		return parser.True
	}
	var unknown *parser.Value
	name := ""
	for _, b := range buckets {
		if u := setting.Unknown(b.Body); u != nil {
			unknown, name = u, b.Address
			continue
		}
		pap := b.Body.Get("public_access_prevention")
		if pap.IsAnyOf("enforced") {
			return parser.True
		}
		if u := setting.Unknown(pap); u != nil {
			unknown, name = u, b.Address+" public_access_prevention"
		}
		if !acl {
			continue
		}
		switch u := b.Body.Get("uniform_bucket_level_access"); u.Truth(false) {
		case parser.True:
			return parser.True
		case parser.Maybe:
			unknown, name = u, b.Address+" uniform_bucket_level_access"
		}
	}
	if unknown != nil {
		p.CannotTell(res, unknown, parser.Unknowable(unknown, name).Detail)
		return parser.Maybe
	}
	return parser.False
}

// packOrgPolicyEnforced reports whether the root of res declares an
// organization policy that may enforce the boolean constraint: the legacy
// google_*_organization_policy resources with boolean_policy.enforced, or
// google_org_policy_policy with a rule enforce = "TRUE". Unknown names and
// values count as enforced.
func packOrgPolicyEnforced(p *engine.Pass, res *parser.Resource, constraint string) bool {
	named := func(v *parser.Value) bool {
		if v == nil {
			return false
		}
		if setting.Unknown(v) != nil {
			return true // it may name the constraint
		}
		s, ok := v.AsString()
		return ok && (s == constraint || strings.HasSuffix(s, "/"+constraint))
	}
	for _, r := range p.InRoot(res, "google_project_organization_policy", "google_folder_organization_policy",
		"google_organization_policy") {
		if !named(r.Body.Get("constraint")) {
			continue
		}
		for _, bp := range r.Body.Get("boolean_policy").Items() {
			if bp.Get("enforced").Truth(false) != parser.False {
				return true
			}
		}
	}
	for _, r := range p.InRoot(res, "google_org_policy_policy") {
		if !named(r.Body.Get("name")) {
			continue
		}
		for _, spec := range r.Body.Get("spec").Items() {
			for _, rule := range spec.Get("rules").Items() {
				if rule.Get("enforce").Truth(false) != parser.False {
					return true
				}
			}
		}
	}
	return false
}
