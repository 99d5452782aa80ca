package rules

import (
	"regexp"
	"strings"
	"testing"
)

// TestAliases checks the other scanners' ids the rules carry: well-formed,
// each listed once, and the migration table names them all.
func TestAliases(t *testing.T) {
	form := regexp.MustCompile(`^(AVD-(AWS|AZU|GCP)-[0-9]{4}|(aws|azure|google)-[a-z0-9-]+|CKV2?_(AWS|AZURE|GCP)_[0-9]+)$`)
	owner := map[string]string{}
	n := 0
	for _, r := range All() {
		for _, a := range r.Aliases {
			n++
			if !form.MatchString(a) {
				t.Errorf("%s: alias %q is not an AVD, tfsec or CKV id", r.ID, a)
			}
			if prev, ok := owner[strings.ToLower(a)]; ok {
				t.Errorf("alias %s is listed by %s and %s", a, prev, r.ID)
			}
			owner[strings.ToLower(a)] = r.ID
		}
	}
	if n < 100 {
		t.Errorf("%d aliases; the tables were lost", n)
	}
	table := MigrationTable(All())
	for a := range owner {
		if !strings.Contains(strings.ToLower(table), "`"+a+"`") {
			t.Errorf("docs/migration.md lacks %s", a)
		}
	}
}
