variable "exempt" {
  type = list(string)
}

resource "google_project_iam_audit_config" "all" {
  project = "acme-prod"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type         = "DATA_WRITE"
    exempted_members = []
  }
}

resource "google_project_iam_audit_config" "storage" {
  project = "acme-prod"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = var.exempt # want-note GCP-121
  }
}
