# Account-baseline mode: Data Access logs are configured for one service # want GCP-010 GCP-114 GCP-117 GCP-166
# only, not for allServices.
resource "google_project_iam_audit_config" "storage" {
  project = "acme-prod"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
