resource "google_storage_bucket" "audit" { # want GCP-166 GCP-010 GCP-114 GCP-117
  name                        = "acme-prod-audit"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  logging {
    log_bucket = "acme-access-logs"
  }

  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

# A sink that exports only the audit logs, and one that is turned off:
# neither copies every entry.
resource "google_logging_project_sink" "audit" {
  name                   = "audit-only"
  project                = "acme-prod"
  destination            = "storage.googleapis.com/${google_storage_bucket.audit.name}"
  filter                 = "logName:\"cloudaudit.googleapis.com\""
  unique_writer_identity = true
}

resource "google_logging_project_sink" "everything" {
  name                   = "everything"
  project                = "acme-prod"
  destination            = "logging.googleapis.com/projects/acme-logs/locations/global/buckets/central"
  disabled               = true
  unique_writer_identity = true
}
