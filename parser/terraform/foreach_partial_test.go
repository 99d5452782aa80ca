package terraform

import (
	"strings"
	"testing"
)

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

// A set of strings held by a local (or a module output) reaches for_each
// as a list, since positioned values do not tell a set from a list; a
// valid configuration never hands for_each a list, so it is read as the
// set it was: expanded, duplicates once. A list with an unknown element
// still has unknown keys, and an empty one makes no instance.
func TestForEachLocalSet(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
variable "email" {
  type    = string
  default = ""
}
variable "roles" {
  type    = list(string)
  default = ["roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/logging.logWriter"]
}
resource "google_service_account" "sa" {
  account_id = "sa"
}
locals {
  roles   = var.email == "" ? toset(compact(var.roles)) : []
  none    = var.email != "" ? toset(var.roles) : []
  unknown = toset([google_service_account.sa.email])
}
resource "google_project_iam_member" "roles" {
  for_each = local.roles
  role     = each.key
}
resource "google_project_iam_member" "none" {
  for_each = local.none
  role     = each.key
}
resource "google_project_iam_member" "unknown" {
  for_each = local.unknown
  role     = "roles/viewer"
}
`})
	for _, addr := range []string{`google_project_iam_member.roles["roles/logging.logWriter"]`, `google_project_iam_member.roles["roles/monitoring.metricWriter"]`} {
		r := find(rs, addr)
		if r == nil {
			t.Fatalf("for_each over a local set not expanded: no %s in %v", addr, rs)
		}
		if role, _ := r.Body.Get("role").AsString(); !strings.HasSuffix(addr, `["`+role+`"]`) {
			t.Errorf("%s: each.key = %q", addr, role)
		}
	}
	n := 0
	for _, r := range rs {
		if strings.HasPrefix(r.Address, "google_project_iam_member.roles") {
			n++
		}
		if strings.HasPrefix(r.Address, "google_project_iam_member.none") {
			t.Errorf("an empty set makes no instance, got %s", r.Address)
		}
	}
	if n != 2 {
		t.Errorf("want the 2 distinct roles once each, got %d instances", n)
	}
	if find(rs, `google_project_iam_member.unknown[*]`) == nil {
		t.Errorf("a set with an unknown element has unknown keys: want one [*] instance, got %v", rs)
	}
}
