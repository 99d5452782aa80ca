resource "google_storage_bucket" "audit_logs" {
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000 # 365 days
    is_locked        = true
  }
}
