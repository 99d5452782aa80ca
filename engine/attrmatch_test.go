package engine

import "testing"

// TestAttrMatchers pins the two ways a rule names the attribute an edge
// leaves from: Referenced's by path or final name, ReferencedUnder's by
// path or subtree.
func TestAttrMatchers(t *testing.T) {
	cases := []struct {
		path, attr     string
		matches, under bool
	}{
		{"bucket", "bucket", true, true},
		{"logging[0].bucket", "bucket", true, false},
		{"logging[0].bucket", "logging", false, true},
		{"logging[0].bucket", "logging[0].bucket", true, true},
		{"Roles[0]", "Roles", false, true},
		{"Roles", "Roles", true, true},
		{"RolesExtra", "Roles", false, false},
		{"Roles_x[0]", "Roles", false, false},
		{"policy", "policy", true, true},
		{"inline_policy[0].policy", "policy", true, false},
		{"policy.Statement[0]", "policy", false, true},
		{"target_key_id", "key_id", false, false},
		{"anything[3].at.all", "", true, true},
		{"", "bucket", false, false},
		{"Properties.Bucket", "Properties.Bucket", true, true},
		{"Properties.BucketName", "Properties.Bucket", false, false},
	}
	for _, c := range cases {
		if got := attrMatches(c.path, c.attr); got != c.matches {
			t.Errorf("attrMatches(%q, %q) = %v, want %v", c.path, c.attr, got, c.matches)
		}
		if got := attrUnder(c.path, c.attr); got != c.under {
			t.Errorf("attrUnder(%q, %q) = %v, want %v", c.path, c.attr, got, c.under)
		}
	}
}
