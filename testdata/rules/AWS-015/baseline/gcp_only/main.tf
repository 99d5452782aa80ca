# Account-baseline mode: a GCP root is not an AWS account, even when it # want GCP-114 GCP-117 GCP-166
# reads an AWS data source; no AWS account control is expected here.
data "aws_caller_identity" "current" {}

resource "google_project_iam_audit_config" "all" {
  project = "acme-prod"
  service = "allServices"
  audit_log_config {
    log_type = "DATA_READ"
  }
}
