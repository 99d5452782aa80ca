resource "google_storage_bucket" "data" { # want GCP-103 "not logged" # want GCP-141 GCP-142
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}
