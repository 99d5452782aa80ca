variable "log_requests" {
  type = bool
}

resource "google_compute_security_policy" "web" {
  name = "web"

  rule {
    action   = "deny(403)"
    priority = 1000
    match {
      expr {
        expression = "evaluatePreconfiguredWaf('sqli-v33-stable')"
      }
    }
  }
}

resource "google_compute_backend_service" "web" {
  name                  = "web"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"
  security_policy       = google_compute_security_policy.web.id
  log_config {
    enable      = true
    sample_rate = 0.5
  }
}

# Passthrough Network Load Balancers forward packets and log no requests.
resource "google_compute_region_backend_service" "internal" {
  name     = "internal"
  region   = "europe-west1"
  protocol = "TCP"
}

resource "google_compute_region_backend_service" "passthrough_default" {
  name                  = "passthrough-default"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL"
  protocol              = "UDP"
}

# An internal Application Load Balancer that logs its requests.
resource "google_compute_region_backend_service" "orders" {
  name                  = "orders"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL_MANAGED"
  protocol              = "HTTP"
  log_config {
    enable      = true
    sample_rate = 1.0
  }
}

# Cloud Service Mesh backends proxy no load balancer requests.
resource "google_compute_backend_service" "mesh" {
  name                  = "mesh"
  load_balancing_scheme = "INTERNAL_SELF_MANAGED"
  protocol              = "GRPC"
}

resource "google_compute_backend_service" "unknown" {
  name                  = "unknown"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"
  security_policy       = google_compute_security_policy.web.id
  log_config {
    enable = var.log_requests # want-note GCP-115
  }
}
