resource "google_compute_ssl_policy" "legacy" {
  name            = "legacy"
  profile         = "COMPATIBLE" # want GCP-161
  min_tls_version = "TLS_1_0" # want GCP-025
}

resource "google_compute_ssl_policy" "tls11" {
  name            = "tls11"
  profile         = "MODERN"
  min_tls_version = "TLS_1_1" # want GCP-025
}

# min_tls_version defaults to TLS_1_0.
resource "google_compute_ssl_policy" "default" { # want GCP-025
  name    = "default"
  profile = "MODERN"
}

# No ssl_policy: Google's default policy accepts TLS 1.0.
resource "google_compute_target_https_proxy" "web" { # want GCP-025 "default SSL policy"
  name             = "web"
  url_map          = "projects/acme/global/urlMaps/web"
  ssl_certificates = ["projects/acme/global/sslCertificates/web"]
}
