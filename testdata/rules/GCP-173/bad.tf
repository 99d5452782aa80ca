# An organization sink and a project sink write to buckets whose retention
# policies are not locked: whoever may update the bucket can remove the
# policy, then the logs.
resource "google_storage_bucket" "org_audit" {
  name                        = "acme-org-audit"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  retention_policy { # want GCP-173 "is_locked"
    retention_period = 31536000
  }
}

resource "google_logging_organization_sink" "audit" {
  name             = "org-audit"
  org_id           = "123456789012"
  include_children = true
  destination      = "storage.googleapis.com/${google_storage_bucket.org_audit.name}"
  filter           = "logName:\"cloudaudit.googleapis.com\""
}

resource "google_storage_bucket" "project_logs" {
  name                        = "acme-prod-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  retention_policy {
    retention_period = 7776000
    is_locked        = false # want GCP-173
  }
}

resource "google_logging_project_sink" "prod" {
  name                   = "prod-to-gcs"
  project                = "acme-prod"
  destination            = "storage.googleapis.com/acme-prod-logs"
  unique_writer_identity = true
}

variable "lock_logs" {
  type = bool
}

resource "google_storage_bucket" "folder_logs" {
  name                        = "acme-folder-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  retention_policy {
    retention_period = 31536000
    is_locked        = var.lock_logs # want-note GCP-173
  }
}

resource "google_logging_folder_sink" "folder" {
  name        = "folder-to-gcs"
  folder      = "folders/1234567"
  destination = "storage.googleapis.com/${google_storage_bucket.folder_logs.name}"
}
