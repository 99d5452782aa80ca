variable "ubla" {
  type = bool
}

variable "buckets" {
  type    = set(string)
  default = ["acme-raw", "acme-curated"]
}

resource "google_storage_bucket" "data" { # want GCP-142
  for_each                    = var.buckets
  name                        = each.value
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}

resource "google_storage_bucket" "access_logs" { # want GCP-142
  name                        = "acme-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "unknown" { # want GCP-141 GCP-142
  name                        = "acme-unknown"
  location                    = "EU"
  uniform_bucket_level_access = var.ubla # want-note GCP-102
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}
