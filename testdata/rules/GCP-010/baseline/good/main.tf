# Account-baseline mode: the organization-wide audit config. # want GCP-114 GCP-117 GCP-166
resource "google_organization_iam_audit_config" "all" {
  org_id  = "123456789012"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
