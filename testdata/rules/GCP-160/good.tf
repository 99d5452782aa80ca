variable "log_types" {
  type    = list(string)
  default = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"]
}

variable "service" {
  type = string
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
    exempted_members = ["serviceAccount:etl@acme-prod.iam.gserviceaccount.com"] # want GCP-121
  }
}

# Log types from a list, as modules write them.
resource "google_folder_iam_audit_config" "folder" {
  folder  = "folders/123456789"
  service = "allServices"
  dynamic "audit_log_config" {
    for_each = var.log_types
    content {
      log_type = audit_log_config.value
    }
  }
}

# Writes only: Data Access logs are on for changes.
resource "google_organization_iam_audit_config" "writes" {
  org_id  = "123456789012"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# A single service's config is not judged (allServices covers the rest).
resource "google_project_iam_audit_config" "storage" {
  project = "acme-prod"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

resource "google_project_iam_audit_config" "chosen" {
  project = "acme-prod"
  service = var.service # want-note GCP-160
  audit_log_config {
    log_type = "ADMIN_READ"
  }
}
