variable "min_tls" {
  type = string
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "restricted" {
  name            = "restricted"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_2"
}

# Not known statically: not reported.
resource "google_compute_ssl_policy" "variable" {
  name            = "variable"
  profile         = "MODERN"
  min_tls_version = var.min_tls
}

resource "google_compute_ssl_policy" "proxy_tls12" {
  name            = "proxy-tls12"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web"
  url_map          = "projects/acme/global/urlMaps/web"
  ssl_certificates = ["projects/acme/global/sslCertificates/web"]
  ssl_policy       = google_compute_ssl_policy.proxy_tls12.id
}
