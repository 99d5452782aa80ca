resource "google_storage_bucket" "locked_logs" {
  name                        = "acme-locked-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "locked" {
  name                   = "audit-to-locked-gcs"
  project                = "acme-prod"
  destination            = "storage.googleapis.com/${google_storage_bucket.locked_logs.name}"
  unique_writer_identity = true
}

# Destinations that are not Cloud Storage buckets, or buckets outside the
# scanned code, are not judged.
resource "google_logging_project_sink" "bigquery" {
  name        = "audit-to-bq"
  project     = "acme-prod"
  destination = "bigquery.googleapis.com/projects/acme-prod/datasets/audit"
}

resource "google_logging_project_sink" "external" {
  name        = "audit-to-external"
  project     = "acme-prod"
  destination = "storage.googleapis.com/acme-central-archive"
}

# A bucket that receives no logs needs no retention policy here.
resource "google_storage_bucket" "assets" { # want GCP-103
  name                        = "acme-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
}
