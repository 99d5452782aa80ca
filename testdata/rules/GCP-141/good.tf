variable "prevention" {
  type = string
}

resource "google_storage_bucket" "data" {
  for_each                    = toset(["raw", "curated"])
  name                        = "acme-${each.key}"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  logging {
    log_bucket = "acme-logs"
  }
}

resource "google_storage_bucket" "configurable" {
  name                        = "acme-configurable"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = var.prevention # want-note GCP-141
  versioning {
    enabled = true
  }
  logging {
    log_bucket = "acme-logs"
  }
}
