# uniform_bucket_level_access defaults to false.
resource "google_storage_bucket" "default" { # want GCP-102 GCP-103 # want GCP-141 GCP-142
  name     = "acme-default"
  location = "EU"
}

resource "google_storage_bucket" "explicit" { # want GCP-142
  name                        = "acme-explicit"
  location                    = "EU"
  uniform_bucket_level_access = false # want GCP-102
  public_access_prevention    = "enforced"
  logging {
    log_bucket = "acme-access-logs"
  }
}
