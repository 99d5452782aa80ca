resource "google_storage_bucket" "reports" {
  name     = "acme-reports"
  location = "EU"
  versioning {
    enabled = true
  }
}
