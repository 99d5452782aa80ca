resource "google_storage_bucket" "audit_logs" { # want GCP-141
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 2592000
    is_locked        = true
  }
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age = 30 # want GCP-135 "google_logging_project_sink.audit"
    }
  }
}

resource "google_logging_project_sink" "audit" {
  name                   = "audit"
  destination            = "storage.googleapis.com/${google_storage_bucket.audit_logs.name}"
  filter                 = "logName:\"cloudaudit.googleapis.com\""
  unique_writer_identity = true
}

# Usage logs of another bucket, deleted after 90 days.
resource "google_storage_bucket" "access_logs" { # want GCP-141 GCP-142
  name                        = "acme-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age            = 90 # want GCP-135
      matches_prefix = ["usage"]
    }
  }
}

resource "google_storage_bucket" "assets" { # want GCP-141 GCP-142
  name                        = "acme-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}
