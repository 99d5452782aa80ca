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

# Port 80 only answers with a redirect to HTTPS.
resource "google_compute_url_map" "https_redirect" {
  name = "web-https-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "web-http"
  url_map = google_compute_url_map.https_redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name       = "web-http"
  target     = google_compute_target_http_proxy.redirect.id
  port_range = "80"
}

resource "google_compute_managed_ssl_certificate" "web" {
  name = "web"
  managed {
    domains = ["www.example.com"]
  }
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web-https"
  url_map          = google_compute_url_map.web.id
  ssl_certificates = [google_compute_managed_ssl_certificate.web.id]
  ssl_policy       = google_compute_ssl_policy.modern.id
}

resource "google_compute_global_forwarding_rule" "https" {
  name       = "web-https"
  target     = google_compute_target_https_proxy.web.id
  port_range = "443"
}

# An internal Application Load Balancer stays inside the VPC.
resource "google_compute_region_url_map" "internal" {
  name            = "internal"
  region          = "europe-west1"
  default_service = "projects/acme/regions/europe-west1/backendServices/internal"
}

resource "google_compute_region_target_http_proxy" "internal" {
  name    = "internal"
  region  = "europe-west1"
  url_map = google_compute_region_url_map.internal.id
}

resource "google_compute_forwarding_rule" "internal" {
  name                  = "internal"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL_MANAGED"
  target                = google_compute_region_target_http_proxy.internal.id
  port_range            = "80"
  network               = "projects/acme/global/networks/apps"
  subnetwork            = "projects/acme/regions/europe-west1/subnetworks/apps"
}
