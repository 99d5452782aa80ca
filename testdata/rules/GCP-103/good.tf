variable "log_bucket" {
  type = string
}

resource "google_storage_bucket" "data" { # want GCP-141 GCP-142
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  logging {
    log_bucket        = google_storage_bucket.access_logs.name
    log_object_prefix = "data/"
  }
}

# The target of usage logs is not itself logged.
resource "google_storage_bucket" "access_logs" { # want GCP-141
  name                        = "acme-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000
  }
}

# Nor is a log sink's destination.
resource "google_storage_bucket" "audit" { # want GCP-141
  name                        = "acme-audit"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "audit" {
  name                   = "audit-to-gcs"
  destination            = "storage.googleapis.com/${google_storage_bucket.audit.name}"
  filter                 = "logName:\"cloudaudit.googleapis.com\""
  unique_writer_identity = true
}
