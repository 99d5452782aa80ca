resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  # ...
  database_encryption {
    state    = "ENCRYPTED"
    key_name = google_kms_crypto_key.gke_secrets.id
  }
}
