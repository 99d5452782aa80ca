variable "rotation" {
  type = string
}

resource "google_kms_crypto_key" "quarterly" {
  name            = "quarterly"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "monthly" {
  name            = "monthly"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "2592000.5s"
}

# Cloud KMS does not rotate asymmetric, MAC, imported or external keys.
resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = google_kms_key_ring.main.id
  purpose  = "ASYMMETRIC_SIGN"
  version_template {
    algorithm = "EC_SIGN_P384_SHA384"
  }
}

resource "google_kms_crypto_key" "mac" {
  name     = "mac"
  key_ring = google_kms_key_ring.main.id
  purpose  = "MAC"
  version_template {
    algorithm = "HMAC_SHA256"
  }
}

resource "google_kms_crypto_key" "imported" {
  name                          = "imported"
  key_ring                      = google_kms_key_ring.main.id
  import_only                   = true
  skip_initial_version_creation = true
}

resource "google_kms_crypto_key" "ekm" {
  name     = "ekm"
  key_ring = google_kms_key_ring.main.id
  version_template {
    algorithm        = "EXTERNAL_SYMMETRIC_ENCRYPTION"
    protection_level = "EXTERNAL"
  }
}

# Not known statically.
resource "google_kms_crypto_key" "configurable" {
  name            = "configurable"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = var.rotation # want-note GCP-036
}
