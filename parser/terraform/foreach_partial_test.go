package terraform

import "testing"

// A for_each over a map or an object whose keys are known expands even
// when its values are partly unknown (another resource's id), as
// Terraform does: only a set's elements are its keys. Hardened modules
// (Azure Verified Modules) create their diagnostic settings and private
// endpoints so, from a map whose values name a workspace or a subnet.
func TestForEachPartlyUnknownValues(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
resource "azurerm_log_analytics_workspace" "w" {
  name = "w"
}
variable "diag" {
  type = map(object({
    workspace = optional(string)
    groups    = optional(set(string), ["allLogs"])
  }))
  default = {}
}
locals {
  diag = { to_la = { workspace = azurerm_log_analytics_workspace.w.id } }
}
resource "azurerm_monitor_diagnostic_setting" "m" {
  for_each                   = local.diag
  log_analytics_workspace_id = each.value.workspace
}
resource "azurerm_monitor_diagnostic_setting" "s" {
  for_each = toset([azurerm_log_analytics_workspace.w.id])
}
`})
	m := find(rs, `azurerm_monitor_diagnostic_setting.m["to_la"]`)
	if m == nil {
		t.Fatalf("for_each over a map with known keys and unknown values not expanded: %v", rs)
	}
	if v := m.Body.Get("log_analytics_workspace_id"); v.IsKnown() {
		t.Errorf("the unknown value must stay unknown, got %+v", v)
	}
	if find(rs, `azurerm_monitor_diagnostic_setting.s[*]`) == nil {
		t.Errorf("a set with an unknown element has unknown keys: want one [*] instance, got %v", rs)
	}
}
