resource "google_storage_bucket" "audit" { # want GCP-142
  name                        = "acme-audit"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  logging {
    log_bucket = "acme-logs"
  }
}

resource "google_storage_bucket" "reports" {
  name                        = "acme-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = false # want GCP-142
  }
  logging {
    log_bucket = "acme-logs"
  }
}
