resource "google_storage_bucket" "records" {
  name                        = "acme-records"
  location                    = "EU"
  uniform_bucket_level_access = true

  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }
}

resource "google_pubsub_topic" "orders" {
  name         = "orders"
  kms_key_name = google_kms_crypto_key.pubsub.id
}
