resource "google_compute_backend_service" "web" {
  name            = "web"
  security_policy = "projects/acme/global/securityPolicies/web"
  log_config {
    enable = true
  }
}

resource "google_compute_url_map" "web" {
  name            = "web"
  default_service = google_compute_backend_service.web.id
}

resource "google_compute_target_http_proxy" "web" { # want GCP-143
  name    = "web-http"
  url_map = google_compute_url_map.web.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name       = "web-http"
  target     = google_compute_target_http_proxy.web.id
  port_range = "80"
}
