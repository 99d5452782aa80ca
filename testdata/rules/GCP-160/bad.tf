resource "google_project_iam_audit_config" "admin_only" {
  project = "acme-prod"
  service = "allServices" # want GCP-160 "DATA_READ and DATA_WRITE"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
}

resource "google_organization_iam_audit_config" "writes_only" {
  org_id  = "123456789012"
  service = "allServices" # want GCP-160 "leave out DATA_READ$"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
