resource "google_storage_bucket" "audit_logs" {
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true

  lifecycle_rule {
    action {
      type          = "SetStorageClass"
      storage_class = "ARCHIVE"
    }
    condition {
      age = 90
    }
  }
  lifecycle_rule {
    action {
      type = "Delete"
    }
    condition {
      age = 400
    }
  }
}
