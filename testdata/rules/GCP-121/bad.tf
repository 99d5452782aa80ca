resource "google_project_iam_audit_config" "all" {
  project = "acme-prod"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = ["user:ops-admin@example.com"] # want GCP-121 "DATA_READ"
  }
}

data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["group:auditors@example.com"]
  }
  audit_config {
    service = "storage.googleapis.com"
    audit_log_config {
      log_type         = "DATA_WRITE"
      exempted_members = ["serviceAccount:etl@acme-prod.iam.gserviceaccount.com"] # want GCP-121
    }
  }
}
