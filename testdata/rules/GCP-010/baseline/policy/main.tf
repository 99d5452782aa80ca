# Account-baseline mode: the audit config is part of an authoritative IAM # want GCP-114 GCP-117 GCP-166
# policy built with the google_iam_policy data source.
data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["group:auditors@example.com"]
  }
  audit_config {
    service = "allServices"
    audit_log_configs {
      log_type = "DATA_READ"
    }
    audit_log_configs {
      log_type = "DATA_WRITE"
    }
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}
