package terraform

import "testing"

// TestPartialFor: an object for expression that drops null values keeps
// the elements whose condition is known when another element's value is
// computed (the Azure Verified Modules' azapi body idiom); the computed
// element is unknown, a null one is dropped.
func TestPartialFor(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `variable "disable_local_accounts" {
  type    = bool
  default = false
}
resource "random_string" "prefix" {
  length = 8
}
locals {
  full = {
    disableLocalAccounts = var.disable_local_accounts
    enableRBAC           = null
    dnsPrefix            = random_string.prefix.result
  }
  properties = { for k, v in local.full : k => v if v != null }
}
resource "azapi_resource" "this" {
  type = "Microsoft.ContainerService/managedClusters@2025-07-01"
  body = { properties = local.properties }
}
resource "azapi_resource" "list" {
  type = "Microsoft.ContainerService/managedClusters@2025-07-01"
  body = { properties = { names = [for k, v in local.full : k if v != null] } }
}
`})
	r := find(rs, "azapi_resource.this")
	if r == nil {
		t.Fatal("no resource")
	}
	props := r.Body.Get("body").Get("properties")
	if v := props.Get("disableLocalAccounts"); v == nil || !v.IsFalse() {
		t.Errorf("disableLocalAccounts = %+v, want false", v)
	}
	if v := props.Get("enableRBAC"); v != nil {
		t.Errorf("a null element is kept: %+v", v)
	}
	if v := props.Get("dnsPrefix"); v == nil || v.IsKnown() {
		t.Errorf("dnsPrefix = %+v, want unknown", v)
	}
	// A list result is left as Terraform makes it: unknown.
	l := find(rs, "azapi_resource.list")
	if v := l.Body.Get("body").Get("properties").Get("names"); v == nil || v.IsKnown() {
		t.Errorf("a list for expression became known: %+v", v)
	}
}
