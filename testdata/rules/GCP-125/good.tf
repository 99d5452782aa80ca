variable "credentials" {
  type      = string
  sensitive = true
  default   = null
}

# Application Default Credentials, impersonating a deployer account.
provider "google" {
  project                     = "acme-prod"
  region                      = "europe-west1"
  impersonate_service_account = "terraform@acme-prod.iam.gserviceaccount.com"
}

# A path to a key file kept outside the repository, or a variable.
provider "google" {
  alias       = "legacy"
  project     = "acme-legacy"
  credentials = "/var/run/secrets/gcp/key.json"
}

provider "google-beta" {
  project     = "acme-prod"
  credentials = var.credentials
}

resource "google_storage_bucket" "records" { # want GCP-142
  name                        = "acme-records"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  logging {
    log_bucket = "acme-access-logs"
  }
}

resource "google_storage_bucket" "legacy" { # want GCP-142
  provider                    = google.legacy
  name                        = "acme-legacy"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  logging {
    log_bucket = "acme-access-logs"
  }
}

resource "google_pubsub_topic" "orders" {
  provider = google-beta
  name     = "orders"
}
