variable "log_bucket" {
  type = string
}

resource "google_storage_bucket" "data" { # want GCP-141 GCP-142
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  logging {
    log_bucket = var.log_bucket
  }
}

# It may be the log bucket above.
resource "google_storage_bucket" "logs" { # want-note GCP-103 # want GCP-141 GCP-142
  name                        = "acme-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
}
