resource "google_kms_key_ring" "disks" {
  name     = "disks"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "disks" {
  name            = "disks"
  key_ring        = google_kms_key_ring.disks.id
  rotation_period = "7776000s"
}

resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 100
  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}

# Google-managed encryption: nothing written.
resource "google_compute_disk" "scratch" {
  name = "scratch"
  zone = "europe-west1-b"
  size = 10
}
