# The organization policy makes Cloud Storage enforce public access
# prevention on every bucket of the project.
resource "google_org_policy_policy" "pap" {
  name   = "projects/acme-prod/policies/storage.publicAccessPrevention"
  parent = "projects/acme-prod"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  project                     = "acme-prod"
  location                    = "EU"
  uniform_bucket_level_access = true
  versioning {
    enabled = true
  }
  logging {
    log_bucket = "acme-logs"
  }
}
