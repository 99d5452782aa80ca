# An enforced organization policy turns uniform access on for every bucket.
resource "google_org_policy_policy" "ubla" {
  name   = "projects/acme/policies/storage.uniformBucketLevelAccess"
  parent = "projects/acme"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}

resource "google_storage_bucket" "data" { # want GCP-141 GCP-142
  name     = "acme-data"
  location = "EU"
  logging {
    log_bucket = "acme-access-logs"
  }
}
