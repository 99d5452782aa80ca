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
