# Data Access logs for one service only. Without --account-baseline, the
# missing allServices audit config is only "no evidence" in the checklist
# report (see baseline/).
resource "google_project_iam_audit_config" "storage" {
  project = "acme-prod"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_READ"
  }
}
