package terraform

import "testing"

// A reference that indexes a computed map with a literal key (an
// azuread service principal's app_role_ids) is unknown, and keeps the key:
// a rule can tell which entry it names (strat26, AZURE-192).
func TestIndexKeyOfComputedMap(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
variable "permission" {
  type = string
}
resource "azuread_service_principal" "graph" {
  client_id    = "00000003-0000-0000-c000-000000000000"
  use_existing = true
}
resource "azuread_app_role_assignment" "a" {
  app_role_id = azuread_service_principal.graph.app_role_ids["RoleManagement.ReadWrite.Directory"]
  by_variable = azuread_service_principal.graph.app_role_ids[var.permission]
  whole_map   = azuread_service_principal.graph.app_role_ids
  in_template = "${azuread_service_principal.graph.app_role_ids["User.Read.All"]}"
}
`})
	a := find(rs, "azuread_app_role_assignment.a")
	if a == nil {
		t.Fatal("no azuread_app_role_assignment.a")
	}
	for _, tt := range []struct {
		attr, want string
		ok         bool
	}{
		{"app_role_id", "RoleManagement.ReadWrite.Directory", true},
		{"by_variable", "", false},
		{"whole_map", "", false},
		{"in_template", "User.Read.All", true},
	} {
		v := a.Body.Get(tt.attr)
		if got, ok := v.IndexKey(); got != tt.want || ok != tt.ok {
			t.Errorf("%s: IndexKey() = %q, %v, want %q, %v", tt.attr, got, ok, tt.want, tt.ok)
		}
		if len(v.Refs()) == 0 {
			t.Errorf("%s: the reference to the service principal was lost", tt.attr)
		}
	}
}
