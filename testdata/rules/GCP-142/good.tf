variable "versioned" {
  type    = bool
  default = true
}

resource "google_storage_bucket" "reports" {
  name                        = "acme-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = var.versioned
  }
  lifecycle_rule {
    condition {
      num_newer_versions = 5
    }
    action {
      type = "Delete"
    }
  }
  logging {
    log_bucket = "acme-logs"
  }
}

# Bucket Lock keeps every object for the retention period; Cloud Storage
# refuses versioning beside a retention policy.
resource "google_storage_bucket" "audit" {
  name                        = "acme-audit"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
  logging {
    log_bucket = "acme-logs"
  }
}
