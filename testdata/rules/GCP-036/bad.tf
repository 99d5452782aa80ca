variable "yearly" {
  type    = string
  default = "31536000s"
}

resource "google_kms_key_ring" "main" {
  name     = "main"
  location = "europe-west1"
}

# No rotation_period: never rotated.
resource "google_kms_crypto_key" "data" { # want GCP-036
  name     = "data"
  key_ring = google_kms_key_ring.main.id
}

# A year, through a variable.
resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = var.yearly # want GCP-036
}

resource "google_kms_crypto_key" "logs" {
  name            = "logs"
  key_ring        = google_kms_key_ring.main.id
  purpose         = "ENCRYPT_DECRYPT"
  rotation_period = "7776001s" # want GCP-036
  version_template {
    algorithm        = "GOOGLE_SYMMETRIC_ENCRYPTION"
    protection_level = "HSM"
  }
}
