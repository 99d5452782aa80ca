provider "google" {
  project = "acme-prod"
  region  = "europe-west1"
  credentials = jsonencode({ # want GCP-125
    type           = "service_account"
    project_id     = "acme-prod"
    private_key_id = "0123456789abcdef0123456789abcdef01234567"
    private_key    = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCfakefakefake\n-----END PRIVATE KEY-----\n"
    client_email   = "terraform@acme-prod.iam.gserviceaccount.com"
    client_id      = "100000000000000000001"
  })
}

provider "google-beta" {
  project      = "acme-prod"
  access_token = "ya29.a0AfH6SMBexampleexampleexampleexampleexampleexample" # want GCP-125
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

resource "google_pubsub_topic" "orders" {
  provider = google-beta
  name     = "orders"
}
