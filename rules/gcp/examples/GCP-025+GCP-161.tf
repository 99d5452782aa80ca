resource "google_compute_ssl_policy" "tls12" {
  name            = "tls12"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}
