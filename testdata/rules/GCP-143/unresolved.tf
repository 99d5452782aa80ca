# Forwarding rules whose target is the URL of a target HTTP proxy managed
# elsewhere: whether its URL map redirects to HTTPS is not known.
resource "google_compute_global_forwarding_rule" "shared_http" {
  name       = "shared-http"
  port_range = "80"
  target     = "https://www.googleapis.com/compute/v1/projects/net-hub/global/targetHttpProxies/shared-http" # want-note GCP-143 "outside the scanned code"
}

resource "google_compute_forwarding_rule" "regional_http" {
  name                  = "regional-http"
  region                = "europe-west1"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  port_range            = "80"
  target                = "projects/net-hub/regions/europe-west1/targetHttpProxies/regional-http" # want-note GCP-143
}

# Internal load balancers and HTTPS proxies are not judged.
resource "google_compute_forwarding_rule" "internal_http" {
  name                  = "internal-http"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL_MANAGED"
  port_range            = "80"
  target                = "projects/net-hub/regions/europe-west1/targetHttpProxies/internal-http"
}

resource "google_compute_global_forwarding_rule" "shared_https" {
  name       = "shared-https"
  port_range = "443"
  target     = "https://www.googleapis.com/compute/v1/projects/net-hub/global/targetHttpsProxies/shared-https"
}

# A proxy that no forwarding rule of the scanned code sends traffic to:
# the forwarding rule lives in another configuration and may be external.
resource "google_compute_url_map" "shared_site" {
  name            = "shared-site"
  default_service = "projects/acme/global/backendServices/site"
}

resource "google_compute_target_http_proxy" "shared_site" { # want-note GCP-143 "no forwarding rule"
  name    = "shared-site"
  url_map = google_compute_url_map.shared_site.id
}

# The same, but its URL map only redirects to HTTPS: nothing to tell.
resource "google_compute_url_map" "shared_redirect" {
  name = "shared-redirect"
  default_url_redirect {
    https_redirect         = true
    strip_query            = false
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
  }
}

resource "google_compute_target_http_proxy" "shared_redirect" {
  name    = "shared-redirect"
  url_map = google_compute_url_map.shared_redirect.id
}
