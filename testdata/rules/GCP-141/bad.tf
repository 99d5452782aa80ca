resource "google_storage_bucket" "data" { # want GCP-141
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  versioning {
    enabled = true
  }
  logging {
    log_bucket = "acme-logs"
  }
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited" # want GCP-141
  versioning {
    enabled = true
  }
  logging {
    log_bucket = "acme-logs"
  }
}
