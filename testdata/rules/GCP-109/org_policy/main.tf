resource "google_compute_project_metadata" "default" {
  metadata = {
    serial-port-logging-enable = "TRUE"
  }
}

resource "google_project_organization_policy" "oslogin" {
  project    = "acme-prod"
  constraint = "compute.requireOsLogin"

  boolean_policy {
    enforced = true
  }
}
