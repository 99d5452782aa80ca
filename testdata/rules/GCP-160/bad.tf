resource "google_project_iam_audit_config" "admin_only" {
  project = "acme-prod"
  service = "allServices" # want GCP-160 "neither DATA_READ nor DATA_WRITE"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
}

resource "google_organization_iam_audit_config" "admin_only" {
  org_id  = "123456789012"
  service = "allServices" # want GCP-160
  audit_log_config {
    log_type         = "ADMIN_READ"
    exempted_members = ["group:break-glass@example.com"] # want GCP-121
  }
}
