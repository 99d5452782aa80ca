package gcp

import (
	"encoding/json"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Helpers shared by the pack rules (pack_*.go): IAM grants as the
// google_*_iam_member, _binding and _policy resources write them, and the
// Cloud Storage bucket a resource names.

// packGrant is one role granted to members by an IAM resource.
type packGrant struct {
	// role is the role value; findings about the grant point at it.
	role *parser.Value
	// members are the principals, known or not.
	members []*parser.Value
	// from names the google_iam_policy data source the binding is
	// written in, when it is.
	from string
}

// in describes where a grant is written, for messages: "" or
// " (binding in data.google_iam_policy.x)".
func (g packGrant) in() string {
	if g.from == "" {
		return ""
	}
	return " (binding in " + g.from + ")"
}

// packIAMGrants returns the grants an IAM resource makes: the role and
// member of an _iam_member, the role and members of an _iam_binding, and
// the bindings of an _iam_policy's policy_data, read from a known JSON
// string or from the google_iam_policy data source it refers to (which the
// evaluator does not render). A policy_data that is neither yields nothing.
func packIAMGrants(p *engine.Pass, res *parser.Resource) []packGrant {
	b := res.Body
	if m := b.Get("member"); m != nil {
		return []packGrant{{role: b.Get("role"), members: []*parser.Value{m}}}
	}
	if ms := b.Get("members"); ms != nil {
		return []packGrant{{role: b.Get("role"), members: ms.Items()}}
	}
	pd := b.Get("policy_data")
	if pd == nil {
		return nil
	}
	if s, ok := pd.AsString(); ok {
		return packPolicyJSON(s, pd)
	}
	var out []packGrant
	for _, d := range p.Referenced(res, "policy_data", "google_iam_policy") {
		for _, bd := range d.Body.Get("binding").Items() {
			out = append(out, packGrant{role: bd.Get("role"), members: bd.Get("members").Items(), from: d.Address})
		}
	}
	return out
}

// packPolicyJSON reads the bindings of an IAM policy written as JSON. The
// values it returns carry the position of the policy_data attribute.
func packPolicyJSON(s string, at *parser.Value) []packGrant {
	var doc struct {
		Bindings []struct {
			Role    string   `json:"role"`
			Members []string `json:"members"`
		} `json:"bindings"`
	}
	if json.Unmarshal([]byte(s), &doc) != nil {
		return nil
	}
	str := func(x string) *parser.Value {
		v := parser.StringValue(x, at.Range)
		v.SetVia(at.Via())
		return v
	}
	var out []packGrant
	for _, bd := range doc.Bindings {
		g := packGrant{role: str(bd.Role)}
		for _, m := range bd.Members {
			g.members = append(g.members, str(m))
		}
		out = append(out, g)
	}
	return out
}

// packStorageBucketsOf returns the google_storage_bucket resources that the
// bucket attribute of res names, by reference or by name ("NAME" or
// "b/NAME") in the same root. It returns nil when the bucket is not
// declared in the scanned code or is not known.
func packStorageBucketsOf(p *engine.Pass, res *parser.Resource) []*parser.Resource {
	out := p.Referenced(res, "bucket", "google_storage_bucket")
	name, ok := res.Body.Get("bucket").AsString()
	if !ok {
		return out
	}
	name = strings.TrimPrefix(name, "b/")
	for _, b := range p.InRoot(res, "google_storage_bucket") {
		if n, ok := b.Body.Get("name").AsString(); ok && n == name && b.Format == res.Format && !packContains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

func packContains(rs []*parser.Resource, r *parser.Resource) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// packEachGrant calls fn with every grant the IAM resources of types make
// (data sources aside).
func packEachGrant(p *engine.Pass, types []string, fn func(res *parser.Resource, g packGrant)) {
	for _, res := range p.ResourcesOfType(types...) {
		if res.Data {
			continue
		}
		for _, g := range packIAMGrants(p, res) {
			fn(res, g)
		}
	}
}

// packEachUnusedPolicyGrant calls fn with every binding of a
// google_iam_policy data source that no resource of its root uses: a
// policy written to be applied elsewhere (a module's output) is judged
// where it is written. Used ones are judged with the resource using them.
func packEachUnusedPolicyGrant(p *engine.Pass, fn func(d *parser.Resource, g packGrant)) {
	for _, d := range p.DataSourcesOfType("google_iam_policy") {
		if len(p.Referrers(d, "policy_data")) > 0 {
			continue
		}
		for _, b := range d.Body.Get("binding").Items() {
			fn(d, packGrant{role: b.Get("role"), members: b.Get("members").Items()})
		}
	}
}

// packPublicGrantees returns the public principals (allUsers,
// allAuthenticatedUsers) a grant names, and the first of them, where a
// finding points.
func packPublicGrantees(g packGrant) (who []string, at *parser.Value) {
	for _, m := range g.members {
		if m.IsAnyOf(packPublicMembers...) {
			who = append(who, m.Str)
			if at == nil {
				at = m
			}
		}
	}
	return who, at
}

// packRole is the role a grant names, for messages.
func (g packGrant) roleName() string {
	if role, _ := g.role.AsString(); role != "" {
		return role
	}
	return "a role"
}

// packScopeIAMTypes are the IAM resources of projects, folders and
// organizations: grants there reach every resource in the scope.
var packScopeIAMTypes = iamTypes("google_project", "google_folder", "google_organization")

// iamTypes returns the three IAM resource types of each resource type
// given: <type>_iam_member, <type>_iam_binding and <type>_iam_policy, in
// that order.
func iamTypes(kinds ...string) []string {
	var out []string
	for _, k := range kinds {
		out = append(out, k+"_iam_member", k+"_iam_binding", k+"_iam_policy")
	}
	return out
}
