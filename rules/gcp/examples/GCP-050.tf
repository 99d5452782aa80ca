provider "google" {
  default_labels = {
    owner       = "payments-team"
    environment = "production"
  }
}

resource "google_storage_bucket" "data" {
  name     = "acme-data"
  location = "EU"
  labels   = { data-classification = "confidential" } # merged with default_labels
}
