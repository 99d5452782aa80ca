resource "google_storage_bucket" "audit_logs" { # want GCP-011
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
}

resource "google_logging_project_sink" "audit" {
  name                   = "audit-to-gcs"
  project                = "acme-prod"
  destination            = "storage.googleapis.com/acme-audit-logs"
  filter                 = "logName:\"cloudaudit.googleapis.com\""
  unique_writer_identity = true
}

resource "google_logging_organization_sink" "org" {
  name             = "org-to-gcs"
  org_id           = "123456789012"
  destination      = "storage.googleapis.com/${google_storage_bucket.org_logs.name}"
  include_children = true
}

resource "google_storage_bucket" "org_logs" { # want GCP-011
  name                        = "acme-org-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
}
