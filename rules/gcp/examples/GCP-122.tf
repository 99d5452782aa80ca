resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 100
  type = "pd-ssd"

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}
