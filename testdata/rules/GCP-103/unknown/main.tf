variable "log_bucket" {
  type = string
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  logging {
    log_bucket = var.log_bucket
  }
}

# It may be the log bucket above.
resource "google_storage_bucket" "logs" { # want-note GCP-103
  name                        = "acme-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
}
