resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 100
  disk_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # want GCP-119
  }
}

resource "google_compute_snapshot" "data" {
  name        = "data-snap"
  source_disk = google_compute_disk.data.name
  zone        = "europe-west1-b"
  snapshot_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # want GCP-119
  }
}
