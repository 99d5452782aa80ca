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

# EXTERNAL is the default scheme; logging is off by default.
resource "google_compute_backend_service" "web" { # want GCP-115
  name            = "web"
  protocol        = "HTTPS"
  security_policy = google_compute_security_policy.web.id
}

resource "google_compute_backend_service" "api" {
  name                  = "api"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"
  security_policy       = google_compute_security_policy.web.id
  log_config {
    enable = false # want GCP-115
  }
}

# A regional internal Application Load Balancer: logging is off unless
# enabled on the backend service.
resource "google_compute_region_backend_service" "orders" { # want GCP-115
  name                  = "orders"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL_MANAGED"
  protocol              = "HTTP"
}

# A cross-region internal Application Load Balancer.
resource "google_compute_backend_service" "ledger" {
  name                  = "ledger"
  load_balancing_scheme = "INTERNAL_MANAGED"
  protocol              = "HTTPS"
  log_config {
    enable = false # want GCP-115
  }
}
