variable "default_network" {
  type = bool
}

variable "projects" {
  type    = set(string)
  default = ["acme-app", "acme-data"]
}

resource "google_project" "workloads" {
  for_each            = var.projects
  name                = each.value
  project_id          = each.value
  org_id              = "1234567890"
  billing_account     = "000000-000000-000000"
  auto_create_network = false
}

resource "google_project" "sandbox" {
  name                = "sandbox"
  project_id          = "acme-sandbox"
  org_id              = "1234567890"
  billing_account     = "000000-000000-000000"
  auto_create_network = var.default_network # want-note GCP-120
}
