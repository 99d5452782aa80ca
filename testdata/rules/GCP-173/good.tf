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

resource "google_logging_organization_sink" "audit" {
  name             = "org-audit"
  org_id           = "123456789012"
  include_children = true
  destination      = "storage.googleapis.com/${google_storage_bucket.locked_logs.name}"
}

# Buckets that receive no logs, and sinks to other destinations or to
# buckets outside the scanned code, are not judged.
resource "google_storage_bucket" "uploads" { # want GCP-103
  name                        = "acme-uploads"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  retention_policy {
    retention_period = 86400
  }
}

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
