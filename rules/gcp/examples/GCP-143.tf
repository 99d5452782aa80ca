resource "google_compute_url_map" "https_redirect" {
  name = "web-https-redirect"
  default_url_redirect {
    https_redirect = true
    strip_query    = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "web-http"
  url_map = google_compute_url_map.https_redirect.id
}
