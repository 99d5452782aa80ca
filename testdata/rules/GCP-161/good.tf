variable "profile" {
  type = string
}

variable "extra_suites" {
  type = list(string)
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_region_ssl_policy" "restricted" {
  name            = "restricted"
  region          = "us-central1"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_2"
}

# Forward-secret suites only.
resource "google_compute_ssl_policy" "custom" {
  name            = "custom-ecdhe"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = [
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
  ]
}

# Not known statically: undecided.
resource "google_compute_ssl_policy" "variable" {
  name            = "variable"
  profile         = var.profile # want-note GCP-161
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "extra" {
  name            = "extra"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = concat(["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"], var.extra_suites) # want-note GCP-161
}
