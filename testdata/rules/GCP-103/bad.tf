resource "google_storage_bucket" "data" { # want GCP-103 "not logged"
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}
