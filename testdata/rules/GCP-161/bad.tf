# profile defaults to COMPATIBLE, which keeps RSA key exchange and 3DES
# even with TLS 1.2 as the minimum.
resource "google_compute_ssl_policy" "default_profile" { # want GCP-161
  name            = "default-profile"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "compatible" {
  name            = "compatible"
  profile         = "COMPATIBLE" # want GCP-161
  min_tls_version = "TLS_1_2"
}

resource "google_compute_region_ssl_policy" "partner" {
  name            = "partner"
  region          = "europe-west1"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = [
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256", # want GCP-161
  ]
}

variable "legacy_suites" {
  type    = list(string)
  default = ["TLS_RSA_WITH_3DES_EDE_CBC_SHA"]
}

# One policy per environment; the legacy one adds the old suites.
resource "google_compute_ssl_policy" "per_env" {
  for_each        = toset(["prod", "legacy"])
  name            = "tls-${each.key}"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = concat( # want GCP-161
    ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
    each.key == "legacy" ? var.legacy_suites : [],
  )
}
